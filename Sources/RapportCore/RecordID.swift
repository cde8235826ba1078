import SeededRandom

/// The ids of records: ULIDs, unique on every machine and sortable by the time they were made.
///
/// An id is 26 characters of Crockford's base 32, lowercase: 48 bits of milliseconds since 1970, then 80 random
/// bits. Two laptops that each log a call offline make two different ids, so a merge keeps both, and sorting ids
/// sorts records by when they were made. Nothing in a file counts its records.
public enum RecordID {
    /// Crockford's base 32, lowercase: no i, l, o or u, so that an id read aloud or typed is not mistaken.
    static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    /// An id for a moment and 80 bits of randomness.
    ///
    /// - Parameters:
    ///   - milliseconds: milliseconds since 1970-01-01 UTC.
    ///   - high: the first 16 random bits.
    ///   - low: the other 64 random bits.
    /// - Returns: the id, 26 characters.
    public static func make(milliseconds: Int64, high: UInt16, low: UInt64) -> String {
        var characters = [UInt8](repeating: 0, count: 26)
        var time = UInt64(max(0, milliseconds)) & 0xFFFF_FFFF_FFFF
        for index in stride(from: 9, through: 0, by: -1) {
            characters[index] = alphabet[Int(time & 31)]
            time >>= 5
        }
        // 80 bits: the low 64, then the high 16, five bits a character from the end.
        var random = (high: UInt64(high), low: low)
        for index in stride(from: 25, through: 10, by: -1) {
            characters[index] = alphabet[Int(random.low & 31)]
            random.low = (random.low >> 5) | ((random.high & 31) << 59)
            random.high >>= 5
        }
        return String(decoding: characters, as: UTF8.self)
    }

    /// The id a record gets when it is given one from what it holds rather than made, as when a version 1 file is
    /// migrated: every machine that migrates the same file gives its records the same ids, which still sort by day.
    ///
    /// - Parameters:
    ///   - day: the record's day, which gives the time part (midnight UTC).
    ///   - key: what tells the record apart within the whole store, such as `acme-dental/touchpoints/t9`.
    /// - Returns: the id.
    public static func derived(day: Day, key: String) -> String {
        var generator = SplitMix64(seed: fnv1a(key))
        let milliseconds = Int64(epoch.days(until: day)) * 86_400_000
        return make(
            milliseconds: milliseconds, high: UInt16(truncatingIfNeeded: generator.next()), low: generator.next())
    }

    /// Finds the one id that starts with what was typed, as git finds a commit from a short hash.
    ///
    /// - Parameters:
    ///   - typed: a whole id or the start of one, in either case.
    ///   - ids: the ids it may name.
    ///   - field: the input field, for the error.
    /// - Returns: the whole id.
    /// - Throws: `ChangeError` when no id or more than one starts that way.
    public static func resolve(_ typed: String, among ids: [String], field: String) throws(ChangeError) -> String {
        let prefix = typed.lowercased()
        let matches = ids.filter { $0.hasPrefix(prefix) }
        guard !prefix.isEmpty, let first = matches.first else {
            throw ChangeError(field: field, "no record has an id starting \"\(typed)\"")
        }
        guard matches.count == 1 else {
            let shown = matches.prefix(3).map { short($0, among: ids) }.joined(separator: ", ")
            throw ChangeError(field: field, "\"\(typed)\" starts \(matches.count) ids (\(shown)); type more of it")
        }
        return first
    }

    /// The shortest start of an id, eight characters at least, that no other id shares: what lists show.
    ///
    /// - Parameters:
    ///   - id: the id.
    ///   - ids: the ids it must stand apart from.
    /// - Returns: the short form.
    public static func short(_ id: String, among ids: [String]) -> String {
        let shared = ids.lazy.filter { $0 != id }.map { other in zip(id, other).prefix { $0 == $1 }.count }.max() ?? 0
        return String(id.prefix(max(8, shared + 1)))
    }

    /// 1970-01-01, where the time part counts from.
    static let epoch = Day(year: 1970, month: 1, day: 1)!

    /// FNV-1a: a stable hash of text, the same on every machine and in every run, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}

/// Makes the ids of the records that changes create, from a moment and a seed the store gives it.
///
/// Each id is a millisecond later than the one before, so records made by one change sort in the order they were
/// made. The store seeds it with real randomness; tests and the demo with fixed numbers.
public struct RecordIDs: Sendable {
    private var milliseconds: Int64
    private var generator: SplitMix64

    /// - Parameters:
    ///   - milliseconds: the moment, in milliseconds since 1970-01-01 UTC.
    ///   - seed: the randomness.
    public init(milliseconds: Int64, seed: UInt64) {
        self.milliseconds = milliseconds
        generator = SplitMix64(seed: seed)
    }

    /// Ids for records made on a day, from a seed: what the demo and tests use so that their stores are the same on
    /// every run.
    ///
    /// - Parameters:
    ///   - day: the day, whose midnight UTC is the first id's time.
    ///   - seed: the randomness.
    public init(day: Day, seed: UInt64) {
        self.init(milliseconds: Int64(RecordID.epoch.days(until: day)) * 86_400_000, seed: seed)
    }

    /// The next id.
    public mutating func next() -> String {
        defer { milliseconds += 1 }
        return RecordID.make(
            milliseconds: milliseconds, high: UInt16(truncatingIfNeeded: generator.next()), low: generator.next())
    }
}
