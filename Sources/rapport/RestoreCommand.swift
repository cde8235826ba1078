import ArgumentParser
import Foundation
import RapportCore

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Bring back an earlier version of a client's file from the store's backups.",
        discussion: """
            The last 10 versions of each client file are kept in .backups/ as they are replaced. Restoring is an
            ordinary write: the current version is kept as a backup in turn, so a restore can itself be undone.
            It also replaces a client file that can no longer be read.

            Examples:
              rapport restore acme-dental --list
              rapport restore acme-dental --backup 3
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The client id.")
    var client: String

    @Flag(help: "List the backups instead of restoring one.")
    var list = false

    @Option(
        parsing: .unconditional, help: "The backup to restore, from --list (default: the newest).",
        transform: Parse.count)
    var backup: Int?

    func run() throws {
        let context = try CommandContext(global)
        let backups = context.store.backups(of: client)
        if list {
            guard !backups.isEmpty else { throw CLIError("\(client): no backups yet") }
            var table = TextTable(
                ["BACKUP", "VERSION", "REPLACED", "TOUCHPOINTS", "VISITS"],
                alignments: [.right, .right, .left, .right, .right])
            for entry in backups {
                let document = try? context.store.backup(of: client, number: entry.number)
                table.add([
                    String(entry.number), document.map { String($0.schemaVersion) } ?? "?",
                    entry.saved.map(Self.timestamp) ?? "?",
                    document.map { String($0.touchpoints.count) } ?? "unreadable",
                    document.map { String($0.visits.count) } ?? "",
                ])
            }
            print(table.render(context.output), terminator: "")
            return
        }
        guard let number = backup ?? backups.first?.number else { throw CLIError("\(client): no backups yet") }
        let document: Client
        do {
            document = try context.store.backup(of: client, number: number)
        } catch {
            throw CLIError(error)
        }
        try context.apply(.restore(document), to: client)
    }

    /// A local timestamp such as `2026-12-01 09:30`.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let day = Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
        return "\(day) \(TimeOfDay(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))!)"
    }
}
