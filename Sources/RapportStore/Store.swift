import Foundation
import RapportCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The plain-JSON file store: one file per client, loaded and validated, written only through `apply(_:to:today:)`.
///
/// A `Store` keeps a summary of each client it has read together with the file's fingerprint, so that `reload()`
/// reads again only the files another process changed. The summaries are also kept in a derived index on disk
/// (see `SummaryIndex`), so that a new process parses only the files that changed since the index was written.
/// Client files are first read when something asks for clients, so a command that writes one client reads only
/// that client's file.
public final class Store {
    /// The store directory.
    public let path: String
    public private(set) var settings: Settings
    /// How long a write waits for another process's lock, in seconds.
    public var lockTimeout: Double = 10
    /// Test seam for making durable writes fail.
    public var faults = FaultInjection.none
    /// A stamp every write puts on what it touches instead of the clock's, and ids derived from each document
    /// instead of random ones: for stores that must come out byte for byte the same, such as the benchmark's.
    public var pinnedStamp: Stamp?
    /// Whether the summary index on disk is read and written; without it every file is parsed.
    public let usesIndex: Bool

    private var loadedEntries: [String: Entry] = [:]
    private var loaded = false
    /// The derived summary index on disk.
    private var index: SummaryIndex
    /// The ids whose entries changed, appeared or went since the index was last read or written.
    private var indexChanges: Set<String> = []
    /// Whole documents read for days before their summary's `exactFrom`, by id, dropped when the file changes.
    private var wholeDocuments: [String: Client] = [:]
    private(set) var sortedIDs: [String] = []
    private var fileProblems: [FileProblem] = []
    private var settingsFingerprint: FileFingerprint?
    private var settingsProblem: FileProblem?
    /// Set when `rapport.json` or a file read so far was written by a newer rapport.
    private(set) var newerVersionReason: String?

    /// The format marker written to `rapport.json`.
    static let marker = StoreMarker(format: "rapport-store", schemaVersion: Client.currentSchemaVersion)

    // MARK: - Opening and creating

    /// Opens an existing store and loads every file, removing temp files a killed writer left behind.
    ///
    /// - Parameters:
    ///   - path: the store directory.
    ///   - usesIndex: whether to read and write the summary index; answers are the same either way.
    /// - Throws: `StoreError.notAStore` when the directory holds no `rapport.json`.
    public init(opening path: String, usesIndex: Bool = true) throws(StoreError) {
        self.path = path
        self.usesIndex = usesIndex
        self.settings = Settings()
        index = SummaryIndex(storePath: path)
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
            newerVersionReason = describeNewerVersion(markerPath, marker.schemaVersion)
        }
        removeStaleTempFiles()
        reloadSettings()
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

    /// Files that could not be read, sorted by path; the rest of the store stays usable.
    public var problems: [FileProblem] {
        loadIfNeeded()
        return fileProblems
    }

    /// Set when a file was written by a newer rapport: then nothing may be written.
    public var readOnlyReason: String? {
        loadIfNeeded()
        return newerVersionReason
    }

    /// How many client files are readable.
    public var readableCount: Int {
        loadIfNeeded()
        return sortedIDs.count
    }

    /// The derived summary index, which may be deleted at any time: it is rebuilt and no answer changes.
    public var indexPath: String { index.path }

    /// Everything the reports about a day need: each readable client, summarized where the summary answers for
    /// that day and whole otherwise, sorted by name, and the settings.
    ///
    /// - Parameter today: the day the reports are for; no report looks at days before it except through the
    ///   rules `ClientSummary` keeps exact.
    /// - Returns: the portfolio.
    public func portfolio(on today: Day) -> Portfolio {
        loadIfNeeded()
        let clients = sortedIDs.compactMap { id -> Client? in
            guard let summary = loadedEntries[id]?.summary else { return nil }
            return summary.answers(on: today) ? summary.client : wholeDocument(id) ?? summary.client
        }
        return Portfolio(clients: clients, settings: settings)
    }

    /// Every readable client's whole document, sorted by name, read from its file: for exports and checks, which
    /// need all the history.
    ///
    /// - Returns: the documents.
    public func documents() -> [Client] {
        loadIfNeeded()
        return sortedIDs.compactMap { try? client($0) }
    }

    /// A client's whole document, read from its file.
    ///
    /// - Parameter id: the client id.
    /// - Returns: the client.
    /// - Throws: `StoreError.unreadable` when its file is broken, `.unknownClient` with suggestions otherwise.
    public func client(_ id: String) throws(StoreError) -> Client {
        let file = clientPath(id)
        guard (try? ClientID.validate(id)) != nil, let read = readDocument(id: id, file: file) else {
            throw .unknownClient(id: id, suggestions: suggestions(for: id))
        }
        return try read.mapError { StoreError.unreadable($0) }.get()
    }

    /// An unused client id for a company name: its slug, with `-2`, `-3`… added when taken.
    ///
    /// - Parameter name: the company name.
    /// - Returns: the id.
    public func freeID(for name: String) -> String {
        ClientID.free(for: name) { loadedEntries[$0] != nil || FileManager.default.fileExists(atPath: clientPath($0)) }
    }

    /// Reads again every file another process changed since it was last read, and brings the summary index up to
    /// date when something changed.
    ///
    /// - Returns: the ids of clients that changed, appeared or disappeared.
    @discardableResult
    public func reload() -> [String] {
        reloadSettings()
        if !loaded {
            loaded = true
            // What this process wrote itself is newer than the index.
            if usesIndex { loadedEntries.merge(index.read()) { mine, _ in mine } }
        }
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
            let known = loadedEntries[id]
            if let known, known.settled, known.fingerprint.sameStat(as: stat) { continue }
            guard let entry = load(id: id, file: file, now: now) else { continue }
            if known?.fingerprint != entry.fingerprint {
                changed.append(id)
                wholeDocuments[id] = nil
            }
            if known?.fingerprint != entry.fingerprint || known?.settled != entry.settled { indexChanges.insert(id) }
            loadedEntries[id] = entry
        }
        for id in loadedEntries.keys where !seen.contains(id) {
            loadedEntries[id] = nil
            wholeDocuments[id] = nil
            changed.append(id)
            indexChanges.insert(id)
        }
        rebuildViews()
        // A store a newer rapport wrote may keep a different index; this one leaves it alone.
        if !indexChanges.isEmpty, usesIndex, newerVersionReason == nil,
            index.write(loadedEntries, changed: indexChanges)
        {
            indexChanges = []
        }
        return changed.sorted()
    }

    // MARK: - Writing

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
    /// - Returns: the new document, and the fields someone else had changed that this change overwrote.
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
            updated = try change.apply(to: fresh, today: today, ids: origin.ids).stamped(against: fresh, origin.stamp)
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
            indexChanges.insert(id)
            if loaded { rebuildViews() }
        }
        return ApplyOutcome(client: updated, overwritten: overwritten)
    }

    // MARK: - Internals

    /// The entries of every client file, read on first use.
    var entries: [String: Entry] {
        loadIfNeeded()
        return loadedEntries
    }

    func clientPath(_ id: String) -> String { "\(path)/clients/\(id).json" }

    private func loadIfNeeded() {
        if !loaded { reload() }
    }

    /// Reads one client file, reusing the known summary when the content is unchanged.
    ///
    /// - Parameters:
    ///   - id: the client id.
    ///   - file: its path.
    ///   - now: the time of reading, which decides whether the stat data alone can vouch for the file next time.
    /// - Returns: the entry, or nil when the file does not exist.
    private func load(id: String, file: String, now: Int64) -> Entry? {
        guard let read = readFile(file) else { return nil }
        let settled = !read.fingerprint.isAmbiguous(now: now)
        if var known = loadedEntries[id], known.fingerprint == read.fingerprint {
            known.settled = settled
            return known
        }
        let content: Entry.Content
        switch read.data.flatMap({ decodeClient($0, id: id, file: file) }) {
        case .success(let client): content = .client(ClientSummary(client))
        case .failure(let problem): content = .problem(problem)
        }
        return Entry(fingerprint: read.fingerprint, settled: settled, content: content)
    }

    /// Reads and decodes one client file whole.
    ///
    /// - Returns: the document or the problem; nil when the file does not exist.
    private func readDocument(id: String, file: String) -> Result<Client, FileProblem>? {
        readFile(file)?.data.flatMap { decodeClient($0, id: id, file: file) }
    }

    /// Reads a file's bytes and fingerprints them.
    ///
    /// - Returns: the fingerprint with its content hash and the bytes or the problem; nil when there is no file.
    private func readFile(_ file: String) -> (fingerprint: FileFingerprint, data: Result<Data, FileProblem>)? {
        guard var fingerprint = FileFingerprint.stat(file) else { return nil }
        do {
            guard let data = try DurableFile.read(file, shownAs: file) else { return nil }
            fingerprint.contentHash = FileFingerprint.hash(data)
            return (fingerprint, .success(data))
        } catch {
            return (fingerprint, .failure(error))
        }
    }

    /// A whole document kept for reports about days before its summary's `exactFrom`.
    private func wholeDocument(_ id: String) -> Client? {
        if let whole = wholeDocuments[id] { return whole }
        guard case .success(let whole)? = readDocument(id: id, file: clientPath(id)) else { return nil }
        wholeDocuments[id] = whole
        return whole
    }

    private func decodeClient(_ data: Data, id: String, file: String) -> Result<Client, FileProblem> {
        do {
            let client = try JSONDiagnostics.decode(Client.self, from: data, path: file)
            if client.schemaVersion > Client.currentSchemaVersion {
                newerVersionReason = describeNewerVersion(file, client.schemaVersion)
            }
            if let problem = ClientValidation.problem(in: client, data: data, expectedID: id, path: file) {
                return .failure(problem)
            }
            return .success(client)
        } catch {
            if let version = try? JSONDecoder().decode(StoreMarker.Version.self, from: data).schemaVersion,
                version > Client.currentSchemaVersion
            {
                newerVersionReason = describeNewerVersion(file, version)
            }
            return .failure(error)
        }
    }

    func reloadSettings() {
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
                newerVersionReason = describeNewerVersion(file, settings.schemaVersion)
            }
        } catch {
            settingsProblem = error
        }
    }

    private func rebuildViews() {
        let summaries = loadedEntries.values.compactMap(\.summary)
        // Keys made once: sorting whole documents by a key made in every comparison took longer than reading them.
        sortedIDs = summaries.map { ($0.client.name.lowercased(), $0.client.id) }.sorted(by: <).map(\.1)
        fileProblems = ([settingsProblem].compactMap { $0 } + loadedEntries.values.compactMap(\.problem)).sorted {
            $0.path < $1.path
        }
        // A summary from the index stands for a file that was decoded before; its version still counts.
        if let newer = summaries.first(where: { $0.client.schemaVersion > Client.currentSchemaVersion }) {
            newerVersionReason = describeNewerVersion(clientPath(newer.client.id), newer.client.schemaVersion)
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
    private func removeStaleTempFiles() {
        guard newerVersionReason == nil, let lock = try? StoreLock(path: "\(path)/.lock", timeout: 0) else { return }
        defer { lock.release() }
        for directory in [path, "\(path)/clients", SummaryIndex.directory(storePath: path)] {
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
struct Entry: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case client(ClientSummary)
        case problem(FileProblem)
    }

    var fingerprint: FileFingerprint
    /// Whether the file was read long enough after it was written that its stat data alone vouches for it.
    var settled: Bool
    var content: Content

    var summary: ClientSummary? {
        if case .client(let summary) = content { return summary }
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

private func describeNewerVersion(_ file: String, _ version: Int) -> String {
    "\(file) has schemaVersion \(version), newer than this rapport understands (\(Client.currentSchemaVersion)); "
        + "upgrade rapport to change this store"
}

extension FileFingerprint {
    func sameStat(as other: FileFingerprint) -> Bool {
        device == other.device && inode == other.inode && size == other.size
            && modifiedNanoseconds == other.modifiedNanoseconds
    }
}
