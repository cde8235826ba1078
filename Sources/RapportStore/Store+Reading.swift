import Foundation
import RapportCore

// MARK: - Reading: loading files, reloading what changed, and the views reports read

extension Store {
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
        // Read on all cores, then noted here in order, as `client(_:)` would one by one.
        let reads = sortedIDs.map { (id: $0, file: clientPath($0)) }.parallelMap {
            Store.readDocument(id: $0.id, file: $0.file)
        }
        return reads.compactMap { read in try? noted(read)?.get() }
    }

    /// Every readable client as its summary holds it, sorted by name: every field, but only the recent part of
    /// the visits, contacts and terms. For questions about the rest, such as open conflicts, it costs no parsing
    /// when the index is warm.
    public var summarizedClients: [Client] {
        let read = entries
        return sortedIDs.compactMap { read[$0]?.summary?.client }
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
        var pending: [(id: String, file: String, known: Entry?)] = []
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let id = String(name.dropLast(5))
            seen.insert(id)
            let file = "\(directory)/\(name)"
            guard let stat = FileFingerprint.stat(file) else { continue }
            let known = loadedEntries[id]
            if let known, known.settled, known.fingerprint.sameStat(as: stat) { continue }
            pending.append((id, file, known))
        }
        var changed: [String] = []
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        // Read on all cores. The store is not thread safe, so each read only returns what it found, and the reads
        // are merged here in directory order, as when the files were read one by one.
        let reads = pending.parallelMap { Store.load(id: $0.id, file: $0.file, now: now, known: $0.known) }
        for ((id, _, known), read) in zip(pending, reads) {
            guard let (entry, newerVersion) = read else { continue }
            if let newerVersion { newerVersionReason = newerVersion }
            if known?.fingerprint != entry.fingerprint {
                changed.append(id)
                wholeDocuments[id] = nil
                syntaxChecked.insert(id)
            }
            if known?.fingerprint != entry.fingerprint || known?.settled != entry.settled { indexChanges.insert(id) }
            loadedEntries[id] = entry
        }
        for id in loadedEntries.keys where !seen.contains(id) {
            loadedEntries[id] = nil
            wholeDocuments[id] = nil
            syntaxChecked.remove(id)
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

    // MARK: - Loading

    /// The entries of every client file, read on first use.
    var entries: [String: Entry] {
        loadIfNeeded()
        return loadedEntries
    }

    func clientPath(_ id: String) -> String { "\(path)/clients/\(id).json" }

    func loadIfNeeded() {
        if !loaded { reload() }
    }

    /// Reads one client file, reusing the known summary when the content is unchanged.
    ///
    /// - Parameters:
    ///   - id: the client id.
    ///   - file: its path.
    ///   - now: the time of reading, which decides whether the stat data alone can vouch for the file next time.
    ///   - known: the entry read before, if any.
    /// - Returns: the entry, and the reason to refuse writes when a newer rapport wrote the file; nil when the
    ///   file does not exist.
    static func load(id: String, file: String, now: Int64, known: Entry?) -> (entry: Entry, newerVersion: String?)? {
        guard let read = readFile(file) else { return nil }
        let settled = !read.fingerprint.isAmbiguous(now: now)
        if var known, known.fingerprint == read.fingerprint {
            known.settled = settled
            return (known, nil)
        }
        let content: Entry.Content
        var newerVersion: String?
        switch read.data {
        case .success(let data):
            let decoded = decodeClient(data, id: id, file: file)
            newerVersion = decoded.newerVersion
            switch decoded.result {
            case .success(let client): content = .client(ClientSummary(client))
            case .failure(let problem): content = .problem(problem)
            }
        case .failure(let problem):
            content = .problem(problem)
        }
        return (Entry(fingerprint: read.fingerprint, settled: settled, content: content), newerVersion)
    }

    /// Reads and decodes one client file whole.
    ///
    /// - Returns: the document or the problem; nil when the file does not exist.
    func readDocument(id: String, file: String) -> Result<Client, FileProblem>? {
        noted(Store.readDocument(id: id, file: file))
    }

    /// Keeps what a read found out about the store, a file written by a newer rapport, and gives its document.
    private func noted(
        _ read: (result: Result<Client, FileProblem>, newerVersion: String?)?
    ) -> Result<Client, FileProblem>? {
        guard let read else { return nil }
        if let newerVersion = read.newerVersion { newerVersionReason = newerVersion }
        return read.result
    }

    /// Reads and decodes one client file whole, touching nothing of the store's, so that it can run on any thread.
    ///
    /// - Returns: the document or the problem, and the reason to refuse writes when a newer rapport wrote the file;
    ///   nil when the file does not exist.
    static func readDocument(
        id: String, file: String
    ) -> (result: Result<Client, FileProblem>, newerVersion: String?)? {
        guard let read = readFile(file) else { return nil }
        switch read.data {
        case .success(let data): return decodeClient(data, id: id, file: file)
        case .failure(let problem): return (.failure(problem), nil)
        }
    }

    /// Reads a file's bytes and fingerprints them.
    ///
    /// - Returns: the fingerprint with its content hash and the bytes or the problem; nil when there is no file.
    static func readFile(_ file: String) -> (fingerprint: FileFingerprint, data: Result<Data, FileProblem>)? {
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
    func wholeDocument(_ id: String) -> Client? {
        if let whole = wholeDocuments[id] { return whole }
        guard case .success(let whole)? = readDocument(id: id, file: clientPath(id)) else { return nil }
        wholeDocuments[id] = whole
        return whole
    }

    /// Decodes and checks one client file, through the fast decoder and, for a file it declines, the strict path.
    ///
    /// - Returns: the document or the problem, and the reason to refuse writes when a newer rapport wrote the file.
    static func decodeClient(
        _ data: Data, id: String, file: String
    ) -> (result: Result<Client, FileProblem>, newerVersion: String?) {
        do {
            let client = try FastJSONDecoder.decode(Client.self, from: data, path: file)
            let newerVersion =
                client.schemaVersion > Client.currentSchemaVersion
                ? describeNewerVersion(file, client.schemaVersion) : nil
            if let problem = ClientValidation.problem(in: client, data: data, expectedID: id, path: file) {
                return (.failure(problem), newerVersion)
            }
            return (.success(client), newerVersion)
        } catch {
            if let version = try? JSONDecoder().decode(StoreMarker.Version.self, from: data).schemaVersion,
                version > Client.currentSchemaVersion
            {
                return (.failure(error), describeNewerVersion(file, version))
            }
            return (.failure(error), nil)
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
            settings = try FastJSONDecoder.decode(Settings.self, from: data, path: file)
            if settings.schemaVersion > Client.currentSchemaVersion {
                newerVersionReason = describeNewerVersion(file, settings.schemaVersion)
            }
        } catch {
            settingsProblem = error
        }
    }

    func rebuildViews() {
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
    func suggestions(for id: String) -> [String] {
        let ids = entries.keys.sorted()
        let close = ids.filter { candidate in
            candidate.contains(id) || id.contains(candidate)
                || editDistance(candidate, id) <= max(1, min(candidate.count, id.count) / 4)
        }
        return Array(close.prefix(3))
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

func describeNewerVersion(_ file: String, _ version: Int) -> String {
    "\(file) has schemaVersion \(version), newer than this rapport understands (\(Client.currentSchemaVersion)); "
        + "upgrade rapport to change this store"
}
