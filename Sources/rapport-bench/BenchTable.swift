/// A table printed as aligned plain text or as Markdown for the README.
struct BenchTable {
    private let titles: [String]
    /// Which columns hold figures, which line up on the right.
    private let rightAligned: [Bool]
    private var rows: [[String]] = []

    /// Creates an empty table.
    ///
    /// - Parameter columns: each column's title and whether it is right-aligned.
    init(_ columns: [(title: String, right: Bool)]) {
        titles = columns.map(\.title)
        rightAligned = columns.map(\.right)
    }

    /// Adds a row; it must have one cell per column.
    mutating func add(_ cells: [String]) {
        precondition(cells.count == titles.count, "a row needs \(titles.count) cells")
        rows.append(cells)
    }

    /// The table as plain text: upper-case titles, columns two spaces apart.
    var text: String {
        let header = titles.map { $0.uppercased() }
        let widths = titles.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { cells in
            var line = ""
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                line += (column == 0 ? "" : "  ") + (rightAligned[column] ? padding + cell : cell + padding)
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// The table as a GitHub Markdown table.
    var markdown: String {
        let rule = rightAligned.map { $0 ? "---:" : "---" }
        return ([titles, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }
}
