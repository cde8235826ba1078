import Foundation
import RapportCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The plain-JSON file store: one file per client, loaded and validated, written only through `apply(_:to:today:)`.
///
/// A `Store` keeps the documents it has read together with each file's fingerprint, so that `reload()` reads
/// again only the files another process changed.
public final class Store {
    /// The store directory.
    public let path: String
    public private(set) var settings: Settings
    /// The readable clients, sorted by name.
    public private(set) var clients: [Client] = []
    /// Files that could not be read; the rest of the store stays usable.
    public private(set) var problems: [FileProblem] = []
    /// Set when a file was written by a newer rapport: then nothing may be written.
    public private(set) var readOnlyReason: String?
    /// How long a write waits for another process's lock, in seconds.
    public var lockTimeout: Double = 10
    /// Test seam for making durable writes fail.
    public var faults = FaultInjection.none

    private(set) var entries: [String: Entry] = [:]
    private var settingsFingerprint: FileFingerprint?
    private var settingsProblem: FileProblem?

    /// The format marker written to `rapport.json`.
    static let marker = StoreMarker(format: "rapport-store", schemaVersion: Client.currentSchemaVersion)

    // MARK: - Opening and creating

    /// Opens an existing store and loads every file, removing temp files a killed writer left behind.
    ///
    /// - Parameter path: the store directory.
    /// - Throws: `StoreError.notAStore` when the directory holds no `rapport.json`.
    public init(opening path: String) throws(StoreError) {
        self.path = path
        self.settings = Settings()
        let markerPath = "\(path)/rapport.json"
        let data: Data?
        do {
            data = try DurableFile.read(markerPath, shownAs: markerPath)
        } catch {
            throw .unreadable(error)
        }
        guard let data else { throw .notAStore(path: path) }
        let marker: StoreMarker
        do {
            marker = try JSONDiagnostics.decode(StoreMarker.self, from: data, path: markerPath)
        } catch {
            throw .unreadable(error)
        }
        guard marker.format == Store.marker.format else { throw .notAStore(path: path) }
        if marker.schemaVersion > Client.currentSchemaVersion {
            readOnlyReason = newerVersionReason(markerPath, marker.schemaVersion)
        }
        removeStaleTempFiles()
        reload()
    }

    /// Creates a new store with its settings.
    ///
    /// - Parameters:
    ///   - path: the directory, created if missing.
    ///   - settings: the initial settings.
    /// - Returns: the opened store.
    /// - Throws: `StoreError.alreadyAStore` when one exists there, `StoreError.io` when it cannot be written.
    public static func create(at path: String, settings: Settings) throws(StoreError) -> Store {
        if FileManager.default.fileExists(atPath: "\(path)/rapport.json") { throw .alreadyAStore(path: path) }
        try DurableFile.makePrivateDirectory(path)
        try DurableFile.makePrivateDirectory("\(path)/clients")
        let lock = try StoreLock(path: "\(path)/.lock", timeout: 10)
        defer { lock.release() }
        try DurableFile.write(try encode(settings, "\(path)/settings.json"), to: "\(path)/settings.json")
        try DurableFile.write(try encode(marker, "\(path)/rapport.json"), to: "\(path)/rapport.json")
        return try Store(opening: path)
    }

    // MARK: - Reading

    /// Everything the reports need: the readable clients and the settings.
    public var portfolio: Portfolio { Portfolio(clients: clients, settings: settings) }

    /// A client by id.
    ///
    /// - Parameter id: the client id.
    /// - Returns: the client.
    /// - Throws: `StoreError.unreadable` when its file is broken, `.unknownClient` with suggestions otherwise.
    public func client(_ id: String) throws(StoreError) -> Client {
        switch entries[id]?.content {
        case .client(let client)?: return client
        case .problem(let problem)?: throw .unreadable(problem)
        case nil: throw .unknownClient(id: id, suggestions: suggestions(for: id))
        }
    }

    /// An unused client id for a company name: its slug, with `-2`, `-3`… added when taken.
    ///
    /// - Parameter name: the company name.
    /// - Returns: the id.
    public func freeID(for name: String) -> String {
        ClientID.free(for: name) { entries[$0] != nil || FileManager.default.fileExists(atPath: clientPath($0)) }
    }

    /// Reads again every file another process changed since it was last read.
    ///
    /// - Returns: the ids of clients that changed, appeared or disappeared.
    @discardableResult
    public func reload() -> [String] {
        reloadSettings()
        let directory = "\(path)/clients"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var seen = Set<String>()
        var changed: [String] = []
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let id = String(name.dropLast(5))
            seen.insert(id)
            let file = "\(directory)/\(name)"
            guard let stat = FileFingerprint.stat(file) else { continue }
            if let entry = entries[id], entry.fingerprint.sameStat(as: stat), !stat.isAmbiguous(now: now) {
                continue
            }
            guard let loaded = load(id: id, file: file) else { continue }
            if entries[id]?.fingerprint != loaded.fingerprint {
                changed.append(id)
            }
            entries[id] = loaded
        }
        for id in entries.keys where !seen.contains(id) {
            entries[id] = nil
            changed.append(id)
        }
        rebuildViews()
        return changed.sorted()
    }

    // MARK: - Writing

    /// Applies one change to one client: locks the store, re-reads the client's file if it changed on disk,
    /// applies the change to that fresh document, bumps its revision and writes it atomically and durably.
    ///
    /// Only that client's file is rewritten.
    ///
    /// - Parameters:
    ///   - change: the edit.
    ///   - id: the client it is for; for `.addClient`, the new client's id.
    ///   - today: the day of the edit.
    /// - Returns: the new document, and the fields someone else had changed that this change overwrote.
    /// - Throws: a `StoreError` naming the problem; nothing is written then.
    @discardableResult
    public func apply(_ change: Change, to id: String, today: Day) throws(StoreError) -> ApplyOutcome {
        if let readOnlyReason { throw .readOnly(reason: readOnlyReason) }
        do {
            try ClientID.validate(id)
        } catch {
            throw .invalidChange(client: id, error)
        }
        let lock = try StoreLock(path: "\(path)/.lock", timeout: lockTimeout)
        defer { lock.release() }
        let file = clientPath(id)
        let fresh: Client?
        switch load(id: id, file: file)?.content {
        case .client(let client)?: fresh = client
        case .problem(let problem)? where !change.replacesDocument: throw .unreadable(problem)
        case .problem?, nil: fresh = nil
        }
        if fresh == nil, !change.createsClient, !change.replacesDocument {
            throw .unknownClient(id: id, suggestions: suggestions(for: id))
        }
        var updated: Client
        do {
            updated = try change.apply(to: fresh, today: today)
        } catch {
            throw .invalidChange(client: id, error)
        }
        // A restored revision is older than the file it replaces; the revision must still only go up.
        updated.revision = max(fresh?.revision ?? 0, change.replacesDocument ? updated.revision : 0) + 1
        updated.schemaVersion = Client.currentSchemaVersion
        let data = try Store.encode(updated, file)
        keepBackup(of: id)
        try DurableFile.write(data, to: file, faults: faults)
        let overwritten = overwrittenFields(change, loaded: entries[id]?.client, fresh: fresh)
        if var stat = FileFingerprint.stat(file) {
            stat.contentHash = FileFingerprint.hash(data)
            entries[id] = Entry(fingerprint: stat, content: .client(updated))
        }
        rebuildViews()
        return ApplyOutcome(client: updated, overwritten: overwritten)
    }

    // MARK: - Internals

    func clientPath(_ id: String) -> String { "\(path)/clients/\(id).json" }

    /// Reads one client file, reusing the cached document when the content is unchanged.
    ///
    /// - Returns: the entry, or nil when the file does not exist.
    private func load(id: String, file: String) -> Entry? {
        guard var fingerprint = FileFingerprint.stat(file) else { return nil }
        do {
            guard let data = try DurableFile.read(file, shownAs: file) else { return nil }
            fingerprint.contentHash = FileFingerprint.hash(data)
            if let entry = entries[id], entry.fingerprint == fingerprint { return entry }
            return Entry(fingerprint: fingerprint, content: decodeClient(data, id: id, file: file))
        } catch {
            return Entry(fingerprint: fingerprint, content: .problem(error))
        }
    }

    private func decodeClient(_ data: Data, id: String, file: String) -> Entry.Content {
        do {
            let client = try JSONDiagnostics.decode(Client.self, from: data, path: file)
            if client.schemaVersion > Client.currentSchemaVersion {
                readOnlyReason = newerVersionReason(file, client.schemaVersion)
            }
            if let problem = ClientValidation.problem(in: client, data: data, expectedID: id, path: file) {
                return .problem(problem)
            }
            return .client(client)
        } catch {
            if let version = try? JSONDecoder().decode(StoreMarker.Version.self, from: data).schemaVersion,
                version > Client.currentSchemaVersion
            {
                readOnlyReason = newerVersionReason(file, version)
            }
            return .problem(error)
        }
    }

    private func reloadSettings() {
        let file = "\(path)/settings.json"
        let stat = FileFingerprint.stat(file)
        if let stat, let known = settingsFingerprint, known.sameStat(as: stat),
            !stat.isAmbiguous(now: Int64(Date().timeIntervalSince1970 * 1_000_000_000))
        {
            return
        }
        settingsFingerprint = stat
        settingsProblem = nil
        do {
            guard let data = try DurableFile.read(file, shownAs: file) else { return }
            settings = try JSONDiagnostics.decode(Settings.self, from: data, path: file)
            if settings.schemaVersion > Client.currentSchemaVersion {
                readOnlyReason = newerVersionReason(file, settings.schemaVersion)
            }
        } catch {
            settingsProblem = error
        }
    }

    private func rebuildViews() {
        clients = entries.values.compactMap(\.client).sorted {
            ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id)
        }
        problems = ([settingsProblem].compactMap { $0 } + entries.values.compactMap(\.problem)).sorted {
            $0.path < $1.path
        }
    }

    /// Ids close to a mistyped one: containing it, or within a few typing slips of it.
    private func suggestions(for id: String) -> [String] {
        let ids = entries.keys.sorted()
        let close = ids.filter { candidate in
            candidate.contains(id) || id.contains(candidate)
                || editDistance(candidate, id) <= max(1, min(candidate.count, id.count) / 4)
        }
        return Array(close.prefix(3))
    }

    private func overwrittenFields(_ change: Change, loaded: Client?, fresh: Client?) -> [String] {
        guard case .editClient(let edit) = change, let loaded, let fresh, loaded.revision != fresh.revision else {
            return []
        }
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
    private func removeStaleTempFiles() {
        guard readOnlyReason == nil, let lock = try? StoreLock(path: "\(path)/.lock", timeout: 0) else { return }
        defer { lock.release() }
        for directory in [path, "\(path)/clients"] {
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

/// The result of a write.
public struct ApplyOutcome: Sendable, Equatable {
    /// The document as written.
    public var client: Client
    /// Fields another process had changed since this one read the client, which this change has overwritten.
    public var overwritten: [String]
}

/// The content of `rapport.json`.
struct StoreMarker: Codable, Equatable {
    var format: String
    var schemaVersion: Int

    /// Only the version, to explain a file a newer rapport wrote that this one cannot decode.
    struct Version: Decodable {
        var schemaVersion: Int
    }
}

/// One client file as last read.
struct Entry {
    enum Content {
        case client(Client)
        case problem(FileProblem)
    }

    var fingerprint: FileFingerprint
    var content: Content

    var client: Client? {
        if case .client(let client) = content { return client }
        return nil
    }

    var problem: FileProblem? {
        if case .problem(let problem) = content { return problem }
        return nil
    }
}

/// The Levenshtein distance between two strings: how many single-character edits turn one into the other.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where j <= b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

private func newerVersionReason(_ file: String, _ version: Int) -> String {
    "\(file) has schemaVersion \(version), newer than this rapport understands (\(Client.currentSchemaVersion)); "
        + "upgrade rapport to change this store"
}

extension FileFingerprint {
    func sameStat(as other: FileFingerprint) -> Bool {
        device == other.device && inode == other.inode && size == other.size
            && modifiedNanoseconds == other.modifiedNanoseconds
    }
}
