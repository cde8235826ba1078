/// One row of an import file as the client it describes, before it is checked against the store.
struct ImportRow {
    /// The line the row starts on.
    var line: Int
    /// The profile; the id is empty when the file gives none.
    var client: Client
    var people: [Person]
    /// The 0-based column each client field came from, keyed by the field names `ChangeError` uses, so that a
    /// problem the change finds can be reported at its column.
    var clientColumns: [String: Int]
    /// The same for each person, in order.
    var personColumns: [[String: Int]]
}
