import Foundation
import Testing

/// `S` in a real terminal, with the system git and a bare repository: what a teammate pushed comes into the panes,
/// and a shared copy out of reach leaves the changes waiting.
@Suite struct SyncTmuxTests {
    @Test func syncKeyBringsInWhatATeammatePushed() throws {
        let dashboard = try TmuxDashboard.open(through: .demoShared)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let opened = try tmux.waitForScreen(showing: "│ ↑0 ↓0 synced ", "1 Clients (", "? help")
        let clients = try #require(paneCount("1 Clients", in: opened), "no count in the title:\n\(opened)")

        // A teammate clones the shared store onto a laptop, adds a client there and syncs.
        let laptop = dashboard.store.root.appendingPathComponent("laptop").path
        let cli = dashboard.store.cli
        for command in [
            ["sync", "clone", dashboard.remote, laptop],
            ["client", "add", "Harlow Print Works", "--store", laptop, "--today", dashboard.today],
            ["sync", "--store", laptop],
        ] {
            let result = try cli.run(command)
            try #require(result.status == 0, "rapport \(command.joined(separator: " ")): \(result.stderr)")
        }

        try tmux.press("S")
        let synced = try tmux.waitForScreen(showing: "synced: 1 in, 0 out", "1 Clients (\(clients + 1))")
        #expect(synced.contains("│ ↑0 ↓0 synced "))
        try tmux.press("/")
        try tmux.type("Harlow")
        try tmux.waitForScreen(showing: "Harlow Print Works")
        #expect(FileManager.default.fileExists(atPath: dashboard.store.clientFile("harlow-print-works")))
    }

    @Test func syncOutOfReachCommitsAndSaysTheChangesWait() throws {
        let dashboard = try TmuxDashboard.open(through: .demoShared, width: 80, height: 24)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        try tmux.waitForScreen(showing: "1 Clients (", "? help")
        try FileManager.default.moveItem(atPath: dashboard.remote, toPath: dashboard.remote + ".away")

        // A call logged here, then a sync with the shared copy gone.
        try tmux.press("l")
        try tmux.waitForScreen(showing: "Log contact")
        try tmux.press("Enter")
        try tmux.waitForScreen(showing: "Saved: ")
        try tmux.press("S")
        try tmux.waitForScreen(showing: "offline: 1 local change will go out on the next sync")
        let log = try runGit(
            ["-C", dashboard.store.path, "log", "-1", "--format=%s"], home: dashboard.store.root)
        #expect(log.contains(": call logged"))
    }
}
