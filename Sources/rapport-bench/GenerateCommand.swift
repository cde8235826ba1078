import ArgumentParser
import RapportCore

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic store of any size, through the real store code.",
        discussion: """
            Each client has two visits and six contacts a month over the years up to --today, a survey a year, \
            and an agreement of a realistic kind and renewal date; a few are former clients or prospects. The \
            same options always give byte-identical files.

            Example:
              rapport-bench generate --clients 50 --years 3 --seed 7 --out /tmp/rapport-bench
            """)

    /// The day generated histories end on unless --today says otherwise; fixed so that stores are reproducible.
    static let defaultToday = Day(year: 2026, month: 11, day: 29)!

    @Option(help: "How many clients (1 to 100000).") var clients: Int
    @Option(help: "Years of history (1 to 30).") var years: Int
    @Option(help: "The seed; another seed gives other clients and histories.") var seed: UInt64 = 2026
    @Option(help: ArgumentHelp("The directory to create the store in; it must not hold one.", valueName: "dir"))
    var out: String
    @Option(
        help: ArgumentHelp("The last day of the history.", valueName: "YYYY-MM-DD"), transform: GenerateCommand.day)
    var today: Day = GenerateCommand.defaultToday

    func validate() throws {
        guard (1...100_000).contains(clients) else {
            throw ValidationError("--clients must be a whole number from 1 to 100000, e.g. 50")
        }
        guard (1...30).contains(years) else {
            throw ValidationError("--years must be a whole number from 1 to 30, e.g. 3")
        }
    }

    func run() throws {
        let generator = StoreGenerator(clients: clients, years: years, seed: seed, today: today)
        let (size, seconds) = try Monotonic.time { () throws(BenchError) in try generator.write(to: out) }
        print("Wrote \(size.summary) to \(out) in \(Units.duration(seconds))")
    }

    /// Parses a `--today` value.
    ///
    /// - Parameter text: the value typed.
    /// - Returns: the day.
    /// - Throws: `ValidationError` with an example.
    static func day(_ text: String) throws -> Day {
        guard let day = Day(text) else { throw ValidationError("expected a date as YYYY-MM-DD, e.g. 2026-11-29") }
        return day
    }
}
