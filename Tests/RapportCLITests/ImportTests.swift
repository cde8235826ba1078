import Foundation
import Testing

/// `rapport import clients` on ITFlow's client export: the preview, what each column becomes, located problems
/// with nothing imported, clients already in the store, and the progress bar.
@Suite struct ImportTests {
    static let itflow = EcosystemStore.fixture("import/itflow-clients.csv")
    static let badRows = EcosystemStore.fixture("import/itflow-bad-rows.csv")

    /// A new, empty store.
    private func emptyStore() throws -> TemporaryStore {
        let store = try TemporaryStore()
        try store.succeed(["init", "--technician", "js=Jo Smith"])
        return store
    }

    @Test func itflowExportIsPreviewedThenImported() throws {
        let store = try emptyStore()
        let result = try store.succeed(["import", "clients", ImportTests.itflow])
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "3 new clients in \(ImportTests.itflow) (ITFlow's client export)")
        #expect(lines.contains { $0.hasPrefix("   2  acme-dental       Acme Dental         active  12 Main St,") })
        // The third row's address has a quoted line break, so the fourth row starts on line 5.
        #expect(lines.contains { $0.hasPrefix("   3  birch-lowe-law    Birch & Lowe Law") })
        #expect(lines.contains { $0.hasPrefix("   4  cedar-bakery-inc  Cedar Bakery, Inc.") })
        #expect(lines.suffix(2) == ["Imported 3 clients.", ""])
        #expect(result.stderr == "", "no progress bar when standard error is not a terminal")
        try EcosystemStore.expectGolden(
            try store.succeed(["export", "clients"]).stdout, "import/itflow-imported.csv")
    }

    @Test func aBadRowIsReportedByLineAndColumnAndNothingIsImported() throws {
        let store = try emptyStore()
        let before = try store.snapshot()
        let result = try store.rapport(["import", "clients", ImportTests.badRows])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let file = ImportTests.badRows
        #expect(
            result.stderr == """
                \(file):3:17: Contact Email: "sam at birch-law" is not an email address, e.g. dana@acme.example
                \(file):4:1: Client Name: every client needs a name
                \(file):5:21: Tax ID: the row has 20 fields but the header has 22; a comma may be missing or extra, \
                or a quote left open
                Error: 3 problems in 3 rows of \(file); nothing was imported

                """)
        #expect(try store.snapshot() == before)
    }

    @Test func dryRunChecksAndPreviewsButWritesNothing() throws {
        let store = try emptyStore()
        let before = try store.snapshot()
        let result = try store.succeed(["import", "clients", ImportTests.itflow, "--dry-run"])
        #expect(result.stdout.hasPrefix("3 new clients in"))
        #expect(result.stdout.hasSuffix("\nDry run: nothing was written. Run again without --dry-run to import.\n"))
        #expect(try store.snapshot() == before)
    }

    @Test func clientsAlreadyInTheStoreAreLeftOut() throws {
        let store = try emptyStore()
        try store.succeed(["client", "add", "ACME DENTAL", "--id", "acme"])
        let result = try store.succeed(["import", "clients", ImportTests.itflow])
        #expect(result.stdout.hasPrefix("2 new clients in"))
        #expect(
            result.stdout.contains(
                "Already in the store, left out\nLINE  NAME         IN THE STORE AS\n   2  Acme Dental  acme\n"))
        let again = try store.succeed(["import", "clients", ImportTests.itflow])
        #expect(again.stdout.hasPrefix("0 new clients in"))
        #expect(again.stdout.hasSuffix("\nNothing to import.\n"))
    }

    @Test func aFileThatIsNotUTF8OrIsEmptyIsRefusedWithItsName() throws {
        let store = try emptyStore()
        let latin1 = store.root.appendingPathComponent("latin1.csv")
        try Data("Client Name\nAcme\nZ\u{FC}rich Dental\n".data(using: .isoLatin1)!).write(to: latin1)
        let notUTF8 = try store.rapport(["import", "clients", latin1.path])
        #expect(notUTF8.status == 1)
        #expect(
            notUTF8.stderr
                == "Error: \(latin1.path):3: the file is not UTF-8 text; save it as \"CSV UTF-8\" and import it again\n"
        )
        let empty = store.root.appendingPathComponent("empty.csv")
        try Data().write(to: empty)
        let refused = try store.rapport(["import", "clients", empty.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("Error: \(empty.path): the file is empty"))
    }

    @Test func aProgressBarIsDrawnOnlyWhenStandardErrorIsATerminal() throws {
        let store = try emptyStore()
        // script(1) runs the command on a pseudo-terminal and copies everything it prints to standard output.
        let command = [store.cli.executable.path, "import", "clients", ImportTests.itflow, "--store", store.path]
            .map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = ["HOME": store.root.path, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(printed)")
        #expect(printed.contains("\rImporting [##########--------------------] 1/3"))
        #expect(printed.contains("\rImporting [##############################] 3/3"))
        #expect(printed.contains("Imported 3 clients."))
    }
}
