import ArgumentParser
import RapportCore

struct ProposalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proposal",
        abstract: "Mark the renewal proposal sent: the renewal moves to the proposal-sent stage.",
        discussion: """
            The renewal pipeline runs survey due, survey sent, survey answered, proposal sent, then renewed \
            (`rapport renew`) or lost (`rapport agreement end --reason`). Renewing clears the proposal for the \
            next term.

            Example:
              rapport proposal acme-dental --on yesterday
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The client id.")
    var client: String

    @Option(help: ArgumentHelp("When it was sent (default today).", valueName: "date"))
    var on: String?

    func run() throws {
        let context = try CommandContext(global)
        let day = try context.date(on)
        try context.apply(.markProposalSent(on: day), to: client)
    }
}
