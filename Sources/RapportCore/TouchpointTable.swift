/// The CSV layout of `rapport export touchpoints`: every logged contact, one a row.
public enum TouchpointTable {
    /// The columns: the client's id and name, then the keys of a stored touchpoint.
    static let header = ["client", "clientName", "id", "on", "via", "by", "note", "followUp"]

    /// The table of every client's touchpoints, by day, then client.
    ///
    /// - Parameter clients: the clients.
    /// - Returns: the table.
    public static func table(_ clients: [Client]) -> CSVTable {
        let touchpoints = clients.flatMap { client in client.touchpoints.map { (client: client, touchpoint: $0) } }
            .sorted {
                ($0.touchpoint.on, $0.client.id, $0.touchpoint.id) < ($1.touchpoint.on, $1.client.id, $1.touchpoint.id)
            }
        return CSVTable(
            header: header,
            rows: touchpoints.map { client, touchpoint in
                [
                    client.id, client.name, touchpoint.id, touchpoint.on.description, touchpoint.via.rawValue,
                    touchpoint.by ?? "", touchpoint.note ?? "", touchpoint.followUp?.description ?? "",
                ]
            })
    }
}
