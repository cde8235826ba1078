import Foundation
import Testing

extension RapportCLI {
    /// The files the commands leave behind, and what `check` and the demo make of a store.
    @Suite struct StoreFileTests {
        /// What `check` says about Birch's file, cut short inside a string.
        private static let cutShort =
            "the file ends in the middle of a string; it may have been cut short (expected a closing quote)"

        /// A fixture's text.
        private func fixture(_ name: String) throws -> String {
            let url = try #require(
                Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
            return try String(contentsOf: url, encoding: .utf8)
        }

        /// Writes two broken client files into the store: Birch's file cut short in the middle of a phone number, as a
        /// crash mid-write would leave it, and a Cedar file with a trailing comma, as a hand edit might.
        private func breakTwoClientFiles(in store: TemporaryStore) throws {
            let whole = try fixture("birch-law")
            let cut = try #require(whole.range(of: "\"+1 555 01"))
            try String(whole[..<cut.upperBound]).write(
                toFile: store.clientFile("birch-law"), atomically: false, encoding: .utf8)
            try fixture("trailing-comma").write(
                toFile: store.clientFile("cedar-bakery"), atomically: false, encoding: .utf8)
        }

        /// Acme was written six times: added, a person, the agreement, a visit done, a call, a visit cancelled. Each
        /// record has its own id and the stamp of the write that made it; nothing counts the writes.
        @Test func clientFileIsSortedTwoSpaceJSONWithIdsAndStamps() throws {
            let store = try Scenario.master
            let text = try String(contentsOfFile: store.clientFile("acme-dental"), encoding: .utf8)
            #expect(
                text == """
                    {
                      "address": "12 Main St, Springfield",
                      "changedAt": "2026-12-01T09:00:00+00:00",
                      "changedBy": "jo@laptop",
                      "id": "acme-dental",
                      "name": "Acme Dental",
                      "people": [
                        {
                          "changedAt": "2026-12-01T09:00:00+00:00",
                          "changedBy": "jo@laptop",
                          "email": "dana@acme.example",
                          "id": "01m8qedc003eqq2x6vnz2ts03a",
                          "name": "Dana Ruiz",
                          "phone": "+1 555 0100",
                          "primary": true,
                          "role": "Office manager"
                        }
                      ],
                      "schemaVersion": 2,
                      "size": {
                        "servers": 1,
                        "wan": false,
                        "workstations": 18
                      },
                      "source": "emergency",
                      "status": "active",
                      "surveys": [],
                      "terms": [
                        {
                          "afterHoursPremiumWaived": false,
                          "changedAt": "2026-12-01T09:00:00+00:00",
                          "changedBy": "jo@laptop",
                          "id": "01m8qedc007j8zs067wj8t6gmy",
                          "kind": "retainer",
                          "monthlyFee": "900.00",
                          "renewsOn": "2027-01-15",
                          "start": "2026-01-15",
                          "termMonths": 12,
                          "visits": {
                            "rule": "FREQ=MONTHLY;BYDAY=1TU,3TU",
                            "technician": "js",
                            "time": "09:00"
                          }
                        }
                      ],
                      "touchpoints": [
                        {
                          "by": "js",
                          "changedAt": "2026-12-01T09:00:00+00:00",
                          "changedBy": "jo@laptop",
                          "followUp": "2026-12-01",
                          "id": "01m8qedc003cca4tza6xkhb243",
                          "note": "Asked about new laptops",
                          "on": "2026-12-01",
                          "via": "call"
                        }
                      ],
                      "travelMinutes": 25,
                      "uid": "01m8qedc00e80pw3ynzbe407t0",
                      "visits": [
                        {
                          "at": "09:00",
                          "changedAt": "2026-12-01T09:00:00+00:00",
                          "changedBy": "jo@laptop",
                          "hours": 1.5,
                          "id": "01m8qedc00f9atkfz1nqvy9s3n",
                          "note": "Patched server",
                          "occurrence": "2026-11-17",
                          "on": "2026-11-17",
                          "status": "done",
                          "technician": "js"
                        },
                        {
                          "at": "09:00",
                          "changedAt": "2026-12-01T09:00:00+00:00",
                          "changedBy": "jo@laptop",
                          "id": "01m8qedc00mmcrvgdeksk98vp2",
                          "note": "Office closed",
                          "occurrence": "2026-12-15",
                          "on": "2026-12-15",
                          "status": "cancelled",
                          "technician": "js"
                        }
                      ]
                    }

                    """)
            #expect(
                try String(contentsOfFile: "\(store.path)/rapport.json", encoding: .utf8) == """
                    {
                      "format": "rapport-store",
                      "schemaVersion": 2
                    }

                    """)
        }

        @Test func storeIsReadableByItsOwnerOnly() throws {
            let store = try Scenario.master
            #expect(try permissions(store.path) == 0o700)
            #expect(try permissions("\(store.path)/clients") == 0o700)
            let files = try store.snapshot().keys.sorted()
            #expect(files.contains("settings.json") && files.contains("clients/dune-outfitters.json"))
            for file in files {
                #expect(try permissions("\(store.path)/\(file)") == 0o600, "\(file)")
            }
        }

        @Test func checkLocatesEachBrokenFileByLineAndColumn() throws {
            let store = try Scenario.copy()
            try breakTwoClientFiles(in: store)
            let result = try store.rapport(["check"])
            #expect(result.status == 1)
            #expect(
                result.stdout == """
                    \(store.path)/clients/birch-law.json:26:26: \(Self.cutShort)
                    \(store.path)/clients/cedar-bakery.json:5:23: trailing comma before "}"; remove the comma

                    """)
            #expect(result.stderr == "Error: 2 problems found in \(store.path)\n")
        }

        @Test func checkOnAHealthyStoreSaysOk() throws {
            let store = try Scenario.copy()
            let result = try store.rapport(["check"])
            #expect(result.status == 0)
            #expect(result.stdout == "ok: 4 client files and the settings are valid\n")
        }

        /// A broken file must not hide the other clients: reports go on and say which file they skipped, and where.
        @Test func clientListNamesUnreadableFilesAndKeepsTheRest() throws {
            let store = try Scenario.copy()
            try breakTwoClientFiles(in: store)
            let json = try store.succeed(["client", "list", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "clients": [
                                {
                                  "id": "acme-dental",
                                  "kind": "retainer",
                                  "lapsed": false,
                                  "monthlyFee": "900.00",
                                  "name": "Acme Dental",
                                  "overdue": false,
                                  "renewsOn": "2027-01-15",
                                  "status": "active",
                                  "surveyDue": true,
                                  "hoursAlert": null,
                                  "visitsPerMonth": 2
                                },
                                {
                                  "id": "dune-outfitters",
                                  "kind": "fixed",
                                  "lapsed": true,
                                  "monthlyFee": "250.00",
                                  "name": "Dune Outfitters",
                                  "overdue": true,
                                  "renewsOn": "2026-11-01",
                                  "status": "active",
                                  "surveyDue": false,
                                  "hoursAlert": null,
                                  "visitsPerMonth": 0
                                }
                              ],
                              "unreadable": [
                                {
                                  "column": 26,
                                  "file": "\(store.path)/clients/birch-law.json",
                                  "id": "birch-law",
                                  "line": 26,
                                  "reason": "\(Self.cutShort)"
                                },
                                {
                                  "column": 23,
                                  "file": "\(store.path)/clients/cedar-bakery.json",
                                  "id": "cedar-bakery",
                                  "line": 5,
                                  "reason": "trailing comma before \\"}\\"; remove the comma"
                                }
                              ]
                            }
                            """))
        }

        @Test func changeToAnUnreadableClientIsRefusedAndWritesNothing() throws {
            let store = try Scenario.copy()
            try breakTwoClientFiles(in: store)
            let before = try store.snapshot()
            let result = try store.rapport(["log", "birch-law", "--via", "call"])
            #expect(result.status == 1)
            #expect(
                result.stderr == """
                    Error: \(store.path)/clients/birch-law.json:26:26: \(Self.cutShort); \
                    fix the file (see `rapport check`) before changing this client

                    """)
            #expect(try store.snapshot() == before)
        }

        /// With stdout not a terminal, the demo builds its store and exits; the store it builds is valid.
        @Test func demoBuildsTwelveClientsAndThreeProspectsThatPassCheck() throws {
            let scratch = try TemporaryStore()
            let directory = scratch.root.appendingPathComponent("demo").path
            let demo = try scratch.cli.run(["demo", "--dir", directory, "--today", "2026-11-29"])
            #expect(demo.status == 0, "\(demo.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: "\(directory)/clients")
            #expect(files.filter { $0.hasSuffix(".json") }.count == 15)
            let check = try scratch.cli.run(["check", "--store", directory])
            #expect(check.status == 0)
            #expect(check.stdout == "ok: 15 client files and the settings are valid\n")
        }
    }
}
