import RapportCore
import RapportReports
import RapportStore

// MARK: - Listing a store's clients

extension ClientListReport {
    /// Lists the clients of a store, with the files it could not read.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - problems: the files the store could not read.
    ///   - today: the day.
    public init(_ portfolio: Portfolio, problems: [FileProblem], today: Day) {
        let unreadable = problems.map {
            Unreadable(id: $0.clientID, file: $0.path, line: $0.line, column: $0.column, reason: $0.reason)
        }
        self.init(portfolio, unreadable: unreadable, today: today)
    }
}
