import ArgumentParser
import RapportTUI

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard on the store; what `rapport` alone does.",
        discussion: """
            It exits with 0 after q, 130 after Ctrl-C and 143 after SIGTERM. --technician is remembered as with \\
            rapport today.

            Example:
              rapport --technician js
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "Show this technician's visits, agenda and week at first; all for everyone's. Remembered.",
            valueName: "id"))
    var technician: String?

    @Option(
        name: .customLong("first-frame"),
        help: ArgumentHelp(
            "Print the dashboard's first frame at this size as text, without a terminal, and exit.",
            valueName: "WIDTHxHEIGHT", visibility: .private),
        transform: Dashboard.size)
    var firstFrame: Size?

    func run() throws {
        let context = try CommandContext(global)
        if let firstFrame {
            Dashboard.printFirstFrame(context, size: firstFrame)
        } else {
            try Dashboard.open(context, technician: try context.chosenTechnician(technician))
        }
    }
}
