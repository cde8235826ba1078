import Foundation
import Testing

extension Ecosystem {
    /// The JSON Schemas in `Resources/schema` against the files rapport writes: the demo store and the
    /// `EcosystemStore` must pass, and files broken on purpose must fail with the reason and the place.
    ///
    /// The check is python3's `jsonschema`, run by `Fixtures/schema/validate-store.py`. A key the schema does not
    /// know is named with the schema file to add it to, because other changes to rapport add keys.
    @Suite struct SchemaTests {
        static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Resources/schema").standardizedFileURL.path

        /// Runs the validator on a store.
        ///
        /// - Parameter store: the store directory.
        /// - Returns: its exit status and its lines, one a problem.
        private func validate(_ store: String) throws -> (status: Int32, problems: [String]) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", EcosystemStore.fixture("schema/validate-store.py"), SchemaTests.schemas, store,
            ]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try #require(process.terminationStatus != 2, "\(output)")
            return (process.terminationStatus, output.split(separator: "\n").map(String.init))
        }

        @Test func theDemoStoreMatchesTheSchemas() throws {
            let scratch = try TemporaryStore()
            let demo = try scratch.cli.run(["demo", "--dir", scratch.path, "--today", "2026-11-29"])
            try #require(demo.status == 0, "rapport demo failed: \(demo.stderr)")
            let result = try validate(scratch.path)
            #expect(result.problems == [])
            #expect(result.status == 0)
        }

        @Test func everyKindOfValueTheCommandsWriteMatchesTheSchemas() throws {
            let result = try validate(try EcosystemStore.master.path)
            #expect(result.problems == [])
            #expect(result.status == 0)
        }

        /// A file broken on purpose, and the problem the validator must report.
        struct Breakage: Sendable, CustomTestStringConvertible {
            var file: String
            /// The keys and indexes down to the value to change.
            var path: [String]
            /// The new value as JSON, or nil to remove the key.
            var value: String?
            var problem: String

            var testDescription: String { "\(file) \(path.joined(separator: "."))" }
        }

        @Test(arguments: [
            Breakage(
                file: "clients/acme-dental.json", path: ["terms", "0", "renewalProposal"], value: "true",
                problem: "clients/acme-dental.json: $.terms[0]: unknown key \"renewalProposal\"; if rapport now "
                    + "writes it, describe it in Resources/schema/client.schema.json at this place"),
            Breakage(
                file: "clients/acme-dental.json", path: ["terms", "0", "monthlyFee"], value: "900",
                problem: "clients/acme-dental.json: $.terms[0].monthlyFee: 900 is not of type 'string'"),
            Breakage(
                file: "clients/acme-dental.json", path: ["touchpoints", "0", "id"], value: "\"t1\"",
                problem: "clients/acme-dental.json: $.touchpoints[0].id: 't1' does not match "
                    + "'^[0-9a-hjkmnp-tv-z]{26}$'"),
            Breakage(
                file: "clients/acme-dental.json", path: ["visits", "0", "on"], value: "\"2026-13-01\"",
                problem: "clients/acme-dental.json: $.visits[0].on: '2026-13-01' does not match "
                    + "'^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'"),
            Breakage(
                file: "clients/acme-dental.json", path: ["touchpoints", "0", "via"], value: "\"fax\"",
                problem: "clients/acme-dental.json: $.touchpoints[0].via: 'fax' is not one of "
                    + "['call', 'email', 'visit', 'drop-by', 'meeting', 'note']"),
            Breakage(
                file: "clients/acme-dental.json", path: ["name"], value: nil,
                problem: "clients/acme-dental.json: $: 'name' is a required property"),
            Breakage(
                file: "clients/acme-dental.json", path: ["people", "0", "primary"], value: "\"yes\"",
                problem: "clients/acme-dental.json: $.people[0].primary: 'yes' is not of type 'boolean'"),
            Breakage(
                file: "settings.json", path: ["defaults", "contactEveryDays"], value: "\"14\"",
                problem: "settings.json: $.defaults.contactEveryDays: '14' is not of type 'integer'"),
            Breakage(
                file: "rapport.json", path: ["format"], value: "\"other-store\"",
                problem: "rapport.json: $.format: 'rapport-store' was expected"),
        ])
        func aBrokenFileIsRejectedWithThePlaceAndTheReason(_ breakage: Breakage) throws {
            let store = try EcosystemStore.master.copied()
            let file = "\(store.path)/\(breakage.file)"
            var document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
            let value = try breakage.value.map {
                try JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed)
            }
            document = set(value, at: breakage.path[...], in: document)
            try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: file))
            let result = try validate(store.path)
            #expect(result.status == 1)
            #expect(result.problems == [breakage.problem])
        }

        /// A JSON value with the value at a path replaced, or removed when `value` is nil.
        private func set(_ value: Any?, at path: ArraySlice<String>, in node: Any) -> Any {
            guard let key = path.first else { return value as Any }
            if var list = node as? [Any], let index = Int(key) {
                list[index] = set(value, at: path.dropFirst(), in: list[index])
                return list
            }
            var object = node as? [String: Any] ?? [:]
            if path.count == 1 && value == nil {
                object[key] = nil
            } else {
                object[key] = set(value, at: path.dropFirst(), in: object[key] ?? [String: Any]())
            }
            return object
        }
    }
}
