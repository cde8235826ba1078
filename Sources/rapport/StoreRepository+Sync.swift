import Foundation
import RapportCore
import RapportStore

/// What a sync did, for its text, its `--json` and the dashboard's status line.
struct SyncOutcome: Encodable {
    /// The message of the commit of local changes, if there were any.
    var committed: String?
    /// The subjects of the commits that came in and went out.
    var received: [String]
    var sent: [String]
    /// Whether the shared copy could not be reached; the local changes are committed and wait.
    var offline: Bool
    /// Open conflicts in the store after the sync.
    var openConflicts: Int

    /// The outcome in one line: what came in and went out, or why it waits.
    var headline: String {
        if offline {
            return "offline: \(sent.count) local change\(sent.count == 1 ? "" : "s") will go out on the next sync"
        }
        if received.isEmpty && sent.isEmpty { return "up to date" }
        return "synced: \(received.count) in, \(sent.count) out"
    }

    var text: String {
        var lines: [String] = []
        if let committed { lines.append("committed: \(committed)") }
        if offline || (received.isEmpty && sent.isEmpty) {
            lines.append(headline)
        } else {
            lines += received.map { "in: \($0)" } + sent.map { "out: \($0)" }
        }
        if openConflicts > 0 {
            lines.append("\(openConflicts) open conflict\(openConflicts == 1 ? "" : "s"): see rapport conflicts")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// How far the store is from the shared copy, as last fetched.
struct SyncStanding: Encodable {
    /// Commits here that the shared copy has not got.
    var ahead: Int
    /// Commits fetched from the shared copy that are not merged here.
    var behind: Int
    /// Files changed here since the last commit.
    var uncommitted: Int
    /// When the last sync reached the shared copy, as ISO 8601 UTC.
    var lastSync: String?
}

extension StoreRepository {
    /// How often a refused push is retried after merging what someone pushed meanwhile.
    static let attempts = 5

    /// The git config key that holds the time of the last sync that reached the shared copy.
    static let lastSyncKey = "rapport.lastSync"

    /// Commits local changes, fetches, merges and pushes, retrying a refused push; never rebases or forces.
    ///
    /// - Returns: what came in and went out; `openConflicts` is left for the caller, which reads the store.
    /// - Throws: `CLIError` when the store is not shared, a merge fails, or the push is refused every time.
    func sync() throws -> SyncOutcome {
        guard isRepository else {
            throw CLIError("\(path) is not shared yet; run rapport sync init --remote URL")
        }
        try configure()
        let committed = try commitLocalChanges()
        var received: [String] = []
        var refusal: String?
        for _ in 0..<Self.attempts {
            guard try git.run(["fetch", "-q", Self.remote]).succeeded else {
                // Unreachable: the commits wait for the next sync.
                return SyncOutcome(
                    committed: committed, received: received, sent: try unsent(), offline: true, openConflicts: 0)
            }
            received += try mergeFetched()
            let sent = try unsent()
            let branch = try branch()
            if !sent.isEmpty {
                let pushed = try git.run(["push", "-q", Self.remote, "HEAD:\(branch)"])
                // Refused when someone pushed meanwhile: fetch and merge again.
                guard pushed.succeeded else {
                    refusal = pushed.errors.trimmingCharacters(in: .whitespacesAndNewlines)
                    continue
                }
                try git.succeed(["fetch", "-q", Self.remote])
                try git.run(["branch", "-q", "--set-upstream-to", "\(Self.remote)/\(branch)"])
            }
            try git.succeed(["config", Self.lastSyncKey, SyncTime.now()])
            return SyncOutcome(committed: committed, received: received, sent: sent, offline: false, openConflicts: 0)
        }
        throw CLIError(
            "the shared copy refused the push \(Self.attempts) times; your changes are committed here: "
                + (refusal ?? ""))
    }

    /// Ahead and behind the shared copy as last fetched, the uncommitted files and the last sync; no network.
    ///
    /// - Returns: the standing.
    /// - Throws: `CLIError` when the store is not shared or git fails.
    func standing() throws -> SyncStanding {
        guard isRepository else {
            throw CLIError("\(path) is not shared yet; run rapport sync init --remote URL")
        }
        var ahead = 0
        var behind = 0
        if let upstream = try upstream() {
            let counts = try git.succeed(["rev-list", "--left-right", "--count", "HEAD...\(upstream)"])
                .split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap { Int($0) }
            (ahead, behind) = (counts.first ?? 0, counts.last ?? 0)
        }
        let uncommitted = try git.succeed(["status", "--porcelain"]).split(separator: "\n").count
        let last = try git.run(["config", Self.lastSyncKey]).text
        return SyncStanding(
            ahead: ahead, behind: behind, uncommitted: uncommitted, lastSync: last.isEmpty ? nil : last)
    }
}
