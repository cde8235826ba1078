import ArgumentParser
import RapportCore
import RapportStore

extension ConflictSide: ExpressibleByArgument {}

struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List the open conflicts that merging two machines' changes left, or settle one.",
        discussion: """
            When two people change one field before they sync, the later change is kept and the other waits \
            here. Keep ours (the value kept) or theirs (the other) with rapport conflicts resolve.

            Examples:
              rapport conflicts
              rapport conflicts resolve 3exj0mdb --keep theirs
            """,
        subcommands: [ConflictsListCommand.self, ConflictsResolveCommand.self],
        defaultSubcommand: ConflictsListCommand.self)
}

/// One open conflict and the file it is in, for `rapport conflicts --json`.
struct OpenConflict: Encodable {
    /// The client's id, or nil for the settings.
    var client: String?
    var conflict: Conflict
}

extension Store {
    /// Every open conflict in the store: the settings' first, then each client's, in the store's order.
    ///
    /// The clients' summaries keep their conflicts whole, so this reads no client file the index answers for.
    var openConflicts: [OpenConflict] {
        settings.openConflicts.map { OpenConflict(client: nil, conflict: $0) }
            + summarizedClients.flatMap { client in
                client.openConflicts.map { OpenConflict(client: client.id, conflict: $0) }
            }
    }
}

struct ConflictsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the open conflicts.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print the conflicts as JSON.") var json = false

    func run() throws {
        let context = try CommandContext(global)
        let open = context.store.openConflicts
        if json {
            try Output.printJSON(open)
            return
        }
        guard !open.isEmpty else {
            print("no open conflicts")
            return
        }
        let ids = open.map(\.conflict.id)
        for item in open {
            let short = RecordID.short(item.conflict.id, among: ids)
            context.output.write("\(item.client ?? "settings")  \(short)  \(item.conflict.summary)\n")
        }
    }
}

struct ConflictsResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Settle one open conflict, keeping ours (the value kept) or theirs.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The conflict's id, or the start of it.") var id: String
    @Option(help: "ours keeps the value the merge kept; theirs puts the other back.") var keep: ConflictSide

    func run() throws {
        let context = try CommandContext(global)
        let holder = context.store.openConflicts.first { $0.conflict.id.hasPrefix(id.lowercased()) }
        guard let holder else { throw CLIError("no open conflict has an id starting \"\(id)\"") }
        guard let client = holder.client else {
            throw CLIError("a conflict in the settings is settled by editing them: rapport config or the rate card")
        }
        try context.apply(.resolveConflict(id: id, keep: keep), to: client)
    }
}
