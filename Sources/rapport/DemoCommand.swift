import ArgumentParser
import Foundation
import RapportDemo

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a demo store dated around today, then open the dashboard on it.",
        discussion: """
            Twelve fictional clients under agreement, three prospects, two technicians and a year of history: \
            visits today, overdue contacts, renewals in every survey state (one renewed before, one with its \
            proposal sent), surveys to send, and a topped-up block of hours past its 80% alert. Without --dir \
            the store goes in a new temporary directory.

            Example:
              rapport demo --dir /tmp/rapport-demo
            """)

    @Option(help: ArgumentHelp("Keep the demo store in this directory (it must not hold a store).", valueName: "dir"))
    var dir: String?

    /// `--today` dates the demo, and means what it means for every other command, wherever it stands on the line.
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if dir != nil, global.store != nil {
            throw ValidationError("give the demo's directory once, with --dir; --store names an existing store")
        }
    }

    func run() throws {
        let path =
            dir ?? global.store
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "rapport-demo-\(UUID().uuidString.prefix(8))"
            ).path
        var options = global
        options.store = path
        let day = try options.resolvedToday()
        _ = try DemoData.build(at: path, today: day)
        print("Demo store: \(path)")
        try Dashboard.open(try CommandContext(options), technician: nil)
    }
}
