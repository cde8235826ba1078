import Foundation
import Testing

/// A store written by the first wave's rapport, format version 1: the demo of 2026-11-29, kept in
/// `Fixtures/v1-demo`. It opens and reads as before, moves to version 2 file by file or all at once, and reads the
/// same afterwards.
@Suite struct MigrationTests {
    /// Every report, as scripts read them and as people do, on days around the demo's renewals.
    static let reports: [[String]] = [
        ["today", "--json"], ["upcoming", "--days", "30", "--json"], ["overdue", "--json"], ["renewals", "--json"],
        ["revenue", "--json"], ["surveys", "--json"], ["pipeline", "--json"], ["client", "list", "--json"],
        ["renewals"], ["revenue"], ["client", "show", "acme-dental"], ["client", "show", "elm-street-bakery"],
    ]
    static let days = ["2026-11-29", "2026-12-25", "2027-03-01"]

    /// A copy of the version 1 store in a scratch directory.
    private func version1Store() throws -> TemporaryStore {
        let store = try TemporaryStore()
        try FileManager.default.copyItem(atPath: EcosystemStore.fixture("v1-demo"), toPath: store.path)
        return store
    }

    /// What every report prints on every day.
    private func everyReport(_ store: TemporaryStore) throws -> [String] {
        try Self.days.flatMap { day in try Self.reports.map { try store.succeed($0, today: day).stdout } }
    }

    @Test func aVersion1StoreReadsTheSameBeforeAndAfterMigrating() throws {
        let store = try version1Store()
        let before = try everyReport(store)
        #expect(
            try store.succeed(["check"]).stdout == """
                ok: 15 client files and the settings are valid
                note: 15 of 15 files still at version 1; they move on their next write (or all at once: rapport migrate)

                """)

        let migrated = try store.succeed(["migrate"])
        #expect(migrated.stdout.hasPrefix("acme-dental: now at version 2\n"))
        #expect(migrated.stdout.hasSuffix("migrated 15 files; backups keep the old versions\n"))
        #expect(try everyReport(store) == before)
        #expect(try store.succeed(["check"]).stdout == "ok: 15 client files and the settings are valid\n")
        #expect(try store.succeed(["migrate"]).stdout == "ok: every client file is at version 2\n")

        let acme = try String(contentsOfFile: store.clientFile("acme-dental"), encoding: .utf8)
        #expect(acme.contains("\"schemaVersion\": 2,"))
        #expect(acme.contains("\"terms\": ["))
        #expect(!acme.contains("pastTerms") && !acme.contains("revision") && !acme.contains("\"id\": \"t1\""))
        let backups = try store.succeed(["restore", "acme-dental", "--list"]).stdout
        #expect(backups.split(separator: "\n").dropFirst().first?.split(separator: " ").prefix(2) == ["1", "1"])
    }

    /// Migration ids derive from the file's content, so two machines migrating one file write the same bytes,
    /// without any pinned clock or seed.
    @Test func twoMachinesMigratingOneFileWriteTheSameBytes() throws {
        let stores = try [version1Store(), version1Store()]
        for store in stores {
            let result = try store.cli.run(
                ["migrate", "--store", store.path, "--today", "2026-12-01"], unpinned: true)
            try #require(result.status == 0, "\(result.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(stores[0].path)/clients").sorted()
        #expect(names.count == 15)
        for name in names {
            let first = try Data(contentsOf: URL(fileURLWithPath: "\(stores[0].path)/clients/\(name)"))
            let second = try Data(contentsOf: URL(fileURLWithPath: "\(stores[1].path)/clients/\(name)"))
            #expect(first == second, "\(name) differs between two migrations")
        }
    }

    /// The first write of a version 1 file writes it as version 2; the store then mixes versions, which `check`
    /// notes without failing.
    @Test func theFirstWriteMigratesThatFileAlone() throws {
        let store = try version1Store()
        try store.succeed(["log", "acme-dental", "--via", "call"], today: "2026-11-29")
        let check = try store.succeed(["check"])
        #expect(
            check.stdout.hasSuffix(
                "note: 14 of 15 files still at version 1; they move on their next write (or all at once: rapport migrate)\n"
            ))
        let acme = try String(contentsOfFile: store.clientFile("acme-dental"), encoding: .utf8)
        #expect(acme.contains("\"schemaVersion\": 2,"))
        let bolt = try String(contentsOfFile: store.clientFile("bolt-partners-law"), encoding: .utf8)
        #expect(bolt.contains("\"schemaVersion\": 1,"))
    }
}
