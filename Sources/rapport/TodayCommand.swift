import ArgumentParser
import RapportReports

struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Today's visits, with address, contact and the last visit's note, the follow-ups due and overdue, "
            + "and what is done.",
        discussion: """
            --technician ID is remembered in the config file for the next time no --technician is given; \
            --technician all shows everyone's again and forgets it.

            Example:
              rapport today --technician js
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(help: "Only this technician's visits, follow-ups and contacts; all for everyone's. Remembered.")
    var technician: String?

    func run() throws {
        let context = try CommandContext(global)
        let report = TodayReport(
            context.portfolio, today: context.today, technician: try context.chosenTechnician(technician))
        try context.show(report, json: format.json)
    }
}
