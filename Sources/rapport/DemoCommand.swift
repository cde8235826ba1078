import ArgumentParser
import Foundation

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

    @Option(help: ArgumentHelp("Date the demo around this day instead of today.", valueName: "YYYY-MM-DD"))
    var today: String?

    func run() throws {
        let path =
            dir
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "rapport-demo-\(UUID().uuidString.prefix(8))"
            ).path
        var global = GlobalOptions()
        global.store = path
        global.today = today
        let day = try global.resolvedToday()
        _ = try DemoData.build(at: path, today: day)
        print("Demo store: \(path)")
        try Dashboard.open(try CommandContext(global))
    }
}
