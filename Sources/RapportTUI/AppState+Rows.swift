import RapportCore
import RapportStore

// MARK: - What each pane lists

extension AppState {
    /// The rows of a pane after its filter.
    ///
    /// - Parameter pane: the pane.
    /// - Returns: the rows in display order.
    public func rows(_ pane: Pane) -> [PaneRow] { paneRows.shown(pane) }

    /// The client of the selected row of the focused pane, or of the open detail.
    public var selectedClientID: String? {
        if let detail { return detail.clientID }
        let id = selectedRow?.clientID ?? ""
        return id.isEmpty ? nil : id
    }

    /// The selected row of the focused pane, if any.
    var selectedRow: PaneRow? {
        let rows = rows(focus)
        guard !rows.isEmpty else { return nil }
        return rows[min(selected(focus), rows.count - 1)]
    }

    /// A client of the portfolio by id.
    func client(_ id: String?) -> Client? {
        guard let id, let position = paneRows.position(of: id) else { return nil }
        return portfolio.clients[position]
    }

    var symbol: String { portfolio.settings.currencySymbol }

    /// The problem that makes a client's file unreadable, if it is.
    func problem(of id: String) -> FileProblem? {
        unreadable.first { $0.clientID == id }
    }
}
