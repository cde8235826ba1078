import Foundation
import RapportStore
import Testing

/// Where the store is: `--store`, `RAPPORT_STORE`, the config file under `XDG_CONFIG_HOME`, `XDG_DATA_HOME`, the
/// default, and what `rapport config` says about them.
@Suite struct ConfigTests {
    // MARK: - The rules

    @Test func theConfigFileComesAfterTheOptionAndTheVariableAndBeforeXDGDataHome() {
        let environment = ["HOME": "/h", "XDG_DATA_HOME": "/x", "XDG_CONFIG_HOME": "/c"]
        let file = StoreLocation.configFile(environment: environment)
        #expect(file == "/c/rapport/config.json")
        #expect(StoreLocation.locate(explicit: "/a", environment: environment, configured: "/f") == ("/a", .option))
        #expect(
            StoreLocation.locate(
                explicit: nil, environment: environment.merging(["RAPPORT_STORE": "/b"]) { $1 },
                configured: "/f") == ("/b", .environment))
        #expect(
            StoreLocation.locate(explicit: nil, environment: environment, configured: "/f") == ("/f", .configFile(file))
        )
        #expect(StoreLocation.locate(explicit: nil, environment: environment) == ("/x/rapport", .dataHome))
        #expect(StoreLocation.locate(explicit: nil, environment: ["HOME": "/h"]) == ("/h/.local/share/rapport", .home))
    }

    @Test func aRelativeXDGConfigHomeIsIgnoredAsTheSpecSays() {
        #expect(
            StoreLocation.configFile(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "relative"])
                == "/h/.config/rapport/config.json")
    }

    @Test func theConfigFileNamesAStoreWithAnAbsoluteOrHomePath() throws {
        let scratch = try TemporaryStore()
        let environment = ["HOME": "/h", "XDG_CONFIG_HOME": scratch.root.path]
        #expect(try StoreLocation.configuredStore(environment: environment) == nil)
        try writeConfig(#"{"store": "/srv/rapport"}"#, under: scratch.root)
        #expect(try StoreLocation.configuredStore(environment: environment) == "/srv/rapport")
        try writeConfig(#"{"store": "~/rapport"}"#, under: scratch.root)
        #expect(try StoreLocation.configuredStore(environment: environment) == "/h/rapport")
        try writeConfig("{}", under: scratch.root)
        #expect(try StoreLocation.configuredStore(environment: environment) == nil)
    }

    @Test func aBadConfigFileIsReportedWhereItIsWrong() throws {
        let scratch = try TemporaryStore()
        let environment = ["HOME": "/h", "XDG_CONFIG_HOME": scratch.root.path]
        let file = "\(scratch.root.path)/rapport/config.json"
        try writeConfig("{\"store\": \"rapport\"}", under: scratch.root)
        #expect(
            throws: FileProblem(
                path: file, line: 0, column: 0,
                reason:
                    "\"store\" must be an absolute directory such as \"/srv/rapport\" or \"~/rapport\", not \"rapport\""
            )
        ) {
            try StoreLocation.configuredStore(environment: environment)
        }
        try writeConfig("{\"store\": \"/srv\",}\n", under: scratch.root)
        let problem = try #require(throws: FileProblem.self) {
            try StoreLocation.configuredStore(environment: environment)
        }
        #expect((problem.path, problem.line, problem.column) == (file, 1, 17))
    }

    // MARK: - The commands

    @Test func configShowsTheDefaultStoreAndHowToChangeIt() throws {
        let scratch = try TemporaryStore()
        let result = try scratch.cli.run(["config"])
        let home = scratch.root.path
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                Store        \(home)/.local/share/rapport
                             the default: no --store, $RAPPORT_STORE, config file or $XDG_DATA_HOME names another
                             no store here yet; create one with `rapport init`
                Settings     \(home)/.local/share/rapport/settings.json
                Config file  \(home)/.config/rapport/config.json
                             not there

                To use another store
                  for one command  rapport today --store DIR
                  for this shell   export RAPPORT_STORE=DIR
                  from now on      write {"store": "DIR"} to \(home)/.config/rapport/config.json

                The settings (business, currency, defaults, rate card, technicians) are plain JSON: edit settings.json,
                then run `rapport check` to validate it.

                """)
    }

    @Test func theStoreTheConfigFileNamesIsTheDefaultForEveryCommand() throws {
        let scratch = try TemporaryStore()
        let store = scratch.root.appendingPathComponent("work-store").path
        // The child's HOME is the scratch directory and it has no XDG_CONFIG_HOME, so ~/.config is read.
        try writeConfig("{\"store\": \"~/work-store\"}", under: scratch.root.appendingPathComponent(".config"))
        #expect(try scratch.cli.run(["init"]).stdout == "Created a rapport store at \(store)\n")
        #expect(try scratch.cli.run(["client", "add", "Acme Dental"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: "\(store)/clients/acme-dental.json"))
        let json = try scratch.cli.run(["config", "--json"])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(report["store"] as? String == store)
        #expect(report["storeSource"] as? String == "config-file")
        #expect(report["storeExists"] as? Bool == true)
        #expect(report["configFileStore"] as? String == store)
        #expect(report["settings"] as? String == "\(store)/settings.json")
        #expect(try scratch.cli.run(["config", "--store", "/elsewhere", "--json"]).stdout.contains("\"option\""))
    }

    @Test func aBrokenConfigFileStopsEveryCommandBeforeItRuns() throws {
        let scratch = try TemporaryStore()
        try writeConfig("{\"store\": ", under: scratch.root.appendingPathComponent(".config"))
        let result = try scratch.cli.run(["today"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(scratch.root.path)/.config/rapport/config.json:1:"))
        #expect(try scratch.cli.run(["today", "--store", scratch.path]).stderr.contains("no rapport store"))
    }

    /// Writes `rapport/config.json` under a configuration directory.
    private func writeConfig(_ text: String, under directory: URL) throws {
        let folder = directory.appendingPathComponent("rapport")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.json"), atomically: true, encoding: .utf8)
    }
}
