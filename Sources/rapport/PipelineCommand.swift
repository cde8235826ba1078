import ArgumentParser
import RapportReports

struct PipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "The sales pipeline: prospects by stage with their next step, and the open pipeline's estimated MRR.",
        discussion: """
            Open prospects come first, in stage order and by the date of their next step, then won and lost \
            ones. A next step whose date has passed is marked overdue. Add prospects with \
            `rapport prospect add`; win one with `rapport agreement set`.

            Example:
              rapport pipeline --json
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions

    func run() throws {
        let context = try CommandContext(global)
        try context.show(PipelineReport(context.portfolio, today: context.today), json: format.json)
    }
}
