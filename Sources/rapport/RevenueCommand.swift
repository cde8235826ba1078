import ArgumentParser
import RapportReports

struct RevenueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revenue",
        abstract: "MRR and ARR from active agreements, by tier and over the last year; renewals at stake by month.",
        discussion: "Example:\n  rapport revenue --json")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions

    func run() throws {
        let context = try CommandContext(global)
        let report = RevenueReport(context.portfolio, today: context.today)
        try context.show(report, json: format.json)
    }
}
