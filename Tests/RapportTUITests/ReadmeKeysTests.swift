import Foundation
import RapportTUI
import Testing

/// The README's table of dashboard keys is the key table's help, so the two cannot drift. `UPDATE_GOLDENS=1`
/// rewrites the table in the README and fails, like every golden file.
@Suite struct ReadmeKeysTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../README.md").standardized
    static let start = "<!-- keys: generated from the key table; UPDATE_GOLDENS=1 swift test rewrites it -->\n"
    static let end = "<!-- end of keys -->\n"

    /// The help screen's sections and lines as a Markdown table.
    static var table: String {
        var out = "| key | action |\n|---|---|\n"
        for section in KeyMap.help {
            out += "| **\(section.section)** | |\n"
            for line in section.keys {
                out += "| `\(line.key)` | \(line.meaning) |\n"
            }
        }
        return out
    }

    @Test func theReadmeListsEveryKeyAsTheHelpScreenDoes() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let from = try #require(text.range(of: Self.start), "no keys table marker in the README")
        let to = try #require(text.range(of: Self.end, range: from.upperBound..<text.endIndex))
        let shown = String(text[from.upperBound..<to.lowerBound])
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            let updated = text.replacingCharacters(in: from.upperBound..<to.lowerBound, with: Self.table)
            try Data(updated.utf8).write(to: Self.readme)
            Issue.record(
                "UPDATE_GOLDENS=1 rewrote the README's keys table; check the change, then run again without it")
            return
        }
        #expect(shown == Self.table, "the README's keys table differs; run with UPDATE_GOLDENS=1 to rewrite it")
    }
}
