import RapportCore
import RapportStore

extension AppState {
    /// `S`: starts a sync, unless one is running, the store is not shared, or it may not be written.
    ///
    /// - Returns: the sync effect, or none with the reason on the status line.
    mutating func requestSync() -> [Effect] {
        if let readOnlyReason {
            status = Status("Read-only: \(readOnlyReason)", isError: true)
            return []
        }
        guard sync != nil else {
            status = Status("Not shared: run rapport sync init --remote URL to share the store", isError: true)
            return []
        }
        guard !syncing else {
            status = Status("syncing… already")
            return []
        }
        syncing = true
        status = Status("syncing…")
        return [.sync]
    }

    /// Shows the store as it now is on disk, keeping the selections within their panes.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - unreadable: the files that could not be read.
    ///   - changed: the clients whose files changed.
    /// - Returns: a reload of the open client's document when it changed.
    mutating func reload(_ portfolio: Portfolio, unreadable: [FileProblem], changed: [String]) -> [Effect] {
        self.portfolio = portfolio
        self.unreadable = unreadable
        clampSelections()
        guard let detail, changed.contains(detail.clientID) else { return [] }
        return [.loadDocument(detail.clientID)]
    }
}
