import Foundation
import Testing

/// Stored text is data, never terminal commands: names, notes and ids may hold escape sequences from a hand-edited
/// file or an import, and no report may hand them to the terminal.
@Suite struct HostileTextTests {
    /// A window title, a clipboard write (OSC 52), a screen clear, a colour, reversed text, NUL, a carriage return
    /// and 10,000 characters.
    static let hostile =
        "\u{1B}]0;owned\u{07}\u{1B}]52;c;SGVsbG8=\u{07}\u{1B}[2J\u{1B}[31m\u{202E}desrever\u{2066}\u{0}\r\u{9B}"
        + String(repeating: "x", count: 10_000)

    /// Every report as people read it, and the dashboard's first frame, on a store whose every text field holds the
    /// hostile text: no control byte but the line break, no escape and no bidi control reaches the output.
    @Test func noReportHandsStoredControlCharactersToTheTerminal() throws {
        let store = try TemporaryStore()
        for command in [
            ["init", "--business", "MARK Biz", "--technician", "zq=MARK Tech"],
            ["client", "add", "MARK Acme", "--address", "MARK St", "--notes", "MARK notes", "--source", "referral"],
            [
                "person", "add", "mark-acme", "MARK Dana", "--role", "MARK", "--phone", "MARK", "--email",
                "dMARK@x.example",
            ],
            [
                "agreement", "set", "mark-acme", "--kind", "block", "--fee", "900", "--hours", "20", "--start",
                "2026-01-15", "--visits", "FREQ=WEEKLY;BYDAY=TU", "--technician", "zq",
            ],
            ["visit", "done", "mark-acme", "--on", "2026-11-24", "--hours", "1", "--note", "MARK"],
            ["visit", "add", "mark-acme", "--on", "2026-12-02", "--note", "MARK"],
            ["log", "mark-acme", "--via", "call", "--by", "zq", "--note", "MARK", "--follow-up", "2026-12-01"],
            ["survey", "answered", "mark-acme", "--score", "5", "--comment", "MARK"],
            ["hours", "add", "mark-acme", "--hours", "2", "--note", "MARK"],
            ["proposal", "mark-acme"],
            ["prospect", "add", "MARK Lead", "--trigger", "audit", "--next-step", "MARK", "--on", "2026-12-03"],
        ] {
            try store.succeed(command)
        }
        // The technician's id, which commands only take as a slug, becomes hostile too wherever it stands.
        try Self.plant(Self.hostile, for: "MARK", orWhole: "zq", in: store.path)

        // Each report, and whether it shows stored text on this store (revenue and check show none, nobody is
        // overdue and no survey is due), so that a report that printed nothing cannot pass for a safe one.
        let reports: [([String], Bool)] = [
            ([], true), (["today"], true), (["upcoming"], true), (["overdue"], false), (["renewals"], true),
            (["revenue"], false), (["surveys"], false), (["pipeline"], true), (["team"], true), (["ratecard"], true),
            (["client", "list"], true), (["client", "show", "mark-acme"], true),
            (["client", "show", "mark-lead"], true),
            (["check"], false), (["--first-frame", "200x60"], true), (["--first-frame", "80x24"], true),
        ]
        for (report, showsStoredText) in reports {
            let result = try store.rapport(report)
            let command = "rapport \(report.joined(separator: " "))"
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(
                result.stdout.contains("owned") == showsStoredText, "\(command) printed:\n\(result.stdout.prefix(300))")
            #expect(
                Self.unsafeScalars(in: result.stdout).isEmpty,
                "\(command) wrote \(Self.unsafeScalars(in: result.stdout).prefix(5))")
        }
    }

    /// The scalars a terminal would act on: controls but the line break, and bidi controls.
    static func unsafeScalars(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// Writes text that no command line can carry (a NUL among it) into every string of the store's files that holds
    /// a marker, or is a whole word, as a hand edit or an import would.
    static func plant(_ text: String, for marker: String, orWhole word: String, in store: String) throws {
        func replaced(_ value: Any) -> Any {
            switch value {
            case let string as String where string == word: return text
            case let string as String: return string.replacingOccurrences(of: marker, with: text)
            case let array as [Any]: return array.map(replaced)
            case let object as [String: Any]: return object.mapValues(replaced)
            default: return value
            }
        }
        let clients = "\(store)/clients"
        let files =
            ["\(store)/settings.json"]
            + (try FileManager.default.contentsOfDirectory(atPath: clients)).map { "\(clients)/\($0)" }
        for file in files where file.hasSuffix(".json") {
            let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
            try JSONSerialization.data(withJSONObject: replaced(document)).write(to: URL(fileURLWithPath: file))
        }
    }
}
