import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

extension RapportCLI {
    /// `--today` has one meaning for every command, wherever it stands on the command line.
    @Suite struct TodayOptionTests {
        /// The day the demo stores here are dated around: a Sunday, when Acme Dental's weekly visit falls.
        static let day = "2026-11-29"

        /// What `rapport today` prints for the demo dated around `day`: the weekly visit and the one booked today,
        /// and the follow-up Granite Builders were promised for Friday.
        static let demoToday = """
            Today, Sun 29 Nov 2026

            09:00  Acme Dental  js
                   12 Main St, Springfield (25 min away)
                   Ask for Dana Ruiz, Office manager, +1 555 0100
                   Last visit Sun 22 Nov: Updated firewall firmware
            10:00  Bolt & Partners Law  js
                   Note: Server migration
                   400 Court Ave, Suite 3 (15 min away)
                   Ask for Priya Shah, Managing partner, +1 555 0142
                   Last visit Mon 16 Nov: Updated firewall firmware

            Follow-ups due today
            None.

            Overdue follow-ups
              Granite Builders: call on Mon 23 Nov by js, due Fri 27 Nov: Promised a quote for new PCs

            """

        @Test(
            "rapport demo dates the demo around --today, before or after the subcommand",
            arguments: [
                ["demo", "--dir", "DIR", "--today", day],
                ["demo", "--today", day, "--dir", "DIR"],
                ["--today", day, "demo", "--dir", "DIR"],
            ])
        func demoIsDatedAroundTheTodayOption(_ line: [String]) throws {
            let scratch = try TemporaryStore()
            let directory = scratch.root.appendingPathComponent("demo").path
            let built = try scratch.cli.run(line.map { $0 == "DIR" ? directory : $0 })
            try #require(built.status == 0, "\(built.stderr)")

            let today = try scratch.cli.run(["today", "--store", directory, "--today", Self.day])
            #expect(today.stdout == Self.demoToday)
            #expect(try Self.recordsDatedAfter(Self.day, in: directory) == [])
        }

        @Test(
            "a report reads --today before or after the subcommand, and among its own options",
            arguments: [
                ["today", "--store", "DIR", "--today", day],
                ["today", "--today", day, "--store", "DIR"],
                ["--today", day, "today", "--store", "DIR"],
                ["--today", day, "--store", "DIR", "today"],
            ])
        func reportReadsTheTodayOptionWhereverItStands(_ line: [String]) throws {
            let scratch = try TemporaryStore()
            let directory = scratch.root.appendingPathComponent("demo").path
            try #require(try scratch.cli.run(["demo", "--dir", directory, "--today", Self.day]).status == 0)

            let today = try scratch.cli.run(line.map { $0 == "DIR" ? directory : $0 })
            #expect(today.stderr == "")
            #expect(today.stdout == Self.demoToday)
        }

        /// The one test that reads the machine's clock: without `--today`, today is the local calendar date.
        @Test func withoutTheTodayOptionTodayIsTheLocalDate() throws {
            let store = try TemporaryStore()
            try store.succeed(["init"])
            let before = Self.localDate()
            let report = try store.cli.run(["today", "--store", store.path, "--json"])
            let after = Self.localDate()
            try #require(report.status == 0, "\(report.stderr)")
            guard case .object(let members) = try JSONValue(parsing: report.stdout) else {
                Issue.record("today --json printed \(report.stdout)")
                return
            }
            // Midnight may pass while the command runs.
            #expect([before, after].contains(members["date"].map(\.description) ?? ""))
        }

        /// The local calendar date, as `"YYYY-MM-DD"` in JSON quotes, the way `JSONValue` prints it.
        private static func localDate() -> String {
            var now = time(nil)
            var parts = tm()
            localtime_r(&now, &parts)
            return String(
                format: "\"%04d-%02d-%02d\"", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
        }

        /// Every date in a store's client files later than a day, but for planned visits, prospects' next steps and
        /// terms' renewal dates, which are plans rather than records.
        ///
        /// - Parameters:
        ///   - day: the day, as `YYYY-MM-DD`.
        ///   - store: the store directory.
        /// - Returns: each late date as `file key: date`.
        private static func recordsDatedAfter(_ day: String, in store: String) throws -> [String] {
            var late: [String] = []
            func walk(_ value: JSONValue, key: String, file: String) {
                switch value {
                case .object(let members):
                    guard members["status"] != .string("planned") else { return }
                    for (name, member) in members where name != "nextStepOn" && name != "renewsOn" {
                        walk(member, key: name, file: file)
                    }
                case .array(let values):
                    values.forEach { walk($0, key: key, file: file) }
                case .string(let text) where text.count == 10 && text.hasPrefix("20") && text > day:
                    late.append("\(file) \(key): \(text)")
                default:
                    break
                }
            }
            let clients = "\(store)/clients"
            for file in try FileManager.default.contentsOfDirectory(atPath: clients).sorted()
            where file.hasSuffix(".json") {
                let text = try String(contentsOfFile: "\(clients)/\(file)", encoding: .utf8)
                walk(try JSONValue(parsing: text), key: "", file: file)
            }
            return late
        }
    }
}
