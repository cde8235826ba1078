import ArgumentParser
import RapportCore
import RapportStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store.",
        discussion: """
            Creates rapport.json, settings.json and clients/ in the store directory, readable by you only.

            Example:
              rapport init --business "Northwind IT" --technician "js=Jo Smith" --technician "mk=Mo Khan"
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The consultancy's name, shown in the dashboard header.")
    var business = "My IT Consultancy"

    @Option(help: "The ISO 4217 currency code.")
    var currency = "USD"

    @Option(help: "The currency symbol put before amounts.")
    var symbol = "$"

    @Option(
        name: .customLong("technician"),
        help: ArgumentHelp("A team member as ID=NAME, e.g. js=Jo Smith; repeat for each.", valueName: "id=name"),
        transform: Parse.technician)
    var technicians: [Technician] = []

    func run() throws {
        let settings = Settings(
            business: business, currency: currency, currencySymbol: symbol, technicians: technicians)
        do {
            _ = try Store.create(at: global.storePath, settings: settings)
        } catch {
            throw CLIError(error)
        }
        print("Created a rapport store at \(global.storePath)")
    }
}

extension Parse {
    static func technician(_ text: String) throws -> Technician {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[1].isEmpty, (try? ClientID.validate(parts[0])) != nil else {
            throw ArgumentError("\"\(text)\" is not ID=NAME; use for example js=Jo Smith")
        }
        return Technician(id: parts[0], name: parts[1])
    }
}
