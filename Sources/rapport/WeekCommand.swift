import ArgumentParser
import RapportReports

struct WeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: "Seven days of visits, day by day, with the visits the agreements promised that are not on the "
            + "calendar.",
        discussion: """
            A promised visit that was cancelled, or whose day passed with nothing done, shows as a hole in the \
            cadence. --technician works as for rapport today, and is remembered the same way.

            Example:
              rapport week --technician js --from mon
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(help: "Only this technician's visits and holes; all for everyone's. Remembered.") var technician: String?
    @Option(help: ArgumentHelp("The first of the seven days (default: today).", valueName: "date")) var from: String?

    func run() throws {
        let context = try CommandContext(global)
        let report = WeekReport(
            context.portfolio, from: try context.date(from, field: "--from"), today: context.today,
            technician: try context.chosenTechnician(technician))
        try context.show(report, json: format.json)
    }
}
