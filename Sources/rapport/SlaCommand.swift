import ArgumentParser
import RapportCore
import RapportReports

struct SlaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "Response promises kept and missed, per client and channel, and the requests waiting for an answer.",
        discussion: """
            Response times are counted in business hours (rapport settings holiday).

            Examples:
              rapport sla
              rapport sla --month 2027-01 --client acme-dental --json
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(help: ArgumentHelp("The month (default this month).", valueName: "YYYY-MM"), transform: Parse.month)
    var month: Day?
    @Option(help: "Only this client.") var client: String?

    func run() throws {
        let context = try CommandContext(global)
        if let client { _ = try context.client(client) }
        let report = SlaReport(
            context.portfolio, now: context.now, month: month, client: client)
        try context.show(report, json: format.json)
    }
}
