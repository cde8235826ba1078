import Foundation
import RapportCore

/// The derived index of client summaries, `.index/parts/` in the store, so that a new process parses only the
/// client files that changed since the index was written.
///
/// It is never the source of truth. Each record is used only while its file's fingerprint still matches, a record
/// that cannot be trusted is read again from the file, and a part that is missing, unreadable or of another format
/// is rebuilt. Deleting it changes no answer, only the speed.
///
/// The index is a fixed number of part files, and a client always goes to the part its id hashes to, so that a
/// refresh after a sync rewrites only the parts of the clients that changed: ten files a sync brought in rewrite at
/// most ten parts, whatever the size of the store. Each part is a format line, then its records in
/// `CompactEncoder`'s binary form, then a hash of all that: decoding JSON of the same summaries took most of the time
/// of a report, and the hash makes a damaged part count as missing rather than be half-trusted. Parts are decoded in
/// parallel.
struct SummaryIndex {
    /// Names the layout and the summary rule, and carries a hash of the records' shape in this build, so that an
    /// index written under another rule or by a build with other types is rebuilt, not trusted.
    static let format = "rapport-summary-index/4 shape:\(String(FileFingerprint.hash(Array(shape.utf8)), radix: 16))"
    /// How many parts the clients are spread over: a thousand clients come to about sixteen a part, and a store of
    /// fifty clients still reads its parts in a millisecond.
    static let partCount = 64

    /// The store directory.
    let storePath: String

    /// The index's own directory, so that its temp files are swept like the store's.
    ///
    /// - Parameter storePath: the store directory.
    /// - Returns: the directory.
    static func directory(storePath: String) -> String { "\(storePath)/.index" }

    /// The directory of the parts: the whole index, as far as deleting it goes.
    var path: String { "\(SummaryIndex.directory(storePath: storePath))/parts" }

    /// The part a client's record is kept in, from its id alone, so that reading needs no table of where each
    /// client went.
    ///
    /// - Parameter id: the client id.
    /// - Returns: the part's number.
    static func part(of id: String) -> Int { Int(FileFingerprint.hash(Array(id.utf8)) % UInt64(partCount)) }

    /// A part's file.
    ///
    /// - Parameter part: the part's number.
    /// - Returns: the path.
    func file(ofPart part: Int) -> String { "\(path)/\(part)" }

    /// Reads the index.
    ///
    /// - Returns: an entry per indexed client, by id; a client whose part is missing or damaged is left out, and so
    ///   read from its file.
    func read() -> [String: Entry] {
        let decoded = Parts<[Record]>(count: SummaryIndex.partCount)
        DispatchQueue.concurrentPerform(iterations: SummaryIndex.partCount) { part in
            guard let data = try? DurableFile.read(file(ofPart: part), shownAs: path),
                let records = SummaryIndex.records(in: [UInt8](data)),
                records.allSatisfy({ SummaryIndex.part(of: $0.summary.client.id) == part })
            else { return }
            decoded.set(part, records)
        }
        var entries: [String: Entry] = [:]
        for record in decoded.done.joined() {
            entries[record.summary.client.id] = Entry(
                fingerprint: record.fingerprint, settled: record.settled, content: .client(record.summary))
        }
        return entries
    }

    /// Rewrites the parts that hold a changed client, from the readable entries; broken files are left out and read
    /// again each time.
    ///
    /// - Parameters:
    ///   - entries: the store's entries by id.
    ///   - changed: the ids whose entries changed, appeared or went since the index was last read or written.
    /// - Returns: whether every part was written; a store on a read-only disk simply goes without.
    func write(_ entries: [String: Entry], changed: Set<String>) -> Bool {
        let parts = Set(changed.map(SummaryIndex.part(of:))).sorted()
        var grouped = Dictionary(uniqueKeysWithValues: parts.map { ($0, [Record]()) })
        for id in entries.keys.sorted() {
            let part = SummaryIndex.part(of: id)
            guard grouped[part] != nil, let entry = entries[id], let summary = entry.summary else { continue }
            grouped[part]?.append(Record(fingerprint: entry.fingerprint, settled: entry.settled, summary: summary))
        }
        let records = grouped
        do {
            let directory = SummaryIndex.directory(storePath: storePath)
            try DurableFile.makePrivateDirectory(directory)
            // Ignored from inside, as caches do, so that a store kept in git never commits the index.
            let ignore = "\(directory)/.gitignore"
            if !FileManager.default.fileExists(atPath: ignore) { try DurableFile.write(Data("*\n".utf8), to: ignore) }
            try DurableFile.makePrivateDirectory(path)
            // The one file that builds before the parts kept the whole index in.
            unlink("\(directory)/summaries")
        } catch {
            return false
        }
        let written = Parts<Bool>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { slot in
            let part = parts[slot]
            let file = file(ofPart: part)
            guard let partRecords = records[part], !partRecords.isEmpty else {
                written.set(slot, unlink(file) == 0 || errno == ENOENT)
                return
            }
            guard let encoded = try? CompactEncoder().encode(partRecords) else { return written.set(slot, false) }
            var bytes = Array("\(SummaryIndex.format)\n".utf8) + encoded
            withUnsafeBytes(of: FileFingerprint.hash(bytes).littleEndian) { bytes.append(contentsOf: $0) }
            // Not flushed: a lost or torn part fails its hash or its fingerprints and is rebuilt.
            written.set(slot, (try? DurableFile.write(Data(bytes), to: file, flushed: false)) != nil)
        }
        return !written.done.contains(false)
    }

    // MARK: - Layout

    /// The records of a part's file, when its format line and hash hold.
    ///
    /// - Parameter bytes: the file.
    /// - Returns: the records, or nil when the file is of another format, damaged or cut short.
    private static func records(in bytes: [UInt8]) -> [Record]? {
        let header = Array("\(format)\n".utf8)
        guard bytes.count >= header.count + 8, bytes.starts(with: header) else { return nil }
        let end = bytes.count - 8
        let hash = bytes[end...].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard hash == FileFingerprint.hash(bytes[..<end]) else { return nil }
        return try? CompactDecoder().decode([Record].self, from: Array(bytes[header.count..<end]))
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

        /// The values set so far, in the parts' order.
        var done: [Value] {
            lock.withLock { values.compactMap { $0 } }
        }
    }

    /// One client's summary and the fingerprint of the file it summarizes.
    struct Record: Codable {
        var fingerprint: FileFingerprint
        var settled: Bool
        var summary: ClientSummary
    }
}
