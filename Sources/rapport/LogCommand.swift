import ArgumentParser
import RapportCore

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a contact: a call, email, visit, drop-by, meeting or note.",
        discussion: """
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

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Record a satisfaction survey as sent or answered.",
        subcommands: [Sent.self, Answered.self])

    struct Sent: ParsableCommand {
        static let configuration = CommandConfiguration(
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
}
