import ArgumentParser

struct RevenueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revenue",
        abstract: "Monthly and annual recurring revenue from active agreements.",
        discussion: "Example:\n  rapport revenue --json")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions

    func run() throws {
        let context = try CommandContext(global)
        let report = RevenueReport(context.portfolio, today: context.today)
        try context.show(report, json: format.json)
    }
}
