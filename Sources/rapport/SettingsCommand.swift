import ArgumentParser
import RapportCore

struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "Change the consultancy's settings: the holidays its business hours skip.",
        subcommands: [Holiday.self])

    struct Holiday: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "holiday",
            abstract: "Add, remove or list the days the business is closed, which response promises skip.",
            discussion: """
                Examples:
                  rapport settings holiday add 2027-01-01
                  rapport settings holiday remove 2027-01-01
                  rapport settings holiday list
                """,
            subcommands: [Add.self, Remove.self, List.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "add", abstract: "Close the business on a day.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The day.") var day: String

            func run() throws {
                let context = try CommandContext(global)
                try context.apply(.addHoliday(try context.date(day, field: "day")), arguments: ["day"])
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "remove", abstract: "Open a day again that was a holiday.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: "The day.") var day: String

            func run() throws {
                let context = try CommandContext(global)
                try context.apply(.removeHoliday(try context.date(day, field: "day")), arguments: ["day"])
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the holidays.")
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let context = try CommandContext(global)
                let holidays = context.settings.hours.holidays
                print(holidays.isEmpty ? "No holidays." : holidays.map(\.long).joined(separator: "\n"))
            }
        }
    }
}
