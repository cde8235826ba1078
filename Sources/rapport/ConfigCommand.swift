import ArgumentParser
import Foundation
import RapportStore

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show where the store, its settings and the config file are, and how to change them.",
        discussion: """
            The store is chosen by --store, else $RAPPORT_STORE, else {"store": "DIR"} in the config file \
            ($XDG_CONFIG_HOME/rapport/config.json, else ~/.config/rapport/config.json), else $XDG_DATA_HOME/rapport, \
            else ~/.local/share/rapport. The store need not exist yet.

            Examples:
              rapport config
              rapport config --json
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var format: OutputOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let report = ConfigReport(
            location: global.storeLocation, configFile: StoreLocation.configFile(environment: environment),
            // Read even when --store or $RAPPORT_STORE wins, to show what the file would choose.
            configured: try? StoreLocation.configuredStore(environment: environment))
        if format.json {
            try Output.printJSON(report)
        } else {
            let output = Output()
            output.write(report.text(output))
        }
    }
}
