import ArgumentParser
import RapportCore
import RapportReports

struct CapacityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "The weekly hours the agreements commit per technician, against the utilisation target.",
        discussion: """
            Hours a week are set with rapport team set ID --hours-per-week 40 (40 when not set). --add asks whether \
            a client of a workload fits, and each row answers; without it the workload is the sweet spot, 2 visits \
            a month of 3 hours, 30 minutes away.

            Example:
              rapport capacity --add "2/month 3h 40min"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions
    @Option(
        help: ArgumentHelp("A client to fit.", valueName: "VISITS/month HOURSh MINUTESmin"), transform: Parse.workload)
    var add: Workload?

    func run() throws {
        let context = try CommandContext(global)
        let report = CapacityReport(context.portfolio, today: context.today, workload: add ?? .sweetSpot)
        try context.show(report, json: format.json)
    }
}
