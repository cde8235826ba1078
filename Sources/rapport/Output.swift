import Foundation
import RapportCore
import RapportStore

#if canImport(Glibc)
    import Glibc
#endif

/// Where command output goes, and whether it may be coloured.
struct Output {
    /// Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    let color: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        color = !noColor && isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
    }

    /// Bold text, for headings.
    func bold(_ text: String) -> String { styled(text, "1") }
    /// Dim text, for secondary details.
    func dim(_ text: String) -> String { styled(text, "2") }
    /// Red text, for warnings; never the only sign of one.
    func alert(_ text: String) -> String { styled(text, "31") }

    private func styled(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Prints report text with every control character that stored text may hold shown as a visible escape; only
    /// the line breaks and this output's own styles reach the terminal.
    ///
    /// Each report already makes its cells safe as it lays them out; this is the guarantee for whatever a report
    /// interpolates raw, so that a name, a note or a technician id can never retitle the window, set the clipboard
    /// (OSC 52) or reverse text.
    ///
    /// - Parameter text: the report, ending with a newline.
    func write(_ text: String) {
        var out = ""
        var rest = Substring(text)
        while color, let style = rest.firstMatch(of: /\x1B\[(?:0|1|2|31)m/) {
            out += DisplayText.safeLines(String(rest[..<style.range.lowerBound])) + rest[style.range]
            rest = rest[style.range.upperBound...]
        }
        print(out + DisplayText.safeLines(String(rest)), terminator: "")
    }

    /// Prints a value as JSON with sorted keys.
    ///
    /// - Parameter value: the report.
    /// - Throws: an encoding error for values JSON cannot hold.
    static func printJSON<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(try CanonicalJSON.encode(value))
    }
}

/// Columns of text aligned for people, with wide characters counted as two columns.
struct TextTable {
    enum Alignment {
        case left, right
    }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func add(_ row: [String]) {
        rows.append(row.map { DisplayText.safe($0) })
    }

    /// The table as lines, columns two spaces apart, with no trailing spaces.
    ///
    /// - Parameter output: for a bold header row.
    /// - Returns: the text, ending with a newline.
    func render(_ output: Output) -> String {
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(DisplayText.width).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - DisplayText.width(cell))
                text += column == 0 ? "" : "  "
                text += alignments[column] == .right ? padding + cell : cell + padding
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        var out = headers.isEmpty || headers.allSatisfy(\.isEmpty) ? "" : output.bold(line(headers)) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}

extension Money {
    /// The amount with the store's currency symbol.
    func shown(_ settings: Settings) -> String { formatted(symbol: settings.currencySymbol) }
}
