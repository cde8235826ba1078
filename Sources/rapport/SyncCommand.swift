import ArgumentParser
import Foundation
import RapportCore
import RapportStore

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share the store with the team through git: commit, fetch, merge and push.",
        discussion: """
            The shared copy is a git repository anywhere the team can reach: a bare repository on any SSH server, \
            GitHub or GitLab. `sync init --remote URL` shares a store, `sync clone URL DIR` fetches it on another \
            machine, and `sync` exchanges changes. Client files merge record by record (rapport merge-driver); \
            two edits of one field keep the later one and leave the other as an open conflict (rapport conflicts).

            Examples:
              rapport sync init --remote ssh://office.example/srv/rapport.git
              rapport sync clone ssh://office.example/srv/rapport.git ~/rapport
              rapport sync
              rapport sync status
            """,
        subcommands: [SyncNowCommand.self, SyncInitCommand.self, SyncCloneCommand.self, SyncStatusCommand.self],
        defaultSubcommand: SyncNowCommand.self)
}

struct SyncNowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now", abstract: "Commit local changes, fetch, merge and push (what `rapport sync` does).")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print the outcome as JSON.") var json = false

    func run() throws {
        try Self.sync(global, json: json)
    }

    /// Syncs the store and prints what happened.
    ///
    /// - Parameters:
    ///   - global: the store options.
    ///   - json: whether to print JSON.
    static func sync(_ global: GlobalOptions, json: Bool) throws {
        try finish(global, json, StoreRepository(path: global.storePath).sync())
    }

    /// Refreshes the summary index for what the merge changed and prints the outcome.
    private static func finish(_ global: GlobalOptions, _ json: Bool, _ outcome: SyncOutcome) throws {
        var outcome = outcome
        let store = try global.openStore()
        store.reload()
        outcome.openConflicts = store.openConflicts.count
        if json {
            try Output.printJSON(outcome)
        } else {
            Output().write(outcome.text)
        }
    }
}

/// The moment of a sync as ISO 8601 UTC; `SOURCE_DATE_EPOCH` pins it, as it pins the stamps.
enum SyncTime {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Double($0) } ?? Date().timeIntervalSince1970
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: seconds))
    }
}

struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the store a git repository shared through a remote, and push it there.")

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The shared repository, e.g. a bare one on an SSH server.", valueName: "url"))
    var remote: String
    @Flag(help: "Print the outcome as JSON.") var json = false

    func run() throws {
        _ = try global.openStore()
        let repository = StoreRepository(path: global.storePath)
        if !repository.isRepository { try repository.git.succeed(["init", "-q"]) }
        try repository.configure()
        let remotes = try repository.git.succeed(["remote"]).split(separator: "\n")
        try repository.git.succeed(
            [
                "remote", remotes.contains(Substring(StoreRepository.remote)) ? "set-url" : "add",
                StoreRepository.remote, remote,
            ])
        try SyncNowCommand.sync(global, json: json)
    }
}

struct SyncCloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone", abstract: "Fetch a shared store into a directory and set it up for rapport sync.")

    @Argument(help: "The shared repository.") var url: String
    @Argument(help: "The directory to put the store in.") var directory: String
    @Flag(help: "Print the outcome as JSON.") var json = false

    /// What a clone did.
    struct Outcome: Encodable {
        var store: String
        var clients: Int
        var problems: [String]
    }

    func run() throws {
        let parent = Git(directory: FileManager.default.currentDirectoryPath)
        try parent.succeed(["clone", "-q", url, directory])
        let path = URL(fileURLWithPath: directory).standardizedFileURL.path
        try StoreRepository(path: path).configure()
        let store: Store
        do {
            store = try Store(opening: path)
        } catch {
            throw CLIError(error)
        }
        let outcome = Outcome(store: path, clients: store.documents().count, problems: store.check().map(\.description))
        if json {
            try Output.printJSON(outcome)
        } else {
            Output().write(
                "cloned \(outcome.clients) client\(outcome.clients == 1 ? "" : "s") into \(path)\n"
                    + (outcome.problems.isEmpty ? "check: ok\n" : outcome.problems.map { "\($0)\n" }.joined()))
        }
    }
}

struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "How far the store is ahead of or behind the shared copy, as last fetched.")

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print the status as JSON.") var json = false

    /// The standing with the store's open conflicts.
    struct Status: Encodable {
        var ahead: Int
        var behind: Int
        var uncommitted: Int
        var lastSync: String?
        var openConflicts: Int
    }

    func run() throws {
        let standing = try StoreRepository(path: global.storePath).standing()
        let store = try global.openStore()
        let status = Status(
            ahead: standing.ahead, behind: standing.behind, uncommitted: standing.uncommitted,
            lastSync: standing.lastSync,
            openConflicts: store.openConflicts.count)
        if json {
            try Output.printJSON(status)
        } else {
            Output().write(
                """
                ahead \(status.ahead), behind \(status.behind), \(status.uncommitted) uncommitted
                last sync: \(status.lastSync ?? "never")
                open conflicts: \(status.openConflicts)

                """)
        }
    }
}
