import ArgumentParser
import RapportReports

struct TodayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "today",
        abstract: "Today's visits, with address, contact and the last visit's note, then the follow-ups due.",
        discussion: "Example:\n  rapport today --technician js")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(help: "Only this technician's visits and follow-ups.") var technician: String?

    func run() throws {
        let context = try CommandContext(global)
        let report = TodayReport(
            context.portfolio, today: context.today, technician: try context.technician(technician))
        try context.show(report, json: format.json)
    }
}
