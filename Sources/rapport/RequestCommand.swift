import ArgumentParser
import RapportCore
import RapportReports

extension RequestChannel: ExpressibleByArgument {}

struct RequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Log a client's request for help, its first answer and the work it took, or list them.",
        discussion: """
            Times are local wall-clock times, YYYY-MM-DD HH:MM; --at defaults to now.

            Examples:
              rapport request add acme-dental --via phone --at "2027-01-08 17:50" --summary "Printer offline"
              rapport request respond 01m82v7m --at "2027-01-11 08:15"
              rapport request close 01m82v7m --at "2027-01-11 09:00" --hours 0.5 --billable
              rapport request list --open
            """,
        subcommands: [Add.self, Respond.self, Close.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Log a request: when it came in, by phone, remote or on site, and what it is about.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Option(help: "phone, remote or onsite.") var via: RequestChannel
        @Option(help: ArgumentHelp("When the client asked (default now).", valueName: "YYYY-MM-DD HH:MM")) var at:
            String?
        @Option(help: "What the client asked for.") var summary: String

        func run() throws {
            let context = try CommandContext(global)
            try context.apply(.openRequest(at: try context.dayTime(at), via: via, summary: summary), to: client)
        }
    }

    struct Respond: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "respond",
            abstract: "Record when a request was first answered.",
            discussion: """
                ID is the request's id, or any start of it that no other request shares, as rapport request list \
                shows it.
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The request's id, or its start.") var id: String
        @Option(help: ArgumentHelp("When it was answered (default now).", valueName: "YYYY-MM-DD HH:MM")) var at:
            String?

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .request)
            try context.apply(.respondToRequest(id: id, at: try context.dayTime(at)), to: client.id)
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Record the work a request took and close it; a request never answered counts as answered then.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The request's id, or its start.") var id: String
        @Option(help: ArgumentHelp("When the work was done (default now).", valueName: "YYYY-MM-DD HH:MM")) var at:
            String?
        @Option(help: "The hours the work took, e.g. 1.5.", transform: Parse.hours) var hours: Double
        @Flag(help: "Bill the work beyond the agreement.") var billable = false
        @Flag(help: "The work was done outside business hours.") var afterHours = false
        @Option(help: "What was done.") var note: String?

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .request)
            let closing = RequestClosing(
                at: try context.dayTime(at), hours: hours, billable: billable, afterHours: afterHours, note: note)
            try context.apply(.closeRequest(id: id, closing), to: client.id)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the requests, newest first, with their deadlines in business hours.",
            discussion: """
                --open lists the requests not closed yet by the time left, as the dashboard's requests view does: \
                those waiting for an answer by their deadline, missed first, then the answered ones, oldest first.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var format: OutputOptions
        @Flag(help: "Only the requests not closed yet, by the time left.") var open = false

        func run() throws {
            let context = try CommandContext(global)
            let report = RequestListReport(context.portfolio, now: context.now, openOnly: open)
            try context.show(report, json: format.json)
        }
    }
}
