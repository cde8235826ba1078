/// A layout of client columns that import understands: ITFlow's client export, or rapport's own.
protocol ClientColumnLayout {
    /// The header row, trimmed.
    var header: [String] { get }

    /// Maps one row to the client it describes.
    ///
    /// The row has exactly as many fields as the header.
    ///
    /// - Parameters:
    ///   - record: the row.
    ///   - problems: where to add what is wrong with it.
    /// - Returns: the client, or nil when the row has problems.
    func row(_ record: CSVRecord, problems: inout [ImportProblem]) -> ImportRow?
}

extension ClientColumnLayout {
    /// A problem at a column of a row.
    ///
    /// - Parameters:
    ///   - record: the row.
    ///   - column: the 0-based column, or nil for the whole row.
    ///   - reason: what is wrong.
    /// - Returns: the located problem.
    func problem(_ record: CSVRecord, _ column: Int?, _ reason: String) -> ImportProblem {
        ImportProblem(line: record.line, column: column, in: header, reason: reason)
    }
}
