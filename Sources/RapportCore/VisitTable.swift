/// The CSV layout of `rapport export visits`: every visit on record, one a row.
///
/// On record means what happened to the visits: done, cancelled and moved occurrences of the rule, and visits
/// outside it. Occurrences nothing has happened to yet are computed, not stored; `rapport export ics` lists those.
public enum VisitTable {
    /// The columns: the client's id and name, then the keys of a stored visit.
    static let header = [
        "client", "clientName", "id", "occurrence", "on", "at", "technician", "status", "hours", "note",
    ]

    /// The table of every client's visit records, by day and time, then client.
    ///
    /// - Parameter clients: the clients.
    /// - Returns: the table.
    public static func table(_ clients: [Client]) -> CSVTable {
        let visits = clients.flatMap { client in client.visits.map { (client: client, visit: $0) } }
            .sorted {
                ($0.visit.on, $0.visit.at?.minutes ?? -1, $0.client.id, $0.visit.id)
                    < ($1.visit.on, $1.visit.at?.minutes ?? -1, $1.client.id, $1.visit.id)
            }
        return CSVTable(
            header: header,
            rows: visits.map { client, visit in
                [
                    client.id, client.name, visit.id, visit.occurrence?.description ?? "", visit.on.description,
                    visit.at?.description ?? "", visit.technician ?? "", visit.status.rawValue,
                    visit.hours.map(formatHours) ?? "", visit.note ?? "",
                ]
            })
    }
}
