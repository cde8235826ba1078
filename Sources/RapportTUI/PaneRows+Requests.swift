import RapportCore
import RapportReports

// MARK: - What the requests view lists

extension PaneRows {
    /// The requests view: the open requests by the time left, as `rapport request list --open` orders them, a
    /// missed promise drawn red.
    ///
    /// - Parameter report: the open requests.
    /// - Returns: one row per open request.
    static func requestRows(_ report: RequestListReport) -> [PaneRow] {
        report.requests.map { entry in
            PaneRow(
                clientID: entry.client,
                cells: [
                    entry.standing, entry.name, entry.via.name, entry.deadline?.short ?? "", entry.summary,
                    entry.at.short,
                ],
                alert: entry.outcome == .missed, requestID: entry.id)
        }
    }
}
