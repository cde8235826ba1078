import Foundation
import RapportCore

extension Store {
    /// Applies one change to the settings the way `apply(_:to:today:)` does for a client: under the lock, on the
    /// freshest copy of the file, written atomically and durably.
    ///
    /// - Parameter change: the edit.
    /// - Returns: the settings as they were just before the change, and as written.
    /// - Throws: a `StoreError` naming the problem; nothing is written then.
    @discardableResult
    public func apply(_ change: SettingsChange) throws(StoreError) -> (before: Settings, after: Settings) {
        if let newerVersionReason { throw .readOnly(reason: newerVersionReason) }
        let lock = try StoreLock(path: "\(path)/.lock", timeout: lockTimeout)
        defer { lock.release() }
        let file = "\(path)/settings.json"
        var fresh = Settings()
        do throws(FileProblem) {
            if let data = try DurableFile.read(file, shownAs: file) {
                fresh = try JSONDiagnostics.decode(Settings.self, from: data, path: file)
            }
        } catch {
            throw .unreadable(error)
        }
        var updated: Settings
        do {
            updated = try change.apply(to: fresh)
        } catch {
            throw .invalidChange(client: "settings", error)
        }
        updated.schemaVersion = Client.currentSchemaVersion
        try DurableFile.write(try Store.encode(updated, file), to: file, faults: faults)
        reloadSettings()
        return (fresh, updated)
    }
}
