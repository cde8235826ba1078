import ArgumentParser
import RapportCore

struct HoursCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: "Top up or correct the hours bank of a block agreement, and change or delete a top-up.",
        subcommands: [Add.self, Edit.self, Delete.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add hours to the bank, or take some off with a negative number.",
            discussion: """
                The bank is the hours purchased plus top-ups, less the hours of done visits in the term, each \
                rounded up to the agreement's minimum. Alerts show at 80% and 95% used, and when the bank is \
                overrun; `rapport client show` shows them too.

                Examples:
                  rapport hours add elm-street-bakery --hours 10 --note "Second block"
                  rapport hours add elm-street-bakery --hours -1.5 --note "Billed twice"
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        // Unconditional, so that a correction such as `--hours -2` is read as a value and not as an option.
        @Option(
            parsing: .unconditional, help: "Hours to add, or a negative number to take off.",
            transform: Parse.hoursCorrection)
        var hours: Double

        @Option(help: ArgumentHelp("When (default today).", valueName: "date"))
        var on: String?

        @Option(help: "Why, e.g. the invoice of the top-up.")
        var note: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.date(on)
            printBank(try context.apply(.adjustHours(on: day, hours: hours, note: note), to: client), context)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a top-up or correction of the hours bank: only the options given change.",
            discussion: """
                ID is the top-up's id, or any start of it that no other top-up shares, as rapport client show lists \
                it; the client is found from it. The bank never goes below zero.

                Example:
                  rapport hours edit 01m7x2ab --hours 12 --note "Second block, 12 h"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The top-up's id, or its start.") var id: String
        @Option(
            parsing: .unconditional, help: "Hours added, or a negative number taken off.",
            transform: Parse.hoursCorrection)
        var hours: Double?
        @Option(help: ArgumentHelp("The day, within the same term.", valueName: "date")) var on: String?
        @Option(help: "Why; \"\" clears it.") var note: String?

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .hours)
            let edit = HoursAdjustmentEdit(on: try on.map { try context.date($0) }, hours: hours, note: note)
            printBank(try context.apply(.editHoursAdjustment(id: id, edit), to: client.id), context)
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a top-up or correction of the hours bank.",
            discussion: """
                ID is the top-up's id, or any start of it that no other top-up shares, as rapport client show lists \
                it. The bank never goes below zero.

                Example:
                  rapport hours delete 01m7x2ab
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The top-up's id, or its start.") var id: String

        func run() throws {
            let context = try CommandContext(global)
            let (client, id) = try context.record(self.id, .hours)
            printBank(try context.apply(.deleteRecord(id: id), to: client.id), context)
        }
    }

    /// Prints the bank in the same words as `rapport client show`, so the figures read alike everywhere.
    private static func printBank(_ client: Client, _ context: CommandContext) {
        let bank = client.profileSections(settings: context.settings, today: context.today)
            .flatMap(\.rows).first { $0.label == "Hours bank" }
        if let bank { print("hours bank: \(bank.value)") }
    }
}
