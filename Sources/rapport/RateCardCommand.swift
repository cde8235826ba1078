import ArgumentParser
import RapportCore
import RapportReports

struct RateCardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ratecard",
        abstract: "Print or change the rate card: typical hourly prices next to agreement prices, and the benefits.",
        discussion: """
            Agreement prices take the agreement discount off the on-site and remote rates; after-hours and \
            emergency work is billed at the discounted on-site rate, because an agreement waives those premiums.

            Examples:
              rapport ratecard --format markdown > ratecard.md
              rapport ratecard set --onsite 135 --discount 20
            """,
        subcommands: [Show.self, Set.self],
        defaultSubcommand: Show.self)

    /// How `rapport ratecard` prints the card.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the rate card (the default).",
            discussion: "Example:\n  rapport ratecard --format markdown")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        @Option(help: "text (default) or markdown.")
        var format: Format?

        func validate() throws {
            if output.json && format != nil {
                throw ValidationError("--json and --format cannot be used together; pick one")
            }
        }

        func run() throws {
            let context = try CommandContext(global)
            let report = RateCardReport(context.settings)
            if format == .markdown {
                context.output.write(report.markdown(settings: context.settings))
            } else {
                try context.show(report, json: output.json)
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change the rate card; only the options given change.",
            discussion: """
                Giving --benefit replaces the whole list of benefits; repeat it for each one.

                Example:
                  rapport ratecard set --onsite 135 --after-hours 195 --discount 20 \\
                      --benefit "4-hour on-site response" --benefit "Weekly patching"
                """)

        @OptionGroup var global: GlobalOptions

        @Option(parsing: .unconditional, help: "The on-site hourly rate.", transform: Parse.money)
        var onsite: Money?

        @Option(parsing: .unconditional, help: "The remote hourly rate.", transform: Parse.money)
        var remote: Money?

        @Option(parsing: .unconditional, help: "The after-hours hourly rate.", transform: Parse.money)
        var afterHours: Money?

        @Option(parsing: .unconditional, help: "The emergency hourly rate.", transform: Parse.money)
        var emergency: Money?

        @Option(parsing: .unconditional, help: "The trip charge per visit.", transform: Parse.money)
        var trip: Money?

        @Option(
            parsing: .unconditional, help: "The least time billed per visit, in hours.",
            transform: Parse.hoursCorrection)
        var minimumHours: Double?

        // Unconditional, so that `--discount -5` reaches the check that explains percentages.
        @Option(
            parsing: .unconditional, help: "The agreement discount on hourly rates, in percent (0 to 100).",
            transform: Parse.percent)
        var discount: Int?

        @Option(name: .customLong("benefit"), help: "A benefit of an agreement; repeat for each one.")
        var benefits: [String] = []

        func run() throws {
            let given: [Any?] = [onsite, remote, afterHours, emergency, trip, minimumHours, discount]
            guard given.contains(where: { $0 != nil }) || !benefits.isEmpty else {
                throw CLIError("nothing to change; give at least one option, e.g. --onsite 135")
            }
            let context = try CommandContext(global)
            var card = context.settings.rateCard
            if let onsite { card.onsiteHourly = onsite }
            if let remote { card.remoteHourly = remote }
            if let afterHours { card.afterHoursHourly = afterHours }
            if let emergency { card.emergencyHourly = emergency }
            if let trip { card.tripCharge = trip }
            if let minimumHours { card.minimumHours = minimumHours }
            if let discount { card.agreementDiscountPercent = discount }
            if !benefits.isEmpty { card.benefits = benefits }
            try context.apply(.setRateCard(card))
        }
    }
}
