import ArgumentParser
import RapportCore

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Write every client file still at an older format version in the current one.",
        discussion: """
            Each file is written through the store's one write path and keeps a backup of its old version \
            (rapport restore). Files read the same before and after; a store that mixes versions works anyway, \
            since each file moves on its next write.

            Example:
              rapport migrate
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let context = try CommandContext(global)
        let older = context.store.clientsAtOlderVersions
        for id in older {
            do {
                try context.store.migrate(id, today: context.today)
            } catch {
                throw CLIError(error)
            }
            print("\(id): now at version \(Client.currentSchemaVersion)")
        }
        print(
            older.isEmpty
                ? "ok: every client file is at version \(Client.currentSchemaVersion)"
                : "migrated \(older.count) file\(older.count == 1 ? "" : "s"); backups keep the old versions")
    }
}
