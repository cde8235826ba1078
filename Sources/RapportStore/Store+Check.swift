import Foundation
import RapportCore

extension Store {
    /// Validates every file of the store, including what a decoder lets pass, such as a key written twice.
    ///
    /// - Returns: each problem located as `file:line:column`, sorted by file; empty when the store is sound.
    public func check() -> [FileProblem] {
        reload()
        var found = problems
        let settingsPath = "\(path)/settings.json"
        if !FileManager.default.fileExists(atPath: settingsPath) {
            found.append(FileProblem(path: settingsPath, line: 0, column: 0, reason: "is missing; defaults are in use"))
        }
        let readable =
            [settingsPath, "\(path)/rapport.json"]
            + entries.compactMap { id, entry in
                entry.summary == nil || syntaxChecked.contains(id) ? nil : clientPath(id)
            }
        let unreported = readable.filter { file in !found.contains { $0.path == file } }
        found += unreported.parallelMap { file in
            FileManager.default.contents(atPath: file).flatMap { FastJSONDecoder.syntaxProblem(in: $0, path: file) }
        }.compactMap { $0 }
        return found.sorted { ($0.path, $0.line, $0.column) < ($1.path, $1.line, $1.column) }
    }
}

// MARK: - Files of an older version

extension Store {
    /// The clients whose files are still at an older version than this program writes, sorted.
    ///
    /// They read as the current version; each moves on its next write, or all at once with `migrate(_:today:)`.
    public var clientsAtOlderVersions: [String] {
        let read = entries
        return sortedIDs.filter { (read[$0]?.summary?.client.schemaVersion ?? .max) < Client.currentSchemaVersion }
    }

    /// Writes a client's file at the current version, through the one write path, keeping a backup of the old one.
    ///
    /// - Parameters:
    ///   - id: the client.
    ///   - today: the day of the write.
    /// - Throws: `StoreError` when the file cannot be read or written.
    public func migrate(_ id: String, today: Day) throws(StoreError) {
        try apply(.restore(try client(id)), to: id, today: today)
    }
}
