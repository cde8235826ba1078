import ArgumentParser
import RapportCore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a contact, or correct or delete one logged before.",
        discussion: """
            Examples:
              rapport log acme-dental --via call --by js --note "Asked about new laptops" --follow-up +1w
              rapport log edit 01m82v7m --note "Asked about four new laptops"
              rapport log delete 01m82v7m
            """,
        subcommands: [Add.self, Edit.self, Delete.self], defaultSubcommand: Add.self)

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Log a contact: a call, email, visit, drop-by, meeting or note.",
            discussion: """
                `rapport log CLIENT …` is short for `rapport log add CLIENT …`.

                Example:
                  rapport log acme-dental --via call --by js --note "Asked about new laptops" --follow-up +1w
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(help: "call, email, visit, drop-by, meeting or note.") var via: ContactChannel
        @Option(help: ArgumentHelp("When (default today).", valueName: "date")) var on: String?
        @Option(help: "Who made the contact (technician id).") var by: String?
        @Option(help: "What was said.") var note: String?
        @Option(help: ArgumentHelp("When to get back to them.", valueName: "date")) var followUp: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.date(on)
            let followUpDay = try followUp.map { try context.date($0, field: "--follow-up") }
            try context.apply(
                .logTouchpoint(
                    on: day, via: via, by: try context.technician(by, field: "--by"), note: note, followUp: followUpDay),
                to: client)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a logged contact: only the options given change.",
            discussion: """
                ID is the contact's id, or any start of it that no other contact shares, as rapport client show \
                lists it; the client is found from it.

                Examples:
                  rapport log edit 01m82v7m --note "Asked about four new laptops" --follow-up fri
                  rapport log edit 01m82v7m --follow-up none
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The contact's id, or its start.") var id: String
        @Option(help: "call, email, visit, drop-by, meeting or note.") var via: ContactChannel?
        @Option(help: ArgumentHelp("The day of the contact.", valueName: "date")) var on: String?
        @Option(help: "Who made the contact (technician id); \"\" for nobody.") var by: String?
        @Option(help: "What was said; \"\" clears it.") var note: String?
        @Option(help: ArgumentHelp("When to get back to them; none clears it.", valueName: "date")) var followUp:
            String?

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .contact)
            let edit = TouchpointEdit(
                via: via, on: try on.map { try context.date($0) },
                by: try by.map { $0.isEmpty ? "" : try context.technician($0, field: "--by") ?? "" }, note: note,
                followUp: try followUp.map { $0 == "none" ? nil : try context.date($0, field: "--follow-up") })
            try context.apply(.editTouchpoint(id: id, edit), to: client.id)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a logged contact.",
            discussion: """
                ID is the contact's id, or any start of it that no other contact shares, as rapport client show \
                lists it. The client's earlier versions stay in its backups (rapport restore).

                Example:
                  rapport log delete 01m82v7m
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The contact's id, or its start.") var id: String

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .contact)
            try context.apply(.deleteRecord(id: id), to: client.id)
        }
    }
}

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Record a satisfaction survey as sent or answered, or correct or delete one.",
        subcommands: [Sent.self, Answered.self, Edit.self, Delete.self])

    struct Sent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sent",
            abstract: "Mark the survey sent.", discussion: "Example:\n  rapport survey sent acme-dental")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(help: ArgumentHelp("When (default today).", valueName: "date")) var on: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.date(on)
            try context.apply(.markSurveySent(on: day), to: client)
        }
    }

    struct Answered: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "answered",
            abstract: "Record the answer: a score from 0 to 10 and a comment.",
            discussion: "Example:\n  rapport survey answered acme-dental --score 9 --comment \"Quick replies\"")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(parsing: .unconditional, help: "0 (worst) to 10 (best).", transform: Parse.score) var score: Int
        @Option(help: ArgumentHelp("When (default today).", valueName: "date")) var on: String?
        @Option(help: "What they said.") var comment: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.date(on)
            try context.apply(.markSurveyAnswered(on: day, score: score, comment: comment), to: client)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a survey: only the options given change.",
            discussion: """
                ID is the survey's id, or any start of it that no other survey shares, as rapport client show lists \
                it; the client is found from it.

                Example:
                  rapport survey edit 01m94acz --score 8 --comment "Quick replies; slow invoices"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The survey's id, or its start.") var id: String
        @Option(help: ArgumentHelp("The day it was sent.", valueName: "date")) var sent: String?
        @Option(help: ArgumentHelp("The day it was answered.", valueName: "date")) var answered: String?
        @Option(parsing: .unconditional, help: "0 (worst) to 10 (best).", transform: Parse.score) var score: Int?
        @Option(help: "What they said; \"\" clears it.") var comment: String?

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .survey)
            let edit = SurveyEdit(
                sent: try sent.map { try context.date($0, field: "--sent") },
                answered: try answered.map { try context.date($0, field: "--answered") }, score: score,
                comment: comment)
            try context.apply(.editSurvey(id: id, edit), to: client.id)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a survey.",
            discussion: """
                ID is the survey's id, or any start of it that no other survey shares, as rapport client show lists \
                it.

                Example:
                  rapport survey delete 01m94acz
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The survey's id, or its start.") var id: String

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .survey)
            try context.apply(.deleteRecord(id: id), to: client.id)
        }
    }
}
