import Foundation
import RapportStore

extension CommandContext {
    /// The technician whose day or week a command shows, checked against the team.
    ///
    /// `--technician ID` shows that technician's and remembers them in the config file for the next time no option
    /// is given; `--technician all` shows everyone's and forgets the one remembered.
    ///
    /// - Parameter option: the `--technician` given, if any.
    /// - Returns: the technician id, or nil for everyone.
    /// - Throws: `CLIError` for a technician not in the team, or a config file that cannot be read or written.
    func chosenTechnician(_ option: String?) throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        do {
            guard let option else {
                let remembered = try StoreLocation.configuredTechnician(environment: environment)
                return try technician(remembered, field: "the config file's technician (--technician all forgets it)")
            }
            let id = option == CommandContext.everyone ? nil : try technician(option)
            try StoreLocation.remember(technician: id, environment: environment)
            return id
        } catch let error as CLIError {
            throw error
        } catch {
            throw CLIError("\(StoreLocation.configFile(environment: environment)): \(error)")
        }
    }

    /// The `--technician` value that stands for the whole team.
    static let everyone = "all"
}
