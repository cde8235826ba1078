import Foundation
import RapportCore

// MARK: - Writing: one change to one client file, through the lock and a durable rename

extension Store {
    /// Applies one change to one client: locks the store, reads the client's file, applies the change to that
    /// fresh document, stamps what it touched and writes it atomically and durably. A version 1 file is written as
    /// version 2, and its backup keeps the old one.
    ///
    /// Only that client's file is rewritten, and no other client's file is read.
    ///
    /// - Parameters:
    ///   - change: the edit.
    ///   - id: the client it is for; for `.addClient`, the new client's id.
    ///   - today: the day of the edit.
    /// - Returns: the document before and after, and the fields someone else had changed that this change overwrote.
    /// - Throws: a `StoreError` naming the problem; nothing is written then.
    @discardableResult
    public func apply(_ change: Change, to id: String, today: Day) throws(StoreError) -> ApplyOutcome {
        if let newerVersionReason { throw .readOnly(reason: newerVersionReason) }
        do {
            try ClientID.validate(id)
        } catch {
            throw .invalidChange(client: id, error)
        }
        let lock = try StoreLock(path: "\(path)/.lock", timeout: lockTimeout)
        defer { lock.release() }
        let file = clientPath(id)
        let fresh: Client?
        switch readDocument(id: id, file: file) {
        case .success(let client)?: fresh = client
        case .failure(let problem)? where !change.replacesDocument: throw .unreadable(problem)
        case .failure?, nil: fresh = nil
        }
        // Reading the file may have found it written by a newer rapport.
        if let newerVersionReason { throw .readOnly(reason: newerVersionReason) }
        if fresh == nil, !change.createsClient, !change.replacesDocument {
            throw .unknownClient(id: id, suggestions: suggestions(for: id))
        }
        let origin = pinnedStamp.map { ChangeOrigin(stamp: $0, ids: nil) } ?? ChangeOrigin.now()
        var updated: Client
        do {
            updated = change.stamped(
                try change.apply(to: fresh, today: today, ids: origin.ids), against: fresh, origin.stamp)
        } catch {
            throw .invalidChange(client: id, error)
        }
        updated.schemaVersion = Client.currentSchemaVersion
        let data = try Store.encode(updated, file)
        keepBackup(of: id)
        try DurableFile.write(data, to: file, faults: faults)
        let overwritten = overwrittenFields(change, loaded: loadedEntries[id]?.summary?.client, fresh: fresh)
        if var stat = FileFingerprint.stat(file) {
            stat.contentHash = FileFingerprint.hash(data)
            loadedEntries[id] = Entry(fingerprint: stat, settled: false, content: .client(ClientSummary(updated)))
            wholeDocuments[id] = nil
            syntaxChecked.remove(id)
            indexChanges.insert(id)
            if loaded { rebuildViews() }
        }
        return ApplyOutcome(before: fresh, client: updated, overwritten: overwritten)
    }

    func overwrittenFields(_ change: Change, loaded: Client?, fresh: Client?) -> [String] {
        guard case .editClient(let edit) = change, let loaded, let fresh else { return [] }
        var fields: [String] = []
        if edit.name != nil && loaded.name != fresh.name { fields.append("name") }
        if edit.status != nil && loaded.status != fresh.status { fields.append("status") }
        if edit.source != nil && loaded.source != fresh.source { fields.append("source") }
        if edit.size != nil && loaded.size != fresh.size { fields.append("size") }
        if edit.address != nil && loaded.address != fresh.address { fields.append("address") }
        if edit.travelMinutes != nil && loaded.travelMinutes != fresh.travelMinutes { fields.append("travelMinutes") }
        if edit.notes != nil && loaded.notes != fresh.notes { fields.append("notes") }
        return fields
    }

    /// Removes temp files that a writer killed mid-write left behind. Writers hold the lock while a temp file
    /// exists, so when the lock is free every temp file is stale.
    func removeStaleTempFiles() {
        guard newerVersionReason == nil, let lock = try? StoreLock(path: "\(path)/.lock", timeout: 0) else { return }
        defer { lock.release() }
        for directory in [path, "\(path)/clients", SummaryIndex.directory(storePath: path), index.path] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            where name.hasPrefix(".") && name.contains(DurableFile.tempMarker) {
                unlink("\(directory)/\(name)")
            }
        }
    }

    static func encode<T: Encodable>(_ value: T, _ file: String) throws(StoreError) -> Data {
        do {
            return try CanonicalJSON.encode(value)
        } catch {
            throw .io(path: file, operation: "encode", message: "a value cannot be written as JSON")
        }
    }
}
