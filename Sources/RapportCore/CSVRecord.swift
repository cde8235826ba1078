/// One row as read from a CSV file, with the line it starts on, so that a problem can be reported there.
public struct CSVRecord: Sendable, Equatable {
    /// The 1-based line of the file the row starts on; a quoted line break inside an earlier row moves it down.
    public var line: Int
    public var fields: [String]

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - line: the 1-based line the row starts on.
    ///   - fields: the row's fields, unquoted.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// Whether the row is an empty line, which import passes over.
    public var isBlank: Bool { fields.count == 1 && fields[0].isEmpty }
}
