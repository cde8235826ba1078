import ArgumentParser
import Foundation
import RapportCore
import RapportReports
import RapportStore

struct ClientCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "client",
        abstract: "Add, list, show and edit clients.",
        subcommands: [Add.self, List.self, Show.self, Edit.self])

    /// The profile options `add` and `edit` share.
    struct Profile: ParsableArguments {
        @Option(help: "prospect, active or former.")
        var status: ClientStatus?

        @Option(parsing: .unconditional, help: "Number of workstations.", transform: Parse.count)
        var workstations: Int?

        @Option(parsing: .unconditional, help: "Number of servers.", transform: Parse.count)
        var servers: Int?

        @Option(help: "Whether the client has a wide-area network: yes or no.", transform: Parse.yesNo)
        var wan: Bool?

        @Option(help: "The street address for visits.")
        var address: String?

        @Option(parsing: .unconditional, help: "Travel time from the office, in minutes.", transform: Parse.count)
        var travelMinutes: Int?

        @Option(help: "emergency, audit, unhappy-with-provider, referral or other.")
        var source: ClientSource?

        @Option(help: "Free-form notes.")
        var notes: String?

        func size(from base: CompanySize) -> CompanySize? {
            guard workstations != nil || servers != nil || wan != nil else { return nil }
            return CompanySize(
                workstations: workstations ?? base.workstations, servers: servers ?? base.servers,
                wan: wan ?? base.wan)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a client.",
            discussion: """
                The id is made from the name (Acme Dental → acme-dental) unless --id gives one.

                Example:
                  rapport client add "Acme Dental" --workstations 18 --servers 1 --address "12 Main St" --travel-minutes 25
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The company name.")
        var name: String

        @Option(help: "The client id: lowercase letters, digits and dashes.")
        var id: String?

        @OptionGroup var profile: Profile

        func run() throws {
            let context = try CommandContext(global)
            let id = self.id ?? context.store.freeID(for: name)
            let client = Client(
                id: id, name: name, status: profile.status ?? .active, source: profile.source,
                size: profile.size(from: CompanySize()) ?? CompanySize(), address: profile.address,
                travelMinutes: profile.travelMinutes, notes: profile.notes)
            try context.apply(.addClient(client), to: id)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a client's profile.",
            discussion: """
                Only the options given change.

                Example:
                  rapport client edit acme-dental --workstations 22 --address "14 Main St"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        @Option(help: "The company name.")
        var name: String?

        @OptionGroup var profile: Profile

        @Option(
            help: "The technologies the client runs, comma-separated, e.g. \"exchange,quickbooks\"; \"\" clears them.")
        var needs: String?

        func run() throws {
            let context = try CommandContext(global)
            let current = try context.client(client)
            let edit = ClientEdit(
                name: name, status: profile.status, source: profile.source, size: profile.size(from: current.size),
                address: profile.address, travelMinutes: profile.travelMinutes, notes: profile.notes,
                needs: needs.map(Input.list))
            guard edit != ClientEdit() else {
                throw CLIError("nothing to change; give at least one option, e.g. --address")
            }
            try context.apply(.editClient(edit), to: client)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List clients with their agreements.",
            discussion: "Example:\n  rapport client list --json")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var format: OutputOptions

        func run() throws {
            let context = try CommandContext(global)
            let report = ClientListReport(context.portfolio, problems: context.store.problems, today: context.today)
            try context.show(report, json: format.json)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one client: profile, people, agreement and history.",
            discussion: "Example:\n  rapport client show acme-dental")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        @OptionGroup var format: OutputOptions

        func run() throws {
            let context = try CommandContext(global)
            let report = ClientDetailReport(
                try context.client(client), settings: context.settings, today: context.today)
            try context.show(report, json: format.json)
        }
    }
}

extension Parse {
    static func yesNo(_ text: String) throws -> Bool {
        switch text.lowercased() {
        case "yes", "y", "true": return true
        case "no", "n", "false": return false
        default: throw ArgumentError("\"\(text)\" is not yes or no")
        }
    }
}
