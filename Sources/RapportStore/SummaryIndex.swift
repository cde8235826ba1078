import Foundation
import RapportCore

/// The derived index of client summaries, `.index/summaries` in the store, so that a new process parses only
/// the client files that changed since the index was written.
///
/// It is never the source of truth. Each record is used only while its file's fingerprint still matches, a record
/// that cannot be trusted is read again from the file, and an index that is missing, unreadable or of another format
/// is rebuilt. Deleting it changes no answer, only the speed.
///
/// The file is a format line, then the records in `CompactEncoder`'s binary form in small parts that are decoded in
/// parallel, then a hash of all that: decoding JSON of the same summaries took most of the time of a report, and the
/// hash makes a damaged file count as missing rather than be half-trusted.
struct SummaryIndex {
    /// Names the layout and the summary rule, and carries a hash of the records' shape in this build, so that an
    /// index written under another rule or by a build with other types is rebuilt, not trusted.
    static let format = "rapport-summary-index/3 shape:\(String(FileFingerprint.hash(Array(shape.utf8)), radix: 16))"
    /// How many clients' records each part holds. Reading decodes the parts on every core at once, and a write
    /// re-encodes only the parts whose clients changed, so small parts keep a refresh in proportion to the files
    /// that changed: ten files a sync brought in re-encode at most ten parts of a thousand clients' sixty-three.
    static let clientsPerPart = 16

    /// The store directory.
    let storePath: String
    /// Each part as last read or written, by the ids of its clients, reused while none of them changed.
    private var encoded: [[String]: ArraySlice<UInt8>] = [:]

    /// An index of a store, not yet read.
    ///
    /// - Parameter storePath: the store directory.
    init(storePath: String) {
        self.storePath = storePath
    }

    /// The index file.
    var path: String { SummaryIndex.path(storePath: storePath) }

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
    /// - Returns: an entry per indexed client, by id; empty when there is no usable index.
    mutating func read() -> [String: Entry] {
        guard let data = try? DurableFile.read(path, shownAs: path), let parts = SummaryIndex.parts(of: [UInt8](data))
        else { return [:] }
        let decoded = Parts<[Record]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            decoded.set(part, try? CompactDecoder().decode([Record].self, from: Array(parts[part])))
        }
        guard let records = decoded.all else { return [:] }
        encoded = Dictionary(
            zip(records, parts).map { records, bytes in (records.map(\.summary.client.id), bytes) },
            uniquingKeysWith: { first, _ in first })
        var entries: [String: Entry] = [:]
        for record in records.joined() {
            entries[record.summary.client.id] = Entry(
                fingerprint: record.fingerprint, settled: record.settled, content: .client(record.summary))
        }
        return entries
    }

    /// Replaces the index with the readable entries; broken files are left out and read again each time.
    ///
    /// - Parameters:
    ///   - entries: the store's entries by id.
    ///   - changed: the ids whose entries changed, appeared or went since the index was last read or written.
    /// - Returns: whether the index was written; a store on a read-only disk simply goes without.
    mutating func write(_ entries: [String: Entry], changed: Set<String>) -> Bool {
        let records = entries.keys.sorted().compactMap { id -> Record? in
            guard let entry = entries[id], let summary = entry.summary else { return nil }
            return Record(fingerprint: entry.fingerprint, settled: entry.settled, summary: summary)
        }
        let size = SummaryIndex.clientsPerPart
        let slices = stride(from: 0, to: max(records.count, 1), by: size).map {
            records[$0..<min($0 + size, records.count)]
        }
        let ids = slices.map { $0.map(\.summary.client.id) }
        let known = encoded
        let fresh = Parts<ArraySlice<UInt8>>(count: slices.count)
        // Encoding costs as much as decoding, so a part none of whose clients changed keeps its bytes.
        DispatchQueue.concurrentPerform(iterations: slices.count) { part in
            if let bytes = known[ids[part]], !ids[part].contains(where: changed.contains) {
                fresh.set(part, bytes)
            } else {
                fresh.set(part, (try? CompactEncoder().encode(Array(slices[part])))?[...])
            }
        }
        guard let encodedParts = fresh.all else { return false }
        do {
            var bytes = Array("\(SummaryIndex.format)\n".utf8)
            for part in encodedParts {
                withUnsafeBytes(of: UInt32(part.count).littleEndian) { bytes.append(contentsOf: $0) }
                bytes.append(contentsOf: part)
            }
            withUnsafeBytes(of: FileFingerprint.hash(bytes).littleEndian) { bytes.append(contentsOf: $0) }
            let directory = SummaryIndex.directory(storePath: storePath)
            try DurableFile.makePrivateDirectory(directory)
            // Ignored from inside, as caches do, so that a store kept in git never commits the index.
            let ignore = "\(directory)/.gitignore"
            if !FileManager.default.fileExists(atPath: ignore) { try DurableFile.write(Data("*\n".utf8), to: ignore) }
            // Not flushed: a lost or torn index fails its hash or its fingerprints and is rebuilt.
            try DurableFile.write(Data(bytes), to: path, flushed: false)
            encoded = Dictionary(zip(ids, encodedParts).map { ($0, $1) }, uniquingKeysWith: { first, _ in first })
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

    /// The parts encoded or decoded so far, filled in from several threads.
    private final class Parts<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Value?]

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func set(_ part: Int, _ value: Value?) {
            lock.withLock { values[part] = value }
        }

        /// Every part in order, or nil when one failed.
        var all: [Value]? {
            lock.withLock {
                let done = values.compactMap { $0 }
                return done.count == values.count ? done : nil
            }
        }
    }

    /// One client's summary and the fingerprint of the file it summarizes.
    struct Record: Codable {
        var fingerprint: FileFingerprint
        var settled: Bool
        var summary: ClientSummary
    }
}
