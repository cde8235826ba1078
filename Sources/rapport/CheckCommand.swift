import ArgumentParser
import RapportCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the store; each problem is printed as file:line:column: reason.",
        discussion: """
            Exits with status 1 when a problem is found. Files still at an older format version are noted, not \
            counted as problems: they read as they are and move to the current version on their next write, or all \
            at once with rapport migrate.

            Example:
              rapport check
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        let problems = store.check()
        for problem in problems {
            print(DisplayText.safe(problem.description, limit: 2_000))
        }
        if let reason = store.readOnlyReason {
            print("read-only: \(reason)")
        }
        guard problems.isEmpty else {
            throw CLIError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(store.path)")
        }
        print("ok: \(store.readableCount) client files and the settings are valid")
        // Open conflicts are not problems: the file is valid and says which value it kept.
        let open = store.openConflicts
        let ids = open.map(\.conflict.id)
        for item in open {
            let short = RecordID.short(item.conflict.id, among: ids)
            print(
                DisplayText.safe(
                    "\(item.client ?? "settings"): \(item.conflict.summary) (conflict \(short))", limit: 2_000))
        }
        if !open.isEmpty {
            print(
                "note: \(open.count) open conflict\(open.count == 1 ? "" : "s"); settle with rapport conflicts resolve")
        }
        let older = store.clientsAtOlderVersions
        if !older.isEmpty {
            print(
                "note: \(older.count) of \(store.readableCount) files still at version 1; they move on their next write "
                    + "(or all at once: rapport migrate)")
        }
    }
}
