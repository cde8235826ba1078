/// Why a row of an import file cannot be taken, located by line and column.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line the row starts on.
    public var line: Int
    /// The 1-based column, or 0 when the problem is with the row as a whole.
    public var column: Int
    /// The column's header, such as `Contact Email`, when the column has one.
    public var columnName: String?
    /// What is wrong and what a good value looks like.
    public var reason: String

    /// Creates a problem report.
    ///
    /// - Parameters:
    ///   - line: the 1-based line the row starts on.
    ///   - column: the 1-based column, or 0 for the whole row.
    ///   - columnName: the column's header, if it has one.
    ///   - reason: what is wrong.
    public init(line: Int, column: Int, columnName: String? = nil, reason: String) {
        self.line = line
        self.column = column
        self.columnName = columnName
        self.reason = reason
    }

    /// Creates a problem at a column of a file, named by the file's header.
    ///
    /// - Parameters:
    ///   - line: the 1-based line the row starts on.
    ///   - column: the 0-based column, or nil for the whole row.
    ///   - header: the file's column names; a column past its end has no name.
    ///   - reason: what is wrong.
    public init(line: Int, column: Int?, in header: [String], reason: String) {
        guard let column else {
            self.init(line: line, column: 0, reason: reason)
            return
        }
        self.init(
            line: line, column: column + 1, columnName: column < header.count ? header[column] : nil, reason: reason)
    }

    /// The problem as `line 4, column 17 (Contact Email): reason`.
    public var description: String {
        guard column > 0 else { return "line \(line): \(reason)" }
        return "line \(line), column \(column)\(columnName.map { " (\($0))" } ?? ""): \(reason)"
    }
}
