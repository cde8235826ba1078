import Foundation
import RapportTestSupport
import Testing

/// A small store with the data export and import must carry through unchanged, every command run with
/// `--today 2026-12-01` (a Tuesday):
///
/// - Acme Dental: a retainer visited on the 1st and 3rd Tuesday at 09:00 by js, two people (the second with a
///   semicolon in the role), a done visit, a call with quotes in its note, and the 15 Dec visit moved to 23:30 on
///   16 Dec, so its calendar entry ends the next day.
/// - A client named `=SUM(A1:A9) Formula Ltd`, with a long non-ASCII address, notes over two lines, a person
///   named `@handle` whose phone starts with `-`, a block agreement visited every other Wednesday with no set time
///   (whole-day calendar entries) by mk, an extra visit, and an email whose note starts with `--`.
/// - Cedar Bakery: a prospect with nothing else.
/// - Dune Outfitters: an agreement that ended, for a past term in the client file.
enum EcosystemStore {
    static let steps: [[String]] = [
        ["init", "--business", "Northwind IT", "--technician", "js=Jo Smith", "--technician", "mk=Mo Khan"],
        [
            "client", "add", "Acme Dental", "--workstations", "18", "--servers", "1", "--address",
            "12 Main St, Springfield", "--travel-minutes", "25", "--source", "emergency",
        ],
        [
            "person", "add", "acme-dental", "Dana Ruiz", "--role", "Office manager", "--phone", "+1 555 0100",
            "--email", "dana@acme.example",
        ],
        ["person", "add", "acme-dental", "Lee Ortiz", "--role", "Dentist; owner", "--email", "lee@acme.example"],
        [
            "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "900", "--start", "2026-01-15",
            "--visits", "FREQ=MONTHLY;BYDAY=1TU,3TU", "--visit-time", "09:00", "--technician", "js",
        ],
        ["visit", "done", "acme-dental", "--on", "2026-11-17", "--hours", "1.5", "--note", "Patched server"],
        ["visit", "move", "acme-dental", "--from", "2026-12-15", "--to", "2026-12-16", "--at", "23:30"],
        [
            "log", "acme-dental", "--via", "call", "--by", "js", "--note", "Asked about \"new\" laptops",
            "--follow-up", "2026-12-04",
        ],
        [
            "client", "add", "=SUM(A1:A9) Formula Ltd", "--workstations", "3", "--wan", "yes", "--address",
            "Zürichstraße 1, 8000 Zürich, Schweiz; Hinterhaus, 2. Stock links — bitte zweimal klingeln",
            "--notes", "Line one\nline two, with a comma",
        ],
        ["person", "add", "sum-a1-a9-formula-ltd", "@handle Person", "--phone=-5 short code"],
        [
            "agreement", "set", "sum-a1-a9-formula-ltd", "--kind", "block", "--fee", "1,250.00", "--start",
            "2026-06-03", "--hours", "20", "--visits", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "--technician", "mk",
        ],
        [
            "visit", "add", "sum-a1-a9-formula-ltd", "--on", "2026-12-08", "--at", "14:00", "--note",
            "Extra: new printer",
        ],
        ["log", "sum-a1-a9-formula-ltd", "--via", "email", "--on", "2026-11-20", "--by", "mk", "--note=-- quote sent"],
        ["client", "add", "Cedar Bakery", "--status", "prospect", "--source", "audit"],
        ["client", "add", "Dune Outfitters", "--workstations", "12"],
        ["agreement", "set", "dune-outfitters", "--kind", "fixed", "--fee", "250", "--start", "2025-11-01"],
        ["agreement", "end", "dune-outfitters", "--on", "2026-11-01", "--reason", "Moved away"],
    ]

    /// The store built once for the suite by `.ecosystemStore`.
    @TaskLocal static var built: TemporaryStore?

    /// The store, for reading; a test that writes works on a `copied()` one.
    static var master: TemporaryStore {
        get throws { try #require(built, "the suite needs the .ecosystemStore trait") }
    }

    /// The path of a file under `Fixtures/` in the source tree.
    ///
    /// - Parameter name: the path under `Fixtures/`, e.g. `import/itflow-clients.csv`.
    /// - Returns: the absolute path.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
            .appendingPathComponent(name).path
    }

    /// Compares bytes a command wrote with a file under `Fixtures/`; see `expectGolden(_:file:)`.
    ///
    /// - Parameters:
    ///   - actual: what the command wrote.
    ///   - name: the fixture's path under `Fixtures/`, e.g. `export/clients.csv`.
    /// - Throws: when the fixture cannot be read or written.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try RapportTestSupport.expectGolden(
            actual, file: URL(fileURLWithPath: fixture(name)), sourceLocation: sourceLocation)
    }
}

/// Builds the `EcosystemStore` once around the suite it is applied to, and removes it afterwards.
struct EcosystemStoreTrait: SuiteTrait, TestScoping {
    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let store = try TemporaryStore()
        for step in EcosystemStore.steps { try store.succeed(step) }
        try await EcosystemStore.$built.withValue(store) {
            try await function()
        }
    }
}

extension Trait where Self == EcosystemStoreTrait {
    /// Builds the store for the suite: see `EcosystemStore`.
    static var ecosystemStore: Self { Self() }
}

/// The tests of rapport's exchange with other tools; the suites nested in it share one `EcosystemStore`.
@Suite(.ecosystemStore) struct Ecosystem {}

extension TemporaryStore {
    /// A copy of this store in a fresh scratch directory, for one test to change.
    ///
    /// - Returns: the copy.
    /// - Throws: when the store cannot be copied.
    func copied() throws -> TemporaryStore {
        let copy = try TemporaryStore()
        try FileManager.default.copyItem(atPath: path, toPath: copy.path)
        return copy
    }
}
