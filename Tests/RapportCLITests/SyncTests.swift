import Foundation
import Testing

/// Two machines sharing one store through a bare git repository with `rapport sync`: offline edits of the same
/// client on both, then syncs, must end with the same bytes on both, every edit kept and no conflict markers.
@Suite(.serialized) struct SyncTests {
    /// A scratch directory with a bare remote and room for the stores.
    final class Team {
        let root: URL
        let remote: String
        let jo: CLI
        let sam: CLI

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-sync-\(UUID().uuidString)")
            remote = root.appendingPathComponent("remote.git").path
            jo = try CLI(home: root.appendingPathComponent("jo"))
            var sam = try CLI(home: root.appendingPathComponent("sam"))
            sam.user = "sam@office"
            self.sam = sam
            for home in [jo.home, sam.home] {
                try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            }
            try git(["init", "-q", "--bare", remote])
        }

        deinit {
            try? FileManager.default.removeItem(at: root)
        }

        func store(_ name: String) -> String { root.appendingPathComponent(name).path }

        /// Runs git, failing the test when it fails.
        @discardableResult
        func git(_ arguments: [String]) throws -> String {
            try runGit(arguments, home: root)
        }
    }

    /// One machine: who works there, its store and its day (a day apart, so the records each makes differ).
    struct Machine {
        let cli: CLI
        let store: String
        let today: String

        @discardableResult
        func run(_ arguments: [String], expecting status: Int32 = 0) throws -> RunResult {
            let result = try cli.run(arguments + ["--store", store, "--today", today])
            #expect(
                result.status == status,
                "rapport \(arguments.joined(separator: " ")): \(result.stdout) \(result.stderr)")
            return result
        }
    }

    /// Builds the shared store, clones it, makes the offline edits on both, then syncs the machines in order.
    ///
    /// - Parameter order: which machine syncs first, second and third.
    /// - Returns: the team and both machines, after the syncs.
    func scenario(syncs order: [Int]) throws -> (Team, [Machine]) {
        let team = try Team()
        let a = Machine(cli: team.jo, store: team.store("a"), today: "2026-12-10")
        let b = Machine(cli: team.sam, store: team.store("b"), today: "2026-12-11")
        try a.run(["init"])
        try a.run(["client", "add", "Acme Dental", "--address", "1 Old Rd", "--notes", "Dentists"])
        try a.run(["person", "add", "acme-dental", "Dana Ruiz", "--phone", "+1 555 0100", "--primary"])
        try a.run([
            "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "900", "--start", "2026-11-03",
            "--visits", "FREQ=MONTHLY;BYDAY=1TU,3TU",
        ])
        try team.git(["-C", a.store, "init", "-q"])
        try team.git(["-C", a.store, "config", "user.name", "Jo"])
        try team.git(["-C", a.store, "config", "user.email", "jo@example.com"])
        try a.run(["sync", "init", "--remote", team.remote])
        let cloned = try team.sam.run(["sync", "clone", team.remote, b.store])
        #expect(cloned.stdout.hasSuffix("check: ok\n"))
        try team.git(["-C", b.store, "config", "user.name", "Sam"])
        try team.git(["-C", b.store, "config", "user.email", "sam@example.com"])

        for (machine, side) in [(a, "A"), (b, "B")] {
            for number in 1...20 {
                try machine.run(["log", "add", "acme-dental", "--via", "call", "--note", "\(side) call \(number)"])
            }
            try machine.run(["client", "add", "Delta Dental"])
            try machine.run(["client", "edit", "acme-dental", "--notes", "\(side)'s notes"])
        }
        try a.run(["client", "edit", "acme-dental", "--address", "9 New Rd"])
        try b.run(["person", "edit", "acme-dental", "Dana Ruiz", "--phone", "+1 555 0199"])
        // The visit of the rule on Tuesday 1 December: neither machine has a record of it before.
        try a.run(["visit", "done", "acme-dental", "--on", "2026-12-01", "--hours", "2"])
        try b.run(["visit", "move", "acme-dental", "--from", "2026-12-01", "--to", "2026-12-02"])

        let machines = [a, b]
        for index in order {
            try machines[index].run(["sync"])
            try expectNoConflictMarkers(machines)
        }
        return (team, machines)
    }

    func clientFiles(_ store: String) throws -> [String: Data] {
        let directory = "\(store)/clients"
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(name)"))
        }
        return files
    }

    func expectNoConflictMarkers(_ machines: [Machine]) throws {
        for machine in machines {
            let files = FileManager.default.enumerator(atPath: machine.store)!.compactMap { $0 as? String }
            for file in files where !file.hasPrefix(".git/") && !file.hasPrefix(".index") {
                var isDirectory: ObjCBool = false
                let path = "\(machine.store)/\(file)"
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
                else { continue }
                let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
                #expect(!text.contains("<<<<<<<"), "\(path)")
            }
        }
    }

    func object(_ data: Data?) throws -> [String: Any] {
        let data = try #require(data)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func offlineEditsOnTwoMachinesMergeToTheSameBytesKeepingEveryEdit() throws {
        let (team, machines) = try scenario(syncs: [0, 1, 0])
        let (a, b) = (machines[0], machines[1])
        let files = try clientFiles(a.store)
        #expect(files == (try clientFiles(b.store)))
        #expect(files.keys.sorted() == ["acme-dental.json", "delta-dental.json"])
        for machine in machines { try machine.run(["check"]) }

        let acme = try object(files["acme-dental.json"])
        let notes = Set((acme["touchpoints"] as? [[String: Any]] ?? []).compactMap { $0["note"] as? String })
        #expect(notes == Set((1...20).flatMap { ["A call \($0)", "B call \($0)"] }))
        #expect(acme["address"] as? String == "9 New Rd")
        #expect((acme["people"] as? [[String: Any]])?.first?["phone"] as? String == "+1 555 0199")
        let visits = acme["visits"] as? [[String: Any]] ?? []
        #expect(visits.count == 1)
        #expect(visits.first?["on"] as? String == "2026-12-02" && visits.first?["status"] as? String == "done")
        #expect(visits.first?["occurrence"] as? String == "2026-12-01")
        #expect(acme["notes"] as? String == "B's notes")

        let conflicts = try a.run(["conflicts"]).stdout
        #expect(
            conflicts.contains("acme-dental")
                && conflicts.contains("notes: kept \"B's notes\", other edit \"A's notes\""))
        #expect(conflicts.contains("delta-dental") && conflicts.contains("merged: added on two machines"))

        let commits = try team.git(["-C", a.store, "rev-list", "--count", "HEAD"])
        #expect(try a.run(["sync"]).stdout == "up to date\n2 open conflicts: see rapport conflicts\n")
        #expect(try team.git(["-C", a.store, "rev-list", "--count", "HEAD"]) == commits)
        try expectNoConflictMarkers(machines)

        // The team owns the directories: it stays alive until the files are read.
        let (otherTeam, swapped) = try scenario(syncs: [0, 0, 1])
        #expect(try clientFiles(swapped[1].store) == files)
        withExtendedLifetime(otherTeam) {}
    }

    @Test func offlineSyncCommitsAndSaysWhatWaits() throws {
        let team = try Team()
        let a = Machine(cli: team.jo, store: team.store("a"), today: "2026-12-10")
        try a.run(["init"])
        try a.run(["sync", "init", "--remote", team.remote])
        try team.git(["-C", a.store, "remote", "set-url", "origin", team.store("gone.git")])
        try a.run(["client", "add", "Acme Dental"])

        let result = try a.run(["sync"])
        #expect(
            result.stdout == "committed: acme-dental: added\noffline: 1 local change will go out on the next sync\n")
        let status = try a.run(["sync", "status", "--json"]).stdout
        #expect(status.contains("\"ahead\": 1"))
    }

    @Test func theMergeDriverWritesTheMergedFileOverOursAndRefusesAFileThatIsNoClient() throws {
        let team = try Team()
        let a = Machine(cli: team.jo, store: team.store("a"), today: "2026-12-10")
        try a.run(["init"])
        try a.run(["client", "add", "Acme Dental"])
        let file = "\(a.store)/clients/acme-dental.json"
        let base = try Data(contentsOf: URL(fileURLWithPath: file))
        try a.run(["client", "edit", "acme-dental", "--address", "9 New Rd"])
        let ours = try Data(contentsOf: URL(fileURLWithPath: file))
        try base.write(to: URL(fileURLWithPath: file))
        try a.run(["log", "add", "acme-dental", "--via", "call", "--note", "theirs"])
        let theirs = try Data(contentsOf: URL(fileURLWithPath: file))
        let paths = ["base", "ours", "theirs"].map { team.root.appendingPathComponent($0).path }
        for (path, data) in zip(paths, [base, ours, theirs]) { try data.write(to: URL(fileURLWithPath: path)) }

        let merged = try team.jo.run(["merge-driver"] + paths + ["clients/acme-dental.json"])
        #expect(merged.status == 0 && merged.stdout.isEmpty)
        let result = try object(try Data(contentsOf: URL(fileURLWithPath: paths[1])))
        #expect(result["address"] as? String == "9 New Rd")
        #expect((result["touchpoints"] as? [[String: Any]])?.map { $0["note"] as? String } == ["theirs"])

        try Data("<<<<<<< not json".utf8).write(to: URL(fileURLWithPath: paths[2]))
        let refused = try team.jo.run(["merge-driver"] + paths + ["clients/acme-dental.json"])
        #expect(refused.status == 1 && refused.stderr.hasPrefix("Error: clients/acme-dental.json: "))
        #expect(try object(try Data(contentsOf: URL(fileURLWithPath: paths[1])))["address"] as? String == "9 New Rd")
    }

    @Test func aRefusedPushIsTriedAgain() throws {
        let team = try Team()
        let a = Machine(cli: team.jo, store: team.store("a"), today: "2026-12-10")
        try a.run(["init"])
        try a.run(["sync", "init", "--remote", team.remote])
        // The shared copy refuses the next push once, as when someone pushed between our fetch and our push.
        let hook = "\(team.remote)/hooks/pre-receive"
        let marker = team.root.appendingPathComponent("refused").path
        try Data("#!/bin/sh\n[ -e '\(marker)' ] && exit 0\ntouch '\(marker)'\nexit 1\n".utf8).write(
            to: URL(fileURLWithPath: hook))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        try a.run(["client", "add", "Acme Dental"])

        let result = try a.run(["sync", "--json"])
        #expect(FileManager.default.fileExists(atPath: marker))
        #expect(result.stdout.contains("\"sent\": [\n    \"acme-dental: added\"\n  ]"))
        #expect(
            try team.git(["-C", a.store, "rev-parse", "HEAD"]) == team.git(["-C", team.remote, "rev-parse", "HEAD"]))
    }
}
