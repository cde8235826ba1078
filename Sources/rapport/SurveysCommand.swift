import ArgumentParser
import RapportReports

struct SurveysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "surveys",
        abstract: "Surveys to send this week: each client whose satisfaction survey is due, the longest-due first.",
        discussion: """
            The yearly survey is due the agreement's survey lead time (60 days by default) before the renewal. \
            With `rapport agreement set … --survey-cadence twice-yearly` or `quarterly` there is also one every 6 \
            or 3 months before that. A survey sent from 30 days before its date counts. Record one with \
            `rapport survey sent CLIENT`.

            Example:
              rapport surveys --days 14
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions

    @Option(parsing: .unconditional, help: "How many days to look ahead, today included.", transform: Parse.count)
    var days = SurveysReport.defaultDays

    func validate() throws {
        guard days >= 1 else { throw ValidationError("--days must be at least 1, e.g. 7") }
    }

    func run() throws {
        let context = try CommandContext(global)
        try context.show(SurveysReport(context.portfolio, today: context.today, days: days), json: format.json)
    }
}
