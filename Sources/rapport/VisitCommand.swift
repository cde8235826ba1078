import ArgumentParser
import RapportCore

struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit",
        abstract: "Schedule, complete, cancel and move on-site visits, and correct or delete a visit's record.",
        subcommands: [Add.self, Done.self, Cancel.self, Move.self, Edit.self, Delete.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
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
            commandName: "done",
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
            commandName: "cancel",
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
            commandName: "move",
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

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a visit's record: only the options given change.",
            discussion: """
                ID is the visit's id, or any start of it that no other visit shares, as rapport client show lists \
                it; the client is found from it. Only a visit that was moved, cancelled or done has a record; a \
                planned one is moved with rapport visit move.

                Examples:
                  rapport visit edit 01m8j9ky --hours 2.5 --note "Updated firewall firmware and the switch"
                  rapport visit edit 01m8j9ky --on 2026-11-28 --at none
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The visit's id, or its start.") var id: String
        @Option(help: ArgumentHelp("The day it happened, or happens.", valueName: "date")) var on: String?
        @Option(help: ArgumentHelp("The time, HH:MM; none clears it.", valueName: "HH:MM"), transform: Parse.timeOrNone)
        var at: Clearable<TimeOfDay>?
        @Option(help: "The technician's id; \"\" for nobody.") var technician: String?
        @Option(parsing: .unconditional, help: "Hours spent, for a done visit, e.g. 1.5.", transform: Parse.hours)
        var hours: Double?
        @Option(help: "The note; \"\" clears it.") var note: String?

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .visit)
            let edit = VisitEdit(
                on: try on.map { try context.date($0) }, at: at.map(\.value),
                technician: try technician.map { $0.isEmpty ? "" : try context.technician($0) ?? "" }, hours: hours,
                note: note)
            try context.apply(.editVisit(id: id, edit), to: client.id)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a visit's record.",
            discussion: """
                ID is the visit's id, or any start of it that no other visit shares, as rapport client show lists \
                it. A visit of the agreement's rule comes back as planned on its day, as if nothing had happened \
                to it; an extra visit goes.

                Example:
                  rapport visit delete 01m8j9ky
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The visit's id, or its start.") var id: String

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .visit)
            try context.apply(.deleteRecord(id: id), to: client.id)
        }
    }
}
