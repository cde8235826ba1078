import Foundation
import Testing

extension Ecosystem {
    /// The exact bytes of every export of the `EcosystemStore`, and the round trip of clients through import.
    @Suite struct ExportTests {
        @Test(arguments: [
            (["export", "clients"], "export/clients.csv"),
            (["export", "visits"], "export/visits.csv"),
            (["export", "touchpoints"], "export/touchpoints.csv"),
            (["export", "ics", "--days", "30"], "export/visits.ics"),
            (["export", "ics", "--technician", "mk", "--days", "30"], "export/visits-mk.ics"),
        ])
        func exportIsExactlyTheFixture(_ arguments: [String], _ fixture: String) throws {
            let result = try EcosystemStore.master.succeed(arguments)
            #expect(result.stderr == "")
            try EcosystemStore.expectGolden(result.stdout, fixture)
        }

        @Test func outWritesTheSameBytesToAFileAndSaysSo() throws {
            let store = try EcosystemStore.master
            let file = try TemporaryStore()
            let path = file.root.appendingPathComponent("visits.ics").path
            let result = try store.succeed(["export", "ics", "--days", "30", "--out", path])
            #expect(result.stdout == "Wrote 6 visits to \(path)\n")
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written == (try store.succeed(["export", "ics", "--days", "30"])).stdout)
        }

        @Test func importingTheClientExportIntoAnotherStoreGivesBackTheSameClients() throws {
            let source = try EcosystemStore.master
            let exported = try source.succeed(["export", "clients"]).stdout
            let target = try TemporaryStore()
            try target.succeed(["init"])
            let file = target.root.appendingPathComponent("clients.csv").path
            try exported.write(toFile: file, atomically: true, encoding: .utf8)
            let imported = try target.succeed(["import", "clients", file])
            #expect(imported.stdout.hasSuffix("Imported 4 clients.\n"))
            #expect(try target.succeed(["export", "clients"]).stdout == exported)
            // The export holds the profile and the people; the rest has exports of its own. An import makes new
            // records, with ids and stamps of their own.
            let elsewhere: Set<String> = ["terms", "visits", "touchpoints", "surveys", "uid", "changedAt", "changedBy"]
            let madeAnew: Set<String> = ["id", "changedAt", "changedBy"]
            func profile(_ client: [String: Any]) -> [String: Any] {
                var profile = client.filter { !elsewhere.contains($0.key) }
                profile["people"] = (client["people"] as? [[String: Any]])?.map {
                    $0.filter { !madeAnew.contains($0.key) }
                }
                return profile
            }
            for id in ["acme-dental", "sum-a1-a9-formula-ltd", "cedar-bakery", "dune-outfitters"] {
                let original = profile(try clientJSON(source.clientFile(id)))
                let copy = profile(try clientJSON(target.clientFile(id)))
                #expect(NSDictionary(dictionary: original).isEqual(to: copy), "\(id) differs after the round trip")
            }
        }

        @Test func aClientFileThatCannotBeReadIsLeftOutWithAWarning() throws {
            let store = try EcosystemStore.master.copied()
            try "{\"id\": ".write(toFile: store.clientFile("cedar-bakery"), atomically: false, encoding: .utf8)
            let result = try store.succeed(["export", "clients"])
            #expect(!result.stdout.contains("Cedar Bakery"))
            #expect(
                result.stderr.hasPrefix("warning: left out, cannot be read: \(store.clientFile("cedar-bakery")):1:"))
        }

        /// A client file as a dictionary.
        private func clientJSON(_ path: String) throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }
}
