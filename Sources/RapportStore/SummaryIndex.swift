import Foundation
import RapportCore

/// The derived index of client summaries, `.index/summaries` in the store, so that a new process parses only
/// the client files that changed since the index was written.
///
/// It is never the source of truth. Each record is used only while its file's fingerprint still matches, a record
/// that cannot be trusted is read again from the file, and an index that is missing, unreadable or of another format
/// is rebuilt. Deleting it changes no answer, only the speed.
///
/// The file is a format line, then the records in `CompactEncoder`'s binary form in a few parts that are decoded in
/// parallel, then a hash of all that: decoding JSON of the same summaries took most of the time of a report, and the
/// hash makes a damaged file count as missing rather than be half-trusted.
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

    /// How many parts the records are written in, so that reading can decode them on several cores at once.
    static let parts = 8

    /// Reads the index.
    ///
    /// - Parameter storePath: the store directory.
    /// - Returns: an entry per indexed client, by id; empty when there is no usable index.
    static func read(storePath: String) -> [String: Entry] {
        let file = path(storePath: storePath)
        guard let data = try? DurableFile.read(file, shownAs: file), let parts = parts(of: [UInt8](data)) else {
            return [:]
        }
        let decoded = Decoded(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            decoded.set(part, try? CompactDecoder().decode([Record].self, from: Array(parts[part])))
        }
        guard let records = decoded.all else { return [:] }
        var entries: [String: Entry] = [:]
        for record in records {
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
            var bytes = Array("\(format)\n".utf8)
            let size = (records.count + parts - 1) / parts
            for start in stride(from: 0, to: max(records.count, 1), by: max(size, 1)) {
                let part = try CompactEncoder().encode(Array(records[start..<min(start + size, records.count)]))
                withUnsafeBytes(of: UInt32(part.count).littleEndian) { bytes.append(contentsOf: $0) }
                bytes.append(contentsOf: part)
            }
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

    // MARK: - Layout

    /// Splits the file into its parts: the format line, then each part's length and bytes, then a hash of all that.
    ///
    /// - Parameter bytes: the file.
    /// - Returns: the parts, or nil when the hash, the format or a length does not hold.
    private static func parts(of bytes: [UInt8]) -> [ArraySlice<UInt8>]? {
        let header = Array("\(format)\n".utf8)
        guard bytes.count >= header.count + 8, bytes.starts(with: header) else { return nil }
        let end = bytes.count - 8
        let hash = bytes[end...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard hash == FileFingerprint.hash(bytes[..<end]) else { return nil }
        var parts: [ArraySlice<UInt8>] = []
        var offset = header.count
        while offset < end {
            guard end - offset >= 4 else { return nil }
            let length = (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
            offset += 4
            guard length <= end - offset else { return nil }
            parts.append(bytes[offset..<offset + length])
            offset += length
        }
        return parts
    }

    /// The parts decoded so far, filled in from several threads.
    private final class Decoded: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [[Record]?]

        init(count: Int) {
            parts = Array(repeating: nil, count: count)
        }

        func set(_ part: Int, _ records: [Record]?) {
            lock.withLock { parts[part] = records }
        }

        /// Every record in order, or nil when a part failed to decode.
        var all: [Record]? {
            lock.withLock { parts.contains { $0 == nil } ? nil : parts.flatMap { $0! } }
        }
    }

    /// One client's summary and the fingerprint of the file it summarizes.
    private struct Record: Codable {
        var fingerprint: FileFingerprint
        var settled: Bool
        var summary: ClientSummary
    }
}
