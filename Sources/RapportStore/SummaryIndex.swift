import Foundation
import RapportCore

/// The derived index of client summaries, `.index/summaries` in the store, so that a new process parses only
/// the client files that changed since the index was written.
///
/// It is never the source of truth. Each record is used only while its file's fingerprint still matches, a record
/// that cannot be trusted is read again from the file, and an index that is missing, unreadable or of another format
/// is rebuilt. Deleting it changes no answer, only the speed.
///
/// The file is `CompactEncoder`'s binary form followed by a hash of it, because decoding JSON of the same summaries
/// took most of the time of a report; the hash makes a damaged file count as missing rather than be half-trusted.
enum SummaryIndex {
    /// Names the layout and the summary rule, so that an index written under another rule is rebuilt, not trusted.
    static let format = "rapport-summary-index/1"

    /// The index's own directory, so that its temp files are swept like the store's.
    ///
    /// - Parameter storePath: the store directory.
    /// - Returns: the directory.
    static func directory(storePath: String) -> String { "\(storePath)/.index" }

    /// The index file.
    ///
    /// - Parameter storePath: the store directory.
    /// - Returns: the path.
    static func path(storePath: String) -> String { "\(directory(storePath: storePath))/summaries" }

    /// Reads the index.
    ///
    /// - Parameter storePath: the store directory.
    /// - Returns: an entry per indexed client, by id; empty when there is no usable index.
    static func read(storePath: String) -> [String: Entry] {
        let file = path(storePath: storePath)
        guard let data = try? DurableFile.read(file, shownAs: file), data.count > 8 else { return [:] }
        let bytes = [UInt8](data)
        let payload = bytes.dropLast(8)
        let hash = bytes.suffix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard hash == FileFingerprint.hash(payload),
            let index = try? CompactDecoder().decode(Layout.self, from: Array(payload)), index.format == format
        else { return [:] }
        var entries: [String: Entry] = [:]
        for record in index.records {
            entries[record.summary.client.id] = Entry(
                fingerprint: record.fingerprint, settled: record.settled, content: .client(record.summary))
        }
        return entries
    }

    /// Replaces the index with the readable entries; broken files are left out and read again each time.
    ///
    /// - Parameters:
    ///   - entries: the store's entries by id.
    ///   - storePath: the store directory.
    /// - Returns: whether the index was written; a store on a read-only disk simply goes without.
    static func write(_ entries: [String: Entry], storePath: String) -> Bool {
        let records = entries.keys.sorted().compactMap { id -> Record? in
            guard let entry = entries[id], let summary = entry.summary else { return nil }
            return Record(fingerprint: entry.fingerprint, settled: entry.settled, summary: summary)
        }
        do {
            var bytes = try CompactEncoder().encode(Layout(format: format, records: records))
            withUnsafeBytes(of: FileFingerprint.hash(bytes).littleEndian) { bytes.append(contentsOf: $0) }
            let directory = directory(storePath: storePath)
            try DurableFile.makePrivateDirectory(directory)
            // Ignored from inside, as caches do, so that a store kept in git never commits the index.
            let ignore = "\(directory)/.gitignore"
            if !FileManager.default.fileExists(atPath: ignore) { try DurableFile.write(Data("*\n".utf8), to: ignore) }
            try DurableFile.write(Data(bytes), to: path(storePath: storePath))
            return true
        } catch {
            return false
        }
    }

    /// The file's content.
    private struct Layout: Codable {
        var format: String
        var records: [Record]
    }

    /// One client's summary and the fingerprint of the file it summarizes.
    private struct Record: Codable {
        var fingerprint: FileFingerprint
        var settled: Bool
        var summary: ClientSummary
    }
}
