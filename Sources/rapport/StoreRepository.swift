import Foundation
import RapportCore
import RapportStore

/// The store as a git repository: how `rapport sync` sets it up, commits what changed, and merges and pushes.
struct StoreRepository {
    let git: Git
    /// The store directory.
    var path: String { git.directory }
    /// The shared copy's name in git.
    static let remote = "origin"

    /// What a store keeps out of git: derived files, backups, the lock and temp files.
    static let ignored = """
        # Written by rapport sync: derived and local files stay on each machine.
        .index/
        .backups/
        .lock
        .*.tmp*
        .merge_file_*

        """

    /// Which files git merges with rapport's own driver.
    static let attributes = """
        # Written by rapport sync: client files and the settings merge record by record.
        clients/*.json merge=rapport
        settings.json merge=rapport

        """

    init(path: String) {
        git = Git(directory: path)
    }

    /// Whether the store is already a git repository of its own.
    var isRepository: Bool {
        FileManager.default.fileExists(atPath: "\(path)/.git")
    }

    /// Writes `.gitignore` and `.gitattributes` and registers the merge driver in the repository's config, with the
    /// path of the running rapport, so that git merges client files with it.
    func configure() throws {
        try Data(Self.ignored.utf8).write(to: URL(fileURLWithPath: "\(path)/.gitignore"))
        try Data(Self.attributes.utf8).write(to: URL(fileURLWithPath: "\(path)/.gitattributes"))
        let program = Bundle.main.executableURL?.resolvingSymlinksInPath().path ?? CommandLine.arguments[0]
        try git.succeed(["config", "merge.rapport.name", "Rapport"])
        try git.succeed(["config", "merge.rapport.driver", "'\(program)' merge-driver %O %A %B %P"])
    }

    /// The branch checked out.
    func branch() throws -> String {
        try git.succeed(["symbolic-ref", "--short", "HEAD"])
    }

    /// The remote branch as last fetched, if the shared copy has it.
    func upstream() throws -> String? {
        let name = "\(Self.remote)/\(try branch())"
        return try git.run(["rev-parse", "--verify", "-q", "refs/remotes/\(name)"]).succeeded ? name : nil
    }

    /// Commits every local change, with a message that says what changed in which client.
    ///
    /// - Returns: the message, or nil when nothing changed.
    func commitLocalChanges() throws -> String? {
        try git.succeed(["add", "-A"])
        let changed = try git.succeed(["diff", "--cached", "--name-only", "-z"]).split(separator: "\0").map(String.init)
        guard !changed.isEmpty else { return nil }
        let hasHead = try git.run(["rev-parse", "--verify", "-q", "HEAD"]).succeeded
        let message = try changed.compactMap { file in try describe(file, hasHead: hasHead) }.joined(separator: "; ")
        try git.succeed(author() + ["commit", "-q", "-m", message.isEmpty ? "store set up" : message])
        return message.isEmpty ? "store set up" : message
    }

    /// One file's changes in words, such as "acme-dental: call logged".
    private func describe(_ file: String, hasHead: Bool) throws -> String? {
        if file == "settings.json" { return "settings: changed" }
        guard file.hasPrefix("clients/"), file.hasSuffix(".json") else { return nil }
        let id = String(file.dropFirst("clients/".count).dropLast(".json".count))
        let old = hasHead ? try git.run(["show", "HEAD:\(file)"]) : nil
        let before = old.flatMap {
            $0.succeeded ? try? JSONDecoder().decode(Client.self, from: Data($0.output.utf8)) : nil
        }
        let after = FileManager.default.contents(atPath: "\(path)/\(file)").flatMap {
            try? JSONDecoder().decode(Client.self, from: $0)
        }
        let phrases = Client.changes(from: before, to: after)
        return "\(id): \(phrases.isEmpty ? "edited" : phrases.joined(separator: ", "))"
    }

    /// The author for a commit: git's own config when it names one, else `RAPPORT_USER` (`user@machine`).
    private func author() throws -> [String] {
        let email = try git.run(["config", "user.email"]).text
        let name = try git.run(["config", "user.name"]).text
        guard email.isEmpty || name.isEmpty else { return [] }
        let environment = ProcessInfo.processInfo.environment
        let user =
            environment["RAPPORT_USER"] ?? "\(environment["USER"] ?? "someone")@\(ProcessInfo.processInfo.hostName)"
        return [
            "-c", "user.name=\(name.isEmpty ? String(user.prefix { $0 != "@" }) : name)",
            "-c", "user.email=\(email.isEmpty ? user : email)",
        ]
    }

    /// Merges what was fetched into the branch, with rapport's driver for store files; never rebases.
    ///
    /// - Returns: the subjects of the commits that came in.
    func mergeFetched() throws -> [String] {
        guard let upstream = try upstream() else { return [] }
        let incoming = try subjects("HEAD..\(upstream)")
        guard !incoming.isEmpty else { return [] }
        let hasHead = try git.run(["rev-parse", "--verify", "-q", "HEAD"]).succeeded
        if !hasHead {
            try git.succeed(["reset", "-q", "--hard", upstream])
            return incoming
        }
        let merged = try git.run(author() + ["merge", "-q", "--no-edit", upstream])
        guard merged.succeeded else {
            try git.run(["merge", "--abort"])
            throw CLIError(
                "the merge of the shared copy failed and was undone: "
                    + merged.errors.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return incoming
    }

    /// The subjects of the commits in a range, oldest first, leaving out merges.
    func subjects(_ range: String) throws -> [String] {
        try git.succeed(["log", "--reverse", "--no-merges", "--format=%s", range]).split(separator: "\n").map(
            String.init)
    }

    /// The commits here that the shared copy has not got, as last fetched.
    func unsent() throws -> [String] {
        guard try git.run(["rev-parse", "--verify", "-q", "HEAD"]).succeeded else { return [] }
        return try subjects(try upstream().map { "\($0)..HEAD" } ?? "HEAD")
    }
}
