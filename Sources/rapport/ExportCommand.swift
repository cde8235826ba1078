import ArgumentParser
import Foundation
import RapportCore
import RapportStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export clients, visits or contacts as CSV, or upcoming visits as an iCalendar file.",
        discussion: """
            CSV files are RFC 4180: UTF-8, a header row, CRLF line ends. A cell that starts with =, +, -, @, a tab, \
            a carriage return or an apostrophe gets an apostrophe in front, so a spreadsheet shows it as text \
            instead of running it; `rapport import clients` takes that apostrophe off again.

            Examples:
              rapport export clients --out clients.csv
              rapport export ics --technician js --out js.ics
            """,
        subcommands: [Clients.self, Visits.self, Touchpoints.self, Calendar.self])

    /// Where an export goes: standard output, or a file given with `--out`.
    struct Destination: ParsableArguments {
        @Option(
            help: ArgumentHelp(
                "Write to this file instead of standard output; it is replaced whole, never left half-written.",
                valueName: "file"))
        var out: String?

        /// Writes the export, and says what went where when it went to a file.
        ///
        /// - Parameters:
        ///   - data: the file's bytes.
        ///   - what: what the export holds, such as `4 clients`.
        /// - Throws: `CLIError` when the file cannot be written.
        func write(_ data: Data, what: String) throws {
            guard let out else {
                FileHandle.standardOutput.write(data)
                return
            }
            do {
                // Atomic, so a calendar program that reads the file while it is rewritten sees the old or the new one.
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw CLIError("\(out): cannot be written: \(error.localizedDescription)")
            }
            print("Wrote \(what) to \(out)")
        }
    }

    /// Opens the store and warns on standard error about client files left out because they cannot be read.
    ///
    /// - Parameter global: the global options.
    /// - Returns: the context.
    /// - Throws: `CLIError` for a bad `--today` or a missing store.
    static func context(_ global: GlobalOptions) throws -> CommandContext {
        let context = try CommandContext(global)
        for problem in context.store.problems {
            let line = DisplayText.safe("warning: left out, cannot be read: \(problem.description)", limit: 2_000)
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        return context
    }

    struct Clients: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clients",
            abstract: "Export every client's profile and people as CSV.",
            discussion: """
                Columns: id, name, status, source, workstations, servers, wan, address, travelMinutes, notes, then \
                person1Name, person1Role, person1Phone, person1Email, person1Primary and so on for as many people as \
                the client with the most has. `rapport import clients` reads the file back into another store.

                Example:
                  rapport export clients --out clients.csv
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let context = try ExportCommand.context(global)
            let clients = context.store.documents()
            try destination.write(
                try CSVFile.data(ClientTable.table(clients)), what: count(clients.count, "client"))
        }
    }

    struct Visits: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "visits",
            abstract: "Export every visit on record as CSV: done, cancelled, moved and extra visits.",
            discussion: """
                Columns: client, clientName, id, occurrence, on, at, technician, status, hours, note. Visits of the \
                rule that nothing has happened to yet are not records; `rapport export ics` lists those.

                Example:
                  rapport export visits --out visits.csv
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let context = try ExportCommand.context(global)
            let table = VisitTable.table(context.store.documents())
            try destination.write(try CSVFile.data(table), what: count(table.rows.count, "visit"))
        }
    }

    struct Touchpoints: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "touchpoints",
            abstract: "Export every logged contact as CSV.",
            discussion: """
                Columns: client, clientName, id, on, via, by, note, followUp.

                Example:
                  rapport export touchpoints --out contacts.csv
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let context = try ExportCommand.context(global)
            let table = TouchpointTable.table(context.store.documents())
            try destination.write(try CSVFile.data(table), what: count(table.rows.count, "contact"))
        }
    }

    struct Calendar: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: "Export upcoming visits as an RFC 5545 calendar that calendar programs import.",
            discussion: """
                One event a planned visit from today on, at its local time (a floating time, shown in the calendar's \
                own time zone) for one hour, or for the whole day when the visit has no time. The location is the \
                client's address; the description names the primary contact with their phone, the technician, the \
                travel time and the visit's note. Each event keeps its UID when the calendar is exported again, so \
                a calendar updates a moved visit instead of adding it twice. DTSTAMP is the time of the export, or \
                midnight UTC of --today when that is given.

                Examples:
                  rapport export ics --technician js --out ~/public_html/js.ics
                  rapport export ics --days 30 > visits.ics
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var destination: Destination

        @Option(help: "Only this technician's visits, for their own calendar.")
        var technician: String?

        @Option(parsing: .unconditional, help: "How many days to include, today first.", transform: Parse.count)
        var days = 90

        func run() throws {
            let context = try ExportCommand.context(global)
            let technician = try context.technician(self.technician)
            let visits = context.portfolio.visits(
                from: context.today, through: context.today.adding(days: max(days, 1) - 1), technician: technician
            ).filter { $0.visit.status == .planned }
            let calendar = ICalendar(visits: visits, settings: context.settings, technician: technician)
            let stamp =
                global.today == nil
                ? ICalendar.Stamp(secondsSince1970: Int64(Date().timeIntervalSince1970))
                : ICalendar.Stamp(midnightOf: context.today)
            try destination.write(Data(calendar.text(stamp: stamp).utf8), what: count(visits.count, "visit"))
        }
    }
}
