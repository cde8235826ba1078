import Foundation
import Testing

extension RapportCLI {
    /// What commands print when they work, how dates are read, and the exit status of each kind of failure.
    @Suite struct CommandTests {
        @Test func eachChangeConfirmsWhatItWrote() throws {
            let printed = try Scenario.printed
            let path = try Scenario.master.path
            #expect(printed.map(\.stderr) == Array(repeating: "", count: printed.count))
            #expect(
                printed.map(\.stdout)
                    == Scenario.steps.map { $0.confirmation.replacingOccurrences(of: "STORE", with: path) + "\n" })
        }

        /// A visit can be named by its id or any start of it that no other record shares, as git takes a short hash;
        /// `client show` lists each event with the shortest such start, eight characters at least.
        @Test func aVisitIsNamedByAnUnambiguousStartOfItsID() throws {
            let store = try Scenario.copy()
            try store.succeed(["visit", "add", "acme-dental", "--on", "2026-12-09", "--note", "Printer"])
            let document = try JSONValue(
                parsing: String(contentsOfFile: store.clientFile("acme-dental"), encoding: .utf8))
            guard case .object(let client) = document, case .array(let visits)? = client["visits"],
                case .object(let added)? = visits.last, case .string(let id)? = added["id"]
            else {
                Issue.record("no visit in \(document)")
                return
            }
            let ambiguous = try store.rapport(["visit", "cancel", "acme-dental", "--id", String(id.prefix(2))])
            #expect(ambiguous.status == 1)
            #expect(ambiguous.stderr.hasPrefix("Error: --id: \"\(id.prefix(2))\" starts "))
            let unknown = try store.rapport(["visit", "cancel", "acme-dental", "--id", "zz"])
            #expect(unknown.stderr == "Error: --id: no record has an id starting \"zz\"\n")

            let show = try store.succeed(["client", "show", "acme-dental"]).stdout
            let history = show.split(separator: "\n").drop { $0 != "History" }.dropFirst()
            #expect(history.count == 3)
            let shorts = history.compactMap { $0.firstMatch(of: /^  \S+ \S+ \S+ +([0-9a-z]{8,26})\s/)?.1 }
            #expect(shorts.count == 3)
            let file = try String(contentsOfFile: store.clientFile("acme-dental"), encoding: .utf8)
            #expect(shorts.allSatisfy { file.contains("\"id\": \"\($0)") }, "\(shorts) are not starts of ids")

            let cancelled = try store.succeed(["visit", "cancel", "acme-dental", "--id", String(id.prefix(20))])
            #expect(cancelled.stdout == "acme-dental: cancelled the visit on Wed 9 Dec\n")
        }

        /// `fri` is the next Friday counted from `--today` (Tue 1 Dec), and `+1w` a week after it.
        @Test func dateShortcutsCountFromTheTodayOption() throws {
            let store = try Scenario.copy()
            let visit = try store.succeed([
                "visit", "add", "acme-dental", "--on", "fri", "--at", "13:00", "--technician", "mk",
            ])
            #expect(visit.stdout == "acme-dental: scheduled a visit on Fri 4 Dec\n")
            try store.succeed(["log", "acme-dental", "--via", "drop-by", "--follow-up", "+1w"])
            #expect(
                try store.succeed(["upcoming", "--days", "7"]).stdout == """
                    Upcoming visits, Tue 1 Dec to Mon 7 Dec

                    Tue 1 Dec  09:00  Acme Dental       js  12 Main St, Springfield
                               14:00  Birch & Lowe Law  mk  4 Elm Rd, Shelbyville
                    Fri 4 Dec  13:00  Acme Dental       mk  12 Main St, Springfield

                    """)
            #expect(
                try store.succeed(["today"], today: "2026-12-08").stdout == """
                    Today, Tue 8 Dec 2026

                    No visits today.

                    Follow-ups due today
                      Acme Dental: drop-by on Tue 1 Dec

                    Overdue follow-ups
                      Birch & Lowe Law: email on Fri 20 Nov by mk, due Fri 27 Nov: Sent firewall quote
                      Acme Dental: call on Tue 1 Dec by js, due Tue 1 Dec: Asked about new laptops

                    """)
        }

        /// Text output is for people and for `diff`: no line ends in spaces, even when a field is empty.
        @Test func todayTextHasNoTrailingSpacesWhenAVisitHasNoTechnician() throws {
            let store = try Scenario.copy()
            try store.succeed(["visit", "add", "acme-dental", "--on", "2026-12-04", "--at", "13:00"])
            let planned = try store.succeed(["today"], today: "2026-12-04").stdout
            try store.succeed(
                ["visit", "done", "acme-dental", "--on", "2026-12-04", "--hours", "2"], today: "2026-12-04")
            let done = try store.succeed(["today"], today: "2026-12-04").stdout
            for line in (planned + done).split(separator: "\n") {
                #expect(line.last != " ", "\"\(line)\"")
            }
        }

        @Test func clientShowCountsOneServerInTheSingular() throws {
            let store = try Scenario.copy()
            let show = try store.succeed(["client", "show", "acme-dental"]).stdout
            #expect(show.contains("18 workstations, 1 server, no WAN"), "\(show)")
        }

        @Test func successExitsZero() throws {
            let store = try Scenario.copy()
            let result = try store.rapport(["revenue"])
            #expect(result.status == 0)
            #expect(result.stderr == "")
        }

        @Test func storeErrorsExitOneWithAMessageSayingWhatToDo() throws {
            let store = try Scenario.copy()
            let missing = store.root.appendingPathComponent("nowhere").path
            let noStore = try store.cli.run(["today", "--store", missing, "--today", TemporaryStore.today])
            #expect(noStore.status == 1)
            #expect(noStore.stdout == "")
            #expect(
                noStore.stderr
                    == "Error: no rapport store at \(missing); create one with `rapport init --store \(missing)`\n")

            let before = try store.snapshot()
            let again = try store.rapport(["init"])
            #expect(again.status == 1)
            #expect(again.stderr == "Error: a rapport store already exists at \(store.path); nothing was changed\n")
            #expect(try store.snapshot() == before)
        }

        @Test func usageErrorsExit64WithArgumentParsersMessage() throws {
            let store = try Scenario.copy()
            let unknownCommand = try store.rapport(["frobnicate"])
            #expect(unknownCommand.status == 64)
            #expect(unknownCommand.usageMessage == "Error: Unexpected argument 'frobnicate'")
            #expect(unknownCommand.stderr.contains("\nUsage: rapport "))

            let unknownOption = try store.rapport(["revenue", "--monthly"])
            #expect(unknownOption.status == 64)
            #expect(unknownOption.usageMessage == "Error: Unknown option '--monthly'")
            #expect(unknownOption.stderr.contains("\nUsage: rapport revenue "))

            let missingOption = try store.rapport(["log", "acme-dental"])
            #expect(missingOption.status == 64)
            #expect(missingOption.usageMessage == "Error: Missing expected argument '--via <via>'")
        }
    }
}
