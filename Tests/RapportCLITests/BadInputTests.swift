import Foundation
import Testing

extension RapportCLI {
    /// Bad input is refused with a message that names the field and shows a good value, a non-zero exit status, nothing
    /// on stdout, and no change to any file of the store.
    @Suite struct BadInputTests {
        /// Runs a command that must be refused and checks that it wrote nothing.
        ///
        /// - Parameters:
        ///   - arguments: the command.
        ///   - store: the store it runs on.
        ///   - today: the `--today` date.
        /// - Returns: what it printed.
        /// - Throws: when the process cannot run.
        private func refused(
            _ arguments: [String], on store: TemporaryStore, today: String = TemporaryStore.today
        ) throws -> RunResult {
            let before = try store.snapshot()
            let result = try store.rapport(arguments, today: today)
            #expect(result.status != 0, "rapport \(arguments.joined(separator: " ")) succeeded")
            #expect(result.stdout == "")
            #expect(try store.snapshot() == before, "rapport \(arguments.joined(separator: " ")) changed the store")
            return result
        }

        /// A negative amount or count is read as the option's value, not as a missing one, and refused for what it is.
        @Test func negativeNumbersAreReadAsValuesAndRefusedForTheirSign() throws {
            let store = try Scenario.copy()
            let fee = try refused(["renew", "acme-dental", "--fee", "-900"], on: store)
            #expect(
                fee.usageMessage
                    == "Error: The value '-900' is invalid for '--fee <fee>': \"-900\" must be 0 or more; use for example 900"
            )
            let hours = try refused(["visit", "done", "acme-dental", "--hours", "-1"], on: store)
            #expect(hours.usageMessage.hasSuffix("\"-1\" must be more than 0 hours; use for example 1.5"))
        }

        /// Dates outside 2000 to 2099 are typing mistakes; a date that is allowed but years away is echoed with its
        /// year so that a mistyped year shows.
        @Test func implausibleDatesAreRefusedNamingTheFieldAndTheRange() throws {
            let store = try Scenario.copy()
            for (option, value) in [("--on", "1900-01-01"), ("--on", "9999-12-31")] {
                let result = try refused(["visit", "add", "acme-dental", option, value], on: store)
                #expect(result.status == 1)
                #expect(
                    result.stderr
                        == "Error: \(option): \"\(value)\" is outside the dates Rapport takes, 2000-01-01 to 2099-12-31\n"
                )
            }
            let start = try refused(
                ["agreement", "set", "cedar-bakery", "--kind", "fixed", "--fee", "100", "--start", "1999-12-31"],
                on: store)
            #expect(start.stderr.hasPrefix("Error: --start: \"1999-12-31\" is outside the dates Rapport takes"))
            let far = try store.succeed(["visit", "add", "acme-dental", "--on", "2029-12-04"])
            #expect(far.stdout == "acme-dental: scheduled a visit on Tue 4 Dec 2029\n")
        }

        @Test func unknownClientSuggestsCloseIds() throws {
            let store = try Scenario.copy()
            let typo = try refused(["log", "acme-dentl", "--via", "call"], on: store)
            #expect(typo.status == 1)
            #expect(typo.stderr == "Error: no client \"acme-dentl\"; did you mean acme-dental?\n")
            let prefix = try refused(["log", "acme", "--via", "call"], on: store)
            #expect(prefix.stderr == "Error: no client \"acme\"; did you mean acme-dental?\n")
        }

        @Test func unknownClientWithNothingCloseSaysHowToListClients() throws {
            let store = try Scenario.copy()
            let result = try refused(["visit", "done", "zephyr-labs", "--hours", "1"], on: store)
            #expect(result.status == 1)
            #expect(result.stderr == "Error: no client \"zephyr-labs\"; `rapport client list` shows them all\n")
        }

        @Test func unknownTechnicianNamesTheOptionAndListsTheTeam() throws {
            let store = try Scenario.copy()
            let visit = try refused(
                ["visit", "add", "acme-dental", "--on", "2026-12-04", "--technician", "zz"], on: store)
            #expect(visit.status == 1)
            #expect(visit.stderr == "Error: --technician: no technician \"zz\"; known: js (Jo Smith), mk (Mo Khan)\n")
            let log = try refused(["log", "acme-dental", "--via", "call", "--by", "zz"], on: store)
            #expect(log.stderr == "Error: --by: no technician \"zz\"; known: js (Jo Smith), mk (Mo Khan)\n")
        }

        @Test func badDateNamesTheOptionAndWritesNothing() throws {
            let store = try Scenario.copy()
            let examples = "use for example 2026-12-01, today, tomorrow, fri, +3d, +2w, +1m or -5d"
            let impossible = try refused(
                ["visit", "done", "acme-dental", "--on", "2026-02-30", "--hours", "1"], on: store)
            #expect(
                impossible.stderr == "Error: --on: \"2026-02-30\" is not a date: Feb 2026 has 28 days; \(examples)\n")
            let word = try refused(["log", "acme-dental", "--via", "call", "--follow-up", "soon"], on: store)
            #expect(word.stderr == "Error: --follow-up: \"soon\" is not a date; \(examples)\n")
        }

        @Test func badTodayOptionNamesTheOption() throws {
            let store = try Scenario.copy()
            let result = try refused(["log", "acme-dental", "--via", "call"], on: store, today: "2026-02-30")
            #expect(
                result.stderr == "Error: --today: \"2026-02-30\" is not a date: Feb 2026 has 28 days; "
                    + "use for example 2026-12-01, today, tomorrow, fri, +3d, +2w, +1m or -5d\n")
        }

        @Test func feeThatIsNotAnAmountNamesTheOption() throws {
            let store = try Scenario.copy()
            let result = try refused(
                ["agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "abc", "--start", "2026-01-15"],
                on: store)
            #expect(result.status == 64)
            #expect(
                result.usageMessage
                    == "Error: The value 'abc' is invalid for '--fee <fee>': "
                    + "\"abc\" is not an amount; use for example 900 or 1,250.00")
            #expect(result.stderr.contains("\nUsage: rapport agreement set "))
        }

        @Test func scoreAboveTenNamesTheOption() throws {
            let store = try Scenario.copy()
            let result = try refused(["survey", "answered", "acme-dental", "--score", "11"], on: store)
            #expect(result.status == 64)
            #expect(
                result.usageMessage
                    == "Error: The value '11' is invalid for '--score <score>': "
                    + "\"11\" is not a score; use a whole number from 0 to 10, e.g. 9")
            #expect(result.stderr.contains("\nUsage: rapport survey answered "))
        }

        @Test func unknownContactChannelListsTheChannels() throws {
            let store = try Scenario.copy()
            let result = try refused(["log", "acme-dental", "--via", "carrier-pigeon"], on: store)
            #expect(result.status == 64)
            #expect(
                result.usageMessage == """
                    Error: The value 'carrier-pigeon' is invalid for '--via <via>'. Please provide one of the following:
                      - call
                      - email
                      - visit
                      - drop-by
                      - meeting
                      - note
                    """)
            #expect(result.stderr.contains("\nUsage: rapport log "))
        }

        @Test func unsupportedRecurrenceNamesTheOptionAndShowsARule() throws {
            let store = try Scenario.copy()
            let result = try refused(
                [
                    "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "900", "--start", "2026-01-15",
                    "--visits", "FREQ=HOURLY",
                ], on: store)
            #expect(result.status == 64)
            #expect(
                result.usageMessage
                    == "Error: The value 'FREQ=HOURLY' is invalid for '--visits <rrule>': unsupported FREQ \"HOURLY\": "
                    + "use WEEKLY or MONTHLY; for example FREQ=MONTHLY;BYDAY=1TU,3TU")
            #expect(result.stderr.contains("\nUsage: rapport agreement set "))
        }
    }
}
