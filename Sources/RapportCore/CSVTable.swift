/// A table to write as CSV: a header row and rows of plain cells, before any quoting or spreadsheet safety.
public struct CSVTable: Sendable, Equatable {
    public var header: [String]
    /// Each row has as many cells as the header.
    public var rows: [[String]]

    /// Creates a table.
    ///
    /// - Parameters:
    ///   - header: the column names.
    ///   - rows: the rows, each as long as the header.
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }
}
