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
    public internal(set) var settings: Settings
    /// How long a write waits for another process's lock, in seconds.
    public var lockTimeout: Double = 10
    /// Test seam for making durable writes fail.
    public var faults = FaultInjection.none
    /// A stamp every write puts on what it touches instead of the clock's, and ids derived from each document
    /// instead of random ones: for stores that must come out byte for byte the same, such as the benchmark's.
    public var pinnedStamp: Stamp?
    /// Whether the summary index on disk is read and written; without it every file is parsed.
    public let usesIndex: Bool

    var loadedEntries: [String: Entry] = [:]
    var loaded = false
    /// The derived summary index on disk.
    let index: SummaryIndex
    /// The ids whose entries changed, appeared or went since the index was last read or written.
    var indexChanges: Set<String> = []
    /// The ids whose file, as last read, this process decoded through the strict syntax check, so that `check()`
    /// need not scan it again; files vouched for by the index are not among them.
    var syntaxChecked: Set<String> = []
    /// Whole documents read for days before their summary's `exactFrom`, by id, dropped when the file changes.
    var wholeDocuments: [String: Client] = [:]
    var sortedIDs: [String] = []
    var fileProblems: [FileProblem] = []
    var settingsFingerprint: FileFingerprint?
    var settingsProblem: FileProblem?
    /// Set when `rapport.json` or a file read so far was written by a newer rapport.
    var newerVersionReason: String?

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
}
