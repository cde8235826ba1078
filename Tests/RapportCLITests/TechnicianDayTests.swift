import Foundation
import Testing

extension RapportCLI {
    /// A technician's day and week on the walkthrough store (see `Scenario`), the technician the config file
    /// remembers, and the prospects, lost reasons and ids that users hit on the way.
    @Suite struct TechnicianDayTests {
        /// 14–20 Dec: Acme's 15 Dec visit (1st and 3rd Tuesdays) was cancelled with nothing in its place, so it is a
        /// hole in the cadence; Birch's 15 Dec occurrence moved to 16 Dec at 10:00 and keeps its promise there.
        @Test func weekShowsEachDayAndTheHoleInThePromisedCadence() throws {
            let store = try Scenario.copy()
            #expect(
                try store.succeed(["week", "--from", "2026-12-14", "--technician", "all"]).stdout == """
                    Week of Mon 14 Dec to Sun 20 Dec

                    Mon 14 Dec  -  no visits
                    Tue 15 Dec  —  Acme Dental: promised visit not scheduled (cancelled)
                    Wed 16 Dec  10:00  Birch & Lowe Law  mk
                    Thu 17 Dec  -  no visits
                    Fri 18 Dec  -  no visits
                    Sat 19 Dec  -  no visits
                    Sun 20 Dec  -  no visits

                    """)
            let days = ["2026-12-16", "2026-12-17", "2026-12-18", "2026-12-19", "2026-12-20"].map {
                #"{"date": "\#($0)", "holes": [], "visits": []}"#
            }
            #expect(
                try JSONValue(
                    parsing: store.succeed(["week", "--from", "2026-12-14", "--technician", "js", "--json"]).stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "from": "2026-12-14",
                              "through": "2026-12-20",
                              "technician": "js",
                              "days": [
                                {"date": "2026-12-14", "holes": [], "visits": []},
                                {
                                  "date": "2026-12-15",
                                  "holes": [
                                    {
                                      "client": "acme-dental",
                                      "name": "Acme Dental",
                                      "on": "2026-12-15",
                                      "reason": "cancelled",
                                      "technician": "js"
                                    }
                                  ],
                                  "visits": []
                                },
                                \(days.joined(separator: ",\n"))
                              ]
                            }
                            """))
        }

        /// `--technician js` is remembered in the config file and used when no option is given; `all` forgets it.
        @Test func theTechnicianChosenIsRememberedUntilAllIsAsked() throws {
            let store = try Scenario.copy()
            let config = store.root.appendingPathComponent(".config/rapport/config.json").path
            #expect(try store.succeed(["today", "--technician", "mk"]).stdout.contains("14:00  Birch & Lowe Law  mk"))
            #expect(try String(contentsOfFile: config, encoding: .utf8) == "{\n  \"technician\" : \"mk\"\n}\n")

            let remembered = try store.succeed(["today"]).stdout
            #expect(remembered.contains("Birch & Lowe Law") && !remembered.contains("Acme Dental  js"))
            #expect(try store.succeed(["week"]).stdout.hasPrefix("Week of Tue 1 Dec to Mon 7 Dec, mk\n"))

            let everyone = try store.succeed(["today", "--technician", "all"]).stdout
            #expect(everyone.contains("09:00  Acme Dental  js") && everyone.contains("14:00  Birch & Lowe Law  mk"))
            #expect(try String(contentsOfFile: config, encoding: .utf8) == "{\n\n}\n")
            #expect(try store.succeed(["today"]).stdout == everyone)

            let unknown = try store.rapport(["today", "--technician", "zz"])
            #expect(unknown.status != 0)
            #expect(unknown.stderr.contains("--technician: no technician \"zz\"; known: js (Jo Smith), mk (Mo Khan)"))
        }

        /// A client added with `client add --status prospect` is a lead in the pipeline, its trigger its source, or
        /// `other` when it has none, in the text and the JSON alike.
        @Test func prospectsAddedAsClientsAreLeadsInThePipeline() throws {
            let store = try Scenario.copy()
            try store.succeed(["client", "add", "Elm Clinic", "--status", "prospect"])
            #expect(
                try store.succeed(["pipeline"]).stdout == """
                    Pipeline, Tue 1 Dec 2026

                    CLIENT        STAGE  TRIGGER  EST. MONTHLY  NEXT STEP  DUE
                    Cedar Bakery  lead   audit               -  -          -
                    Elm Clinic    lead   other               -  -          -

                    Open: 2 prospects, $0.00 a month estimated

                    """)
            let lead = { (client: String, name: String, trigger: String) in
                """
                {"client": "\(client)", "name": "\(name)", "trigger": "\(trigger)", "stage": "lead",
                 "estimatedMonthlyFee": null, "nextStep": null, "nextStepOn": null, "overdue": false,
                 "lostReason": null}
                """
            }
            #expect(
                try JSONValue(parsing: store.succeed(["pipeline", "--json"]).stdout)
                    == JSONValue(
                        parsing: """
                            {"date": "2026-12-01", "openEstimatedMRR": "0.00", "prospects": [
                              \(lead("cedar-bakery", "Cedar Bakery", "audit")),
                              \(lead("elm-clinic", "Elm Clinic", "other"))
                            ]}
                            """))
            // Moving one along keeps its trigger.
            try store.succeed(["prospect", "update", "cedar-bakery", "--stage", "audit-scheduled"])
            #expect(try store.succeed(["pipeline"]).stdout.contains("Cedar Bakery  audit-scheduled  audit"))
        }

        /// Lost needs a reason, and a lost prospect keeps no next step.
        @Test func aProspectIsLostOnlyWithAReasonAndThenHasNoNextStep() throws {
            let store = try Scenario.copy()
            try store.succeed([
                "prospect", "update", "cedar-bakery", "--next-step", "Send the proposal", "--on", "2026-12-04",
            ])
            let refused = try store.rapport(["prospect", "update", "cedar-bakery", "--stage", "lost"])
            #expect(refused.status != 0)
            #expect(
                refused.stderr
                    == "Error: cedar-bakery: --reason: a lost prospect needs the reason it was lost, e.g. \"Too dear\"\n"
            )
            try store.succeed(["prospect", "update", "cedar-bakery", "--stage", "lost", "--reason", "Too dear"])
            let file = try String(contentsOfFile: store.clientFile("cedar-bakery"), encoding: .utf8)
            #expect(!file.contains("nextStep") && file.contains("\"lostReason\": \"Too dear\""))
            #expect(try store.succeed(["pipeline"]).stdout.contains("Cedar Bakery  lost   audit"))
        }

        /// Names without Latin letters get readable ids, and names with nothing to read get short ids of their own.
        @Test func namesInOtherScriptsGetReadableIds() throws {
            let store = try Scenario.copy()
            for (name, id) in [
                ("山田歯科", "shan-tian-chi-ke"), ("Ζωή", "zoe"), ("Стоматология", "stomatologia"),
                ("عيادة الأسنان", "yadt-alasnan"),
            ] {
                #expect(try store.succeed(["client", "add", name]).stdout.hasPrefix("\(id): "), "\(name)")
            }
            let first = try store.succeed(["client", "add", "🦷🦷"]).stdout
            let second = try store.succeed(["client", "add", "🦷✨"]).stdout
            #expect(first.hasPrefix("client-") && second.hasPrefix("client-"))
            #expect(first.prefix(13) != second.prefix(13), "\(first) \(second)")
        }
    }
}
