import ArgumentParser
import RapportCore
import RapportReports

struct RenewalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renewals",
        abstract: "Agreements renewing soon, lapsed ones first: money at stake, survey, visits, contact and health.",
        discussion: "Example:\n  rapport renewals --within 90")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(
        parsing: .unconditional,
        help: "How many days ahead to look (default from the settings, \(Defaults().renewalWindowDays)).",
        transform: Parse.count)
    var within: Int?

    func run() throws {
        let context = try CommandContext(global)
        let report = RenewalsReport(context.portfolio, today: context.today, within: within)
        try context.show(report, json: format.json)
    }
}
