import ArgumentParser
import RapportReports

struct UpcomingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upcoming",
        abstract: "The visits of the next days, today included: planned and done ones, not cancelled ones.",
        discussion: "Example:\n  rapport upcoming --days 7")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(parsing: .unconditional, help: "How many days to show.", transform: Parse.count) var days = UpcomingReport
        .defaultDays
    @Option(help: "Only this technician's visits.") var technician: String?

    func run() throws {
        let context = try CommandContext(global)
        let report = UpcomingReport(
            context.portfolio, today: context.today, days: max(days, 1), technician: try context.technician(technician))
        try context.show(report, json: format.json)
    }
}
