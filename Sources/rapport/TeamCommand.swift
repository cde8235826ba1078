import ArgumentParser
import RapportCore
import RapportReports

struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "The technicians, with their skills and certifications: what the firm can promise.",
        discussion: """
            Visits and contacts name technicians by id; `rapport today --technician ID` shows one \
            technician's day.

            Examples:
              rapport team
              rapport team add al "Al Reyes" --skill "Windows Server" --cert "CompTIA A+"
              rapport team edit mk --skill "Microsoft 365" --skill Printers
            """,
        subcommands: [List.self, Add.self, Edit.self, Set.self, Gaps.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the technicians (the default).", discussion: "Example:\n  rapport team --json")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var format: OutputOptions

        func run() throws {
            let context = try CommandContext(global)
            try context.show(TeamReport(context.portfolio, today: context.today), json: format.json)
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a technician.",
            discussion: """
                Example:
                  rapport team add al "Al Reyes" --skill "Windows Server" --skill Backup \\
                      --cert "CompTIA A+"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "A short id such as al: lowercase letters, digits and dashes.")
        var id: String

        @Argument(help: "The technician's name.")
        var name: String

        @OptionGroup var lists: Lists

        func run() throws {
            let context = try CommandContext(global)
            try context.apply(
                .addTechnician(
                    Technician(id: id, name: name, skills: lists.skills, certifications: lists.certifications)),
                arguments: ["id", "name"])
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a technician's name, skills or certifications.",
            discussion: """
                --skill and --cert replace the whole list when given; repeat them for each entry.

                Example:
                  rapport team edit mk --cert "CompTIA Network+" --cert "Microsoft 365 Administrator"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The technician's id.")
        var id: String

        @Option(help: "A new name.")
        var name: String?

        @OptionGroup var lists: Lists

        func run() throws {
            guard name != nil || !lists.skills.isEmpty || !lists.certifications.isEmpty else {
                throw CLIError("nothing to change; give at least one option, e.g. --skill Networking")
            }
            let context = try CommandContext(global)
            try context.apply(
                .updateTechnician(
                    id: id, name: name, skills: lists.skills.isEmpty ? nil : lists.skills,
                    certifications: lists.certifications.isEmpty ? nil : lists.certifications),
                arguments: ["id"])
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set the hours a week a technician works, for rapport capacity.",
            discussion: "Example:\n  rapport team set js --hours-per-week 40")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The technician's id.") var id: String
        @Option(help: "Hours a week, e.g. 40.", transform: Parse.hours) var hoursPerWeek: Double

        func run() throws {
            let context = try CommandContext(global)
            try context.apply(.setHoursPerWeek(id: id, hours: hoursPerWeek), arguments: ["id"])
        }
    }

    struct Gaps: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "gaps",
            abstract: "The clients' needs no technician covers, and those only one covers.",
            discussion: "A client's needs are set with rapport client edit ID --needs \"exchange,quickbooks\".")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var format: OutputOptions

        func run() throws {
            let context = try CommandContext(global)
            try context.show(TeamGapsReport(context.portfolio, today: context.today), json: format.json)
        }
    }

    /// The repeated list options `add` and `edit` share.
    struct Lists: ParsableArguments {
        @Option(name: .customLong("skill"), help: "A skill, e.g. Networking; repeat for each one.")
        var skills: [String] = []

        @Option(name: .customLong("cert"), help: "A certification, e.g. CompTIA Network+; repeat for each one.")
        var certifications: [String] = []
    }
}
