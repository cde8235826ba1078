import ArgumentParser
import RapportReports

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract:
            "Clients who have not heard from you: no contact within the limit, a passed follow-up, a missed visit.",
        discussion: "Example:\n  rapport overdue --json")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions

    func run() throws {
        let context = try CommandContext(global)
        let report = OverdueReport(context.portfolio, today: context.today)
        try context.show(report, json: format.json)
    }
}
