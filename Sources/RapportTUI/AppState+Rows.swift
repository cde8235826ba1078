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

// MARK: - The client detail's lines

/// A line of a client's detail that can be selected: a person, or an entry of the timeline.
public struct DetailItem: Sendable, Equatable {
    public var kind: RecordKind
    /// The record's id.
    public var id: String
}

extension AppState {
    /// A client's whole document when its detail holds it, else the portfolio's client, which may leave out older
    /// history.
    func document(of id: String?) -> Client? {
        if let detail, detail.clientID == id, let document = detail.document { return document }
        return client(id)
    }

    /// The lines of the open detail that can be selected, in the order it shows them: the people, then the timeline.
    var detailItems: [DetailItem] {
        guard let detail, let client = document(of: detail.clientID) else { return [] }
        return client.people.map { DetailItem(kind: .person, id: $0.id) }
            + client.timeline().map { DetailItem(kind: $0.kind, id: $0.recordID) }
    }

    /// The line the detail's cursor is on, if any.
    var selectedDetailItem: DetailItem? {
        guard let cursor = detail?.cursor else { return nil }
        let items = detailItems
        return items.indices.contains(cursor) ? items[cursor] : nil
    }
}
