import ArgumentParser
import RapportCore

struct HoursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: "Top up or correct the hours bank of a block agreement.",
        subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add hours to the bank, or take some off with a negative number.",
            discussion: """
                The bank is the hours purchased plus top-ups, less the hours of done visits in the term, each \
                rounded up to the agreement's minimum. Alerts show at 80% and 95% used, and when the bank is \
                overrun; `rapport client show` shows them too.

                Examples:
                  rapport hours add elm-street-bakery --hours 10 --note "Second block"
                  rapport hours add elm-street-bakery --hours -1.5 --note "Billed twice"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        // Unconditional, so that a correction such as `--hours -2` is read as a value and not as an option.
        @Option(
            parsing: .unconditional, help: "Hours to add, or a negative number to take off.",
            transform: Parse.hoursCorrection)
        var hours: Double

        @Option(help: ArgumentHelp("When (default today).", valueName: "date"))
        var on: String?

        @Option(help: "Why, e.g. the invoice of the top-up.")
        var note: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.date(on)
            let client = try context.apply(.adjustHours(on: day, hours: hours, note: note), to: self.client)
            // The same words as `rapport client show`, so the figures read alike everywhere.
            let bank = client.profileSections(settings: context.settings, today: context.today)
                .flatMap(\.rows).first { $0.label == "Hours bank" }
            if let bank { print("hours bank: \(bank.value)") }
        }
    }
}
