import ArgumentParser
import RapportCore
import RapportReports

struct ProfitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profit",
        abstract: "What each agreement really paid per hour of work, next to the rate card's agreement price.",
        discussion: """
            Hours are the done visits, the travel to and from each, and the requests not billed separately. An \
            agreement below the price shows the monthly fee that would bring it there at renewal.

            Example:
              rapport profit --months 3 --json
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(help: "How many months, this one included.", transform: Parse.count) var months = 1

    func run() throws {
        let context = try CommandContext(global)
        guard (1...120).contains(months) else { throw CLIError("--months: use a whole number from 1 to 120, e.g. 3") }
        let whole = Portfolio(clients: context.store.documents(), settings: context.settings)
        try context.show(ProfitReport(whole, today: context.today, months: months), json: format.json)
    }
}
