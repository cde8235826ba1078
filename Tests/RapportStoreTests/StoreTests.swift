import Foundation
import RapportCore
import Testing

@testable import RapportStore

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct StoreWriteTests {
    @Test func clientFileIsCanonicalPrettyJSONWithTrailingNewline() throws {
        let temp = try TempStore()
        try temp.store.apply(
            .addClient(Client(id: "acme-dental", name: "Acme Dental", size: CompanySize(workstations: 18, servers: 1))),
            to: "acme-dental", today: TempStore.today)
        #expect(
            try temp.text("acme-dental") == """
                {
                  "changedAt": "2026-12-01T09:00:00+00:00",
                  "changedBy": "jo@laptop",
                  "id": "acme-dental",
                  "name": "Acme Dental",
                  "people": [],
                  "schemaVersion": 2,
                  "size": {
                    "servers": 1,
                    "wan": false,
                    "workstations": 18
                  },
                  "status": "active",
                  "surveys": [],
                  "terms": [],
                  "touchpoints": [],
                  "uid": "01m8qedc00e80pw3ynzbe407t0",
                  "visits": []
                }

                """)
    }

    /// Every record a write touches carries when and by whom; the records it did not touch keep their stamps, and
    /// nothing in the file counts the whole file.
    @Test func everyWriteStampsWhatItTouchedAndNothingElse() throws {
        let temp = try TempStore()
        let added = try temp.addClient()
        let term = try #require(added.terms.first)
        try temp.logCall(temp.store, note: "hello")
        let client = try temp.store.client("acme-dental")
        let call = try #require(client.touchpoints.first)
        #expect(call.changedAt?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d/) != nil)
        #expect(call.changedBy?.contains("@") == true)
        #expect(client.terms == [term], "the term was not touched, so it keeps its stamp")
        #expect(client.changedAt == added.changedAt)
        #expect(try !temp.text("acme-dental").contains("revision"))
        #expect(try !temp.text("acme-dental").contains("nextID"))
    }

    @Test func filesAndDirectoriesArePrivateWhateverTheUmask() throws {
        let old = umask(0)
        defer { umask(old) }
        let temp = try TempStore()
        try temp.addClient()
        #expect(try mode(temp.path) == 0o700)
        #expect(try mode("\(temp.path)/clients") == 0o700)
        #expect(try mode(temp.file("acme-dental")) == 0o600)
        #expect(try mode("\(temp.path)/settings.json") == 0o600)
        #expect(try mode("\(temp.path)/rapport.json") == 0o600)
    }

    @Test func savingOneClientRewritesOnlyItsFile() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.addClient("bolt-law", name: "Bolt Law")
        let before = try FileManager.default.attributesOfItem(atPath: temp.file("bolt-law"))
        try temp.logCall(temp.store, note: "only acme")
        let after = try FileManager.default.attributesOfItem(atPath: temp.file("bolt-law"))
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
    }

    @Test func twoStoresAppendingToTheSameClientKeepBothAppends() throws {
        let temp = try TempStore()
        try temp.addClient()
        let other = try Store(opening: temp.path)
        try temp.logCall(temp.store, note: "from the first")
        try temp.logCall(other, note: "from the second")
        try temp.logCall(temp.store, note: "first again")
        temp.store.reload()
        #expect(
            try temp.store.client("acme-dental").touchpoints.map(\.note)
                == ["from the first", "from the second", "first again"])
        let ids = try temp.store.client("acme-dental").touchpoints.map(\.id)
        #expect(Set(ids).count == 3, "each append has an id of its own: \(ids)")
        #expect(ids.allSatisfy { $0.count == 26 })
    }

    @Test func lastWriterWinsAConflictingFieldAndIsTold() throws {
        let temp = try TempStore()
        try temp.addClient()
        let other = try Store(opening: temp.path)
        try other.apply(.editClient(ClientEdit(address: "1 Other St")), to: "acme-dental", today: TempStore.today)
        let outcome = try temp.store.apply(
            .editClient(ClientEdit(address: "2 Mine Rd", notes: "ours")), to: "acme-dental", today: TempStore.today)
        #expect(outcome.overwritten == ["address"])
        #expect(outcome.client.address == "2 Mine Rd")
    }

    @Test func editsOfDifferentFieldsBothSurvive() throws {
        let temp = try TempStore()
        try temp.addClient()
        let other = try Store(opening: temp.path)
        try other.apply(.editClient(ClientEdit(address: "1 Other St")), to: "acme-dental", today: TempStore.today)
        let outcome = try temp.store.apply(
            .editClient(ClientEdit(notes: "Key under the mat")), to: "acme-dental", today: TempStore.today)
        #expect(outcome.overwritten == [])
        #expect(outcome.client.address == "1 Other St")
        #expect(outcome.client.notes == "Key under the mat")
    }

    @Test func refusedChangeWritesNothing() throws {
        let temp = try TempStore()
        try temp.addClient()
        let before = try temp.text("acme-dental")
        #expect(
            throws: StoreError.invalidChange(
                client: "acme-dental", ChangeError(field: "score", "must be a whole number from 0 to 10, found 11"))
        ) {
            try temp.store.apply(
                .markSurveyAnswered(on: TempStore.today, score: 11, comment: nil), to: "acme-dental",
                today: TempStore.today)
        }
        #expect(try temp.text("acme-dental") == before)
    }

    @Test(arguments: [
        (FaultInjection(writeError: ENOSPC), "write", "No space left on device"),
        (FaultInjection(fsyncError: EIO), "flush to disk", "Input/output error"),
        (FaultInjection(renameError: EACCES), "replace", "Permission denied"),
    ])
    func failedWriteLeavesTheOldFileAndNoTempFile(_ faults: FaultInjection, _ step: String, _ message: String) throws {
        let temp = try TempStore()
        try temp.addClient()
        let before = try temp.text("acme-dental")
        temp.store.faults = faults
        #expect(throws: StoreError.io(path: temp.file("acme-dental"), operation: step, message: message)) {
            try temp.logCall(temp.store, note: "lost?")
        }
        #expect(try temp.text("acme-dental") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(temp.path)/clients") == ["acme-dental.json"])
        #expect(try temp.store.client("acme-dental").touchpoints.isEmpty)
    }

    @Test func heldLockEndsInAClearTimeout() throws {
        let temp = try TempStore()
        try temp.addClient()
        let holder = try StoreLock(path: "\(temp.path)/.lock", timeout: 1)
        defer { holder.release() }
        temp.store.lockTimeout = 0.2
        #expect(throws: StoreError.lockTimeout(path: "\(temp.path)/.lock", seconds: 0.2)) {
            try temp.logCall(temp.store, note: "waits")
        }
    }

    @Test func staleTempFilesAreRemovedOnOpen() throws {
        let temp = try TempStore()
        try temp.addClient()
        let stale = "\(temp.path)/clients/.acme-dental.json.tmp-999-1"
        try "{\"half".write(toFile: stale, atomically: false, encoding: .utf8)
        _ = try Store(opening: temp.path)
        #expect(!FileManager.default.fileExists(atPath: stale))
    }

    @Test(arguments: ["../evil", "/etc/passwd", "a\u{0}b", "UPPER"])
    func clientIdCannotReachOutsideTheStore(_ id: String) throws {
        let temp = try TempStore()
        #expect(throws: StoreError.self) {
            try temp.store.apply(.addClient(Client(id: id, name: "Evil")), to: id, today: TempStore.today)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(temp.path)/clients") == [])
    }
}

@Suite struct StoreReadTests {
    @Test func truncatedFileIsReportedAndTheRestStaysReadable() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.addClient("bolt-law", name: "Bolt Law")
        let text = try temp.text("bolt-law")
        try temp.write(String(text.prefix(60)), to: "bolt-law")
        let store = try Store(opening: temp.path)
        #expect(store.documents().map(\.id) == ["acme-dental"])
        let problem = try #require(store.problems.first)
        #expect(problem.path == temp.file("bolt-law"))
        #expect(problem.reason.contains("cut short"))
    }

    @Test func trailingCommaIsLocatedByLineAndColumn() throws {
        let temp = try TempStore()
        try temp.addClient()
        var text = try temp.text("acme-dental")
        text = text.replacingOccurrences(of: "\"workstations\": 0\n", with: "\"workstations\": 0,\n")
        try temp.write(text, to: "acme-dental")
        let store = try Store(opening: temp.path)
        let problem = try #require(store.problems.first)
        let line =
            text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"workstations\": 0,") }! + 1
        #expect(problem.line == line)
        #expect(problem.column == 22)
        #expect(problem.reason.contains("trailing comma"))
    }

    @Test func unreadableClientIsNeverOverwritten() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.write("{\"id\": \"acme-dental\",", to: "acme-dental")
        let store = try Store(opening: temp.path)
        #expect(throws: StoreError.self) { try temp.logCall(store, note: "must not land") }
        #expect(try temp.text("acme-dental") == "{\"id\": \"acme-dental\",")
    }

    @Test func wrongTypeNamesTheField() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.write(
            try temp.text("acme-dental").replacingOccurrences(
                of: "\"workstations\": 0", with: "\"workstations\": \"many\""),
            to: "acme-dental")
        let problem = try #require(try Store(opening: temp.path).problems.first)
        #expect(problem.reason.contains("\"workstations\""))
        #expect(problem.reason.contains("whole number"))
    }

    @Test func duplicatedVisitIdIsLocated() throws {
        let temp = try TempStore()
        var client = try temp.addClient()
        client.visits = [
            Visit(id: "v1", on: Day("2026-11-03")!, status: .done, hours: 1),
            Visit(id: "v1", on: Day("2026-11-17")!, status: .done, hours: 1),
        ]
        try temp.write(String(decoding: try CanonicalJSON.encode(client), as: UTF8.self), to: "acme-dental")
        let problem = try #require(try Store(opening: temp.path).problems.first)
        #expect(problem.reason == "visit id \"v1\" appears more than once")
        #expect(problem.line > 1)
    }

    @Test func fileNamedDifferentlyFromItsIdIsAProblem() throws {
        let temp = try TempStore()
        try temp.addClient()
        try FileManager.default.copyItem(atPath: temp.file("acme-dental"), toPath: temp.file("acme-copy"))
        let store = try Store(opening: temp.path)
        #expect(store.problems.map(\.reason) == ["\"id\" is \"acme-dental\" but the file is named acme-copy.json"])
    }

    @Test func newerSchemaVersionMakesTheStoreReadOnly() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.write(
            try temp.text("acme-dental").replacingOccurrences(of: "\"schemaVersion\": 2", with: "\"schemaVersion\": 3"),
            to: "acme-dental")
        let store = try Store(opening: temp.path)
        let reason = try #require(store.readOnlyReason)
        #expect(reason.contains("schemaVersion 3, newer than this rapport understands (2)"))
        #expect(throws: StoreError.readOnly(reason: reason)) { try temp.logCall(store, note: "no") }
    }

    @Test func symlinkedClientFileIsRefused() throws {
        let temp = try TempStore()
        try temp.addClient()
        let outside = "\(temp.path)/outside.json"
        try FileManager.default.moveItem(atPath: temp.file("acme-dental"), toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: temp.file("acme-dental"), withDestinationPath: outside)
        let store = try Store(opening: temp.path)
        #expect(store.documents().isEmpty)
        #expect(store.problems.map(\.reason) == ["is a symbolic link; rapport refuses to follow links in its store"])
        #expect(throws: StoreError.self) { try temp.logCall(store, note: "no") }
    }

    @Test func reloadReadsOnlyWhatAnotherProcessChanged() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.addClient("bolt-law", name: "Bolt Law")
        let other = try Store(opening: temp.path)
        #expect(temp.store.reload() == [])
        try temp.logCall(other, note: "elsewhere")
        #expect(temp.store.reload() == ["acme-dental"])
        #expect(try temp.store.client("acme-dental").touchpoints.count == 1)
        try FileManager.default.removeItem(atPath: temp.file("bolt-law"))
        #expect(temp.store.reload() == ["bolt-law"])
        #expect(temp.store.documents().map(\.id) == ["acme-dental"])
    }

    @Test func unknownClientSuggestsCloseIds() throws {
        let temp = try TempStore()
        try temp.addClient()
        #expect(throws: StoreError.unknownClient(id: "acme", suggestions: ["acme-dental"])) {
            try temp.store.client("acme")
        }
        #expect(
            StoreError.unknownClient(id: "acme", suggestions: ["acme-dental"]).description
                == "no client \"acme\"; did you mean acme-dental?")
    }

    @Test func directoryWithoutAStoreSaysHowToCreateOne() {
        #expect(throws: StoreError.notAStore(path: "/nonexistent/rapport")) {
            try Store(opening: "/nonexistent/rapport")
        }
        #expect(
            StoreError.notAStore(path: "/x").description
                == "no rapport store at /x; create one with `rapport init --store /x`")
    }

    @Test func creatingOverAnExistingStoreIsRefused() throws {
        let temp = try TempStore()
        #expect(throws: StoreError.alreadyAStore(path: temp.path)) {
            try Store.create(at: temp.path, settings: Settings())
        }
    }

    @Test func checkFindsAKeyWrittenTwice() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.write(
            try temp.text("acme-dental").replacingOccurrences(
                of: "\"name\": \"Acme Dental\",", with: "\"name\": \"Acme Dental\",\n  \"name\": \"Acme\","),
            to: "acme-dental")
        let problems = temp.store.check()
        #expect(problems.count == 1)
        #expect(problems.first?.reason.contains("\"name\"") == true)
    }

    @Test func freeIdAddsANumberWhenTheSlugIsTaken() throws {
        let temp = try TempStore()
        try temp.addClient()
        #expect(temp.store.freeID(for: "Acme Dental") == "acme-dental-2")
        #expect(temp.store.freeID(for: "Zürich Präzision") == "zurich-prazision")
    }
}

@Suite struct StoreLocationTests {
    @Test func explicitThenEnvironmentThenXDGThenHome() {
        #expect(StoreLocation.locate(explicit: "/a", environment: ["RAPPORT_STORE": "/b"]).path == "/a")
        #expect(
            StoreLocation.locate(explicit: nil, environment: ["RAPPORT_STORE": "/b", "XDG_DATA_HOME": "/x"]).path
                == "/b")
        #expect(
            StoreLocation.locate(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path == "/x/rapport"
        )
        #expect(
            StoreLocation.locate(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).path
                == "/h/.local/share/rapport")
        #expect(StoreLocation.locate(explicit: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/rapport")
    }
}

@Suite struct StoreBackupTests {
    @Test func overwritingKeepsThePreviousVersion() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.logCall(temp.store, note: "one")
        let backups = temp.store.backups(of: "acme-dental")
        #expect(backups.map(\.number) == [2, 1])
        #expect(try temp.store.backup(of: "acme-dental", number: 2).terms.count == 1)
        #expect(try temp.store.backup(of: "acme-dental", number: 1).terms.isEmpty)
    }

    @Test func onlyTheLastTenVersionsAreKept() throws {
        let temp = try TempStore()
        try temp.addClient()
        for n in 1...14 { try temp.logCall(temp.store, note: "call \(n)") }
        let backups = temp.store.backups(of: "acme-dental")
        #expect(backups.map(\.number) == Array((6...15).reversed()))
        #expect(try temp.store.backup(of: "acme-dental", number: 15).touchpoints.count == 13)
    }

    @Test func restoreIsAnOrdinaryWriteThatKeepsABackup() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.logCall(temp.store, note: "keep me")
        try temp.logCall(temp.store, note: "oops")
        let before = try temp.store.backup(of: "acme-dental", number: 3)
        let outcome = try temp.store.apply(.restore(before), to: "acme-dental", today: TempStore.today)
        #expect(outcome.client.touchpoints.map(\.note) == ["keep me"])
        #expect(temp.store.backups(of: "acme-dental").first?.number == 4)
        #expect(try temp.store.backup(of: "acme-dental", number: 4).touchpoints.count == 2)
    }

    @Test func restoreReplacesAnUnreadableFileAndKeepsItToo() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.logCall(temp.store, note: "good")
        try temp.write("{\"id\": \"acme-dental\", trunc", to: "acme-dental")
        let store = try Store(opening: temp.path)
        let good = try store.backup(of: "acme-dental", number: 2)
        try store.apply(.restore(good), to: "acme-dental", today: TempStore.today)
        #expect(try store.client("acme-dental").agreement != nil)
        let kept = try #require(store.backups(of: "acme-dental").first)
        #expect(try String(contentsOfFile: kept.path, encoding: .utf8) == "{\"id\": \"acme-dental\", trunc")
    }

    @Test func aBackupOfAnotherClientIsRefused() throws {
        let temp = try TempStore()
        try temp.addClient()
        try temp.addClient("bolt-law", name: "Bolt Law")
        let bolt = try temp.store.client("bolt-law")
        #expect(throws: StoreError.self) {
            try temp.store.apply(.restore(bolt), to: "acme-dental", today: TempStore.today)
        }
    }
}
