import ArgumentParser
import RapportCore
import RapportStore

struct ProspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prospect",
        abstract: "Add prospects and move them along the sales pipeline.",
        discussion: """
            A prospect is won by signing it: `rapport agreement set CLIENT …` makes it an active client and \
            marks the pipeline entry won. `rapport pipeline` lists the prospects.

            Examples:
              rapport prospect add "Linden Pharmacy" --trigger emergency --fee 900
              rapport prospect update linden-pharmacy --stage audit-scheduled \\
                  --next-step "Network audit" --on fri
            """,
        subcommands: [Add.self, Update.self])

    /// The pipeline fields `add` and `update` share.
    struct Details: ParsableArguments {
        @Option(help: "lead, audit-scheduled, audit-done, proposal-sent or lost (won comes with `agreement set`).")
        var stage: ProspectStage?

        @Option(parsing: .unconditional, help: "The estimated monthly fee, e.g. 900.", transform: Parse.money)
        var fee: Money?

        @Option(help: "What to do next, e.g. \"Send the audit quote\".")
        var nextStep: String?

        @Option(help: ArgumentHelp("When the next step is due.", valueName: "date"))
        var on: String?

        /// The edit these options ask for, with the trigger and lost reason of the command.
        ///
        /// - Parameters:
        ///   - context: for reading the date.
        ///   - trigger: the trigger, if given.
        ///   - reason: why it was lost, if given.
        /// - Returns: the edit.
        /// - Throws: `CLIError` for a bad date.
        func edit(_ context: CommandContext, trigger: ClientSource?, reason: String?) throws -> ProspectEdit {
            ProspectEdit(
                trigger: trigger, stage: stage, estimatedMonthlyFee: fee, nextStep: nextStep,
                nextStepOn: try on.map { try context.date($0) }, lostReason: reason)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a prospect: a new client in the pipeline, at the lead stage unless --stage says otherwise.",
            discussion: """
                The id is made from the name (Linden Pharmacy → linden-pharmacy) unless --id gives one.

                Example:
                  rapport prospect add "Linden Pharmacy" --trigger emergency --fee 900 \\
                      --next-step "Offer an audit" --on fri
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The company name.")
        var name: String

        @Option(help: "The client id: lowercase letters, digits and dashes.")
        var id: String?

        @Option(help: "What brought it: emergency, audit, unhappy-with-provider or referral.", transform: Parse.trigger)
        var trigger: ClientSource

        @OptionGroup var details: Details

        func run() throws {
            let context = try CommandContext(global)
            let id = self.id ?? context.store.freeID(for: name)
            let edit = try details.edit(context, trigger: trigger, reason: nil)
            // The pipeline entry is worked out in memory by the same change `prospect update` applies, so the new
            // file is written once, complete, or not at all.
            let prospect: Client
            do {
                prospect = try Change.updateProspect(edit).apply(
                    to: Client(id: id, name: name, status: .prospect, source: trigger), today: context.today)
            } catch {
                throw CLIError(.invalidChange(client: id, error))
            }
            try context.apply(.addClient(prospect), to: id)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Move a prospect along the pipeline or change its details; only the options given change.",
            discussion: """
                To win a prospect, set its agreement: `rapport agreement set CLIENT --kind --fee --start`.

                Examples:
                  rapport prospect update linden-pharmacy --stage audit-done \\
                      --next-step "Send the proposal" --on +3d
                  rapport prospect update linden-pharmacy --stage lost --reason "Too dear"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        @Option(help: "emergency, audit, unhappy-with-provider or referral.", transform: Parse.trigger)
        var trigger: ClientSource?

        @OptionGroup var details: Details

        @Option(help: "Why it was lost.")
        var reason: String?

        func run() throws {
            let context = try CommandContext(global)
            let edit = try details.edit(context, trigger: trigger, reason: reason)
            guard edit != ProspectEdit() else {
                throw CLIError("nothing to change; give at least one option, e.g. --stage audit-scheduled")
            }
            try context.apply(.updateProspect(edit), to: client)
        }
    }
}
