import ArgumentParser
import RapportCore

struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit",
        abstract: "Schedule, complete, cancel and move on-site visits.",
        subcommands: [Add.self, Done.self, Cancel.self, Move.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Schedule a visit outside the agreement's rule.",
            discussion:
                "Example:\n  rapport visit add acme-dental --on fri --at 14:00 --technician js --note \"New laptops\"")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(help: ArgumentHelp("The day, e.g. 2026-12-04, tomorrow, fri or +2w.", valueName: "date")) var on: String
        @Option(help: ArgumentHelp("The time, HH:MM.", valueName: "HH:MM"), transform: Parse.time) var at: TimeOfDay?
        @Option(help: "The technician's id.") var technician: String?
        @Option(help: "What the visit is for.") var note: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.date(on)
            try context.apply(
                .addVisit(on: day, at: at, technician: try context.technician(technician), note: note), to: client)
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark a visit done with the hours spent and a note.",
            discussion: """
                With no visit scheduled that day, an unscheduled visit is recorded.

                Example:
                  rapport visit done acme-dental --on today --hours 1.5 --note "Patched the server"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(help: ArgumentHelp("The day of the visit (default today).", valueName: "date")) var on: String?
        @Option(
            help: ArgumentHelp("Or the visit's id, or its start, as rapport client show lists it.", valueName: "id"))
        var id: String?
        @Option(parsing: .unconditional, help: "Hours spent, e.g. 1.5.", transform: Parse.hours) var hours: Double
        @Option(help: "What was done; shown before the next visit.") var note: String?
        @Option(help: "Who went, if not the usual technician.") var technician: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.visitDay(of: client, on: on, id: id, dayField: "--on")
            try context.apply(
                .completeVisit(on: day, hours: hours, note: note, technician: try context.technician(technician)),
                to: client)
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a visit.",
            discussion: """
                Examples:
                  rapport visit cancel acme-dental --on 2026-12-15 --note "Office closed"
                  rapport visit cancel acme-dental --id 01kf76dh
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(help: ArgumentHelp("The day of the visit.", valueName: "date")) var on: String?
        @Option(
            help: ArgumentHelp("Or the visit's id, or its start, as rapport client show lists it.", valueName: "id"))
        var id: String?
        @Option(help: "Why it was cancelled.") var note: String?

        func validate() throws {
            if on == nil && id == nil { throw ValidationError("name the visit with --on DATE or --id ID") }
        }

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.visitDay(of: client, on: on, id: id, dayField: "--on")
            try context.apply(.cancelVisit(on: day, note: note), to: client)
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a visit to another day.",
            discussion: "Example:\n  rapport visit move acme-dental --from 2026-12-15 --to 2026-12-16 --at 10:00")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(help: ArgumentHelp("The day it was on.", valueName: "date")) var from: String
        @Option(help: ArgumentHelp("The new day.", valueName: "date")) var to: String
        @Option(help: ArgumentHelp("A new time, HH:MM.", valueName: "HH:MM"), transform: Parse.time) var at: TimeOfDay?

        func run() throws {
            let context = try CommandContext(global)
            let fromDay = try context.date(from, field: "--from")
            let toDay = try context.date(to, field: "--to")
            try context.apply(.moveVisit(from: fromDay, to: toDay, at: at), to: client)
        }
    }
}
