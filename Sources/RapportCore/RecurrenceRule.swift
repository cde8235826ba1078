/// A subset of the RFC 5545 recurrence rule (RRULE), for the on-site visits an agreement promises.
///
/// Supported parts: FREQ (WEEKLY or MONTHLY), INTERVAL, BYDAY (numbered days such as `2TU` or `-1FR` with
/// MONTHLY only), BYMONTHDAY (MONTHLY only), BYSETPOS (MONTHLY only), COUNT, UNTIL and WKST. The rule is anchored
/// at a start day, the agreement start, which plays the part of DTSTART. Where RFC 5545 leaves a choice open the
/// rule behaves like python-dateutil's `rrule`, the implementation the tests compare against.
///
/// The initializers validate and normalize: lists are sorted and lose duplicates, so two rules that mean the same
/// thing compare equal and `description` is canonical. Setting a property afterwards skips validation.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    /// The length of the period the rule repeats over.
    public enum Frequency: String, Sendable, Hashable {
        case weekly = "WEEKLY", monthly = "MONTHLY"
    }

    /// A BYDAY entry such as `TU`, `2TU` or `-1FR`.
    public struct DaySpec: Hashable, Sendable, CustomStringConvertible {
        /// Which of the month's matching weekdays: 1 is the first, -1 the last, nil every one.
        public var ordinal: Int?
        public var weekday: Weekday

        /// Creates a BYDAY entry.
        ///
        /// - Parameters:
        ///   - ordinal: 1...5 counts from the start of the month, -5...-1 from its end; nil means every such day.
        ///   - weekday: the day of the week.
        public init(_ ordinal: Int? = nil, _ weekday: Weekday) {
            self.ordinal = ordinal
            self.weekday = weekday
        }

        /// The entry as written in an RRULE, e.g. `-1FR`.
        public var description: String {
            (ordinal.map(String.init) ?? "") + weekday.rawValue
        }
    }

    public var frequency: Frequency
    /// How many weeks or months apart the periods that hold occurrences are.
    public var interval: Int
    public var byDay: [DaySpec]
    /// Days of the month; negative ones count from the end, so -1 is the last day.
    public var byMonthDay: [Int]
    /// Positions within each month's set of matching days; negative ones count from the end.
    public var bySetPos: [Int]
    /// The number of occurrences from the start on, after which the rule stops.
    public var count: Int?
    /// The last day an occurrence may fall on, inclusive.
    public var until: Day?
    /// The first day of the week (WKST); it decides which weeks an INTERVAL above 1 skips.
    public var weekStart: Weekday

    /// Creates a validated rule from its parts.
    ///
    /// - Parameters:
    ///   - frequency: WEEKLY or MONTHLY.
    ///   - interval: 1...99.
    ///   - byDay: the days of the week; numbered ones only with MONTHLY.
    ///   - byMonthDay: 1...31 or -31...-1, only with MONTHLY.
    ///   - bySetPos: 1...366 or -366...-1, only with MONTHLY and with BYDAY or BYMONTHDAY.
    ///   - count: 1...9999 occurrences, or nil.
    ///   - until: the last possible day, or nil; not together with `count`.
    ///   - weekStart: the first day of the week.
    /// - Throws: a `RecurrenceError` naming the first part that is out of range or does not fit the others.
    public init(
        frequency: Frequency, interval: Int = 1, byDay: [DaySpec] = [], byMonthDay: [Int] = [],
        bySetPos: [Int] = [], count: Int? = nil, until: Day? = nil, weekStart: Weekday = .monday
    ) throws(RecurrenceError) {
        self.frequency = frequency
        self.interval = interval
        self.byDay = normalized(byDay) { [$0.weekday.index, signedSortKey($0.ordinal ?? 0)] }
        self.byMonthDay = normalized(byMonthDay) { [signedSortKey($0)] }
        self.bySetPos = normalized(bySetPos) { [signedSortKey($0)] }
        self.count = count
        self.until = until
        self.weekStart = weekStart
        try validate()
    }

    /// The rule as a canonical RRULE, e.g. `FREQ=MONTHLY;BYDAY=1TU,3TU`; parsing it gives back an equal rule.
    public var description: String {
        var parts = ["FREQ=\(frequency.rawValue)"]
        if interval > 1 { parts.append("INTERVAL=\(interval)") }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.description).joined(separator: ",")) }
        if !byMonthDay.isEmpty { parts.append("BYMONTHDAY=" + byMonthDay.map(String.init).joined(separator: ",")) }
        if !bySetPos.isEmpty { parts.append("BYSETPOS=" + bySetPos.map(String.init).joined(separator: ",")) }
        if weekStart != .monday { parts.append("WKST=\(weekStart.rawValue)") }
        if let count { parts.append("COUNT=\(count)") }
        if let until { parts.append("UNTIL=\(pad(until.year, 4))\(pad(until.month, 2))\(pad(until.day, 2))") }
        return parts.joined(separator: ";")
    }

    // MARK: - Validation

    private func validate() throws(RecurrenceError) {
        guard (1...99).contains(interval) else { throw .badInterval(String(interval)) }
        if let count, !(1...9999).contains(count) { throw .badCount(String(count)) }
        if count != nil, until != nil { throw RecurrenceError(message: "COUNT and UNTIL cannot both be given") }
        try validateByDay()
        if frequency == .weekly, !byMonthDay.isEmpty {
            throw RecurrenceError(message: "BYMONTHDAY needs FREQ=MONTHLY")
        }
        if let bad = byMonthDay.first(where: { !isSigned($0, within: 31) }) { throw .badMonthDay(String(bad)) }
        try validateBySetPos()
    }

    private func validateByDay() throws(RecurrenceError) {
        let numbered = byDay.filter { $0.ordinal != nil }
        if frequency == .weekly, let first = numbered.first {
            throw RecurrenceError(
                message: "BYDAY \"\(first)\" needs FREQ=MONTHLY: with WEEKLY give plain days such as "
                    + first.weekday.rawValue)
        }
        if let bad = numbered.first(where: { !isSigned($0.ordinal!, within: 5) }) {
            throw .badOrdinal(bad.description)
        }
        // dateutil keeps only the days matching both kinds, where RFC 5545 means either; refusing the mix
        // keeps the two in agreement.
        if let plain = byDay.first(where: { $0.ordinal == nil }), let first = numbered.first {
            throw RecurrenceError(
                message: "BYDAY cannot mix plain days such as \"\(plain)\" with numbered days such as \"\(first)\"")
        }
    }

    private func validateBySetPos() throws(RecurrenceError) {
        guard !bySetPos.isEmpty else { return }
        // A week holds each weekday once, so with WEEKLY a position only repeats what BYDAY can say; and
        // dateutil counts positions in the first week from the start day, which RFC 5545 does not.
        if frequency == .weekly {
            throw RecurrenceError(
                message: "BYSETPOS needs FREQ=MONTHLY: with WEEKLY, list only the days you want in BYDAY")
        }
        if let bad = bySetPos.first(where: { !isSigned($0, within: 366) }) { throw .badSetPos(String(bad)) }
        if byDay.isEmpty, byMonthDay.isEmpty {
            throw RecurrenceError(message: "BYSETPOS needs BYDAY or BYMONTHDAY, e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
        }
    }

    // MARK: - Presets

    /// A named rule offered when an agreement's visits are set up.
    public struct Preset: Sendable, Hashable {
        public let name: String
        public let rule: RecurrenceRule
    }

    /// Common visit schedules, most used first.
    public static let presets: [Preset] = [
        preset("1st & 3rd Tuesday", "FREQ=MONTHLY;BYDAY=1TU,3TU"),
        preset("2nd & 4th Tuesday", "FREQ=MONTHLY;BYDAY=2TU,4TU"),
        preset("every other Monday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
        preset("every Monday", "FREQ=WEEKLY;BYDAY=MO"),
        preset("weekly on Friday", "FREQ=WEEKLY;BYDAY=FR"),
        preset("last Friday of the month", "FREQ=MONTHLY;BYDAY=-1FR"),
        preset("first Monday of the month", "FREQ=MONTHLY;BYDAY=1MO"),
        preset("monthly on the 1st", "FREQ=MONTHLY;BYMONTHDAY=1"),
        preset("last weekday of the month", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
    ]

    private static func preset(_ name: String, _ text: String) -> Preset {
        // The texts above are fixed and covered by tests, so a parse failure is a programming error.
        Preset(name: name, rule: try! RecurrenceRule(parsing: text))
    }
}

// MARK: - Normalizing lists

/// Orders positive values before negative ones, each ascending, so that `1,3,-1` reads first to last.
///
/// - Parameter value: a day, position or ordinal; 0 sorts first.
/// - Returns: a key that sorts in that order.
private func signedSortKey(_ value: Int) -> Int {
    value >= 0 ? value : 1_000 + value
}

/// Whether a value lies in 1...limit or -limit...-1, the ranges RRULE uses to count from either end.
///
/// - Parameters:
///   - value: the value to check.
///   - limit: the largest magnitude allowed.
/// - Returns: true when the value is allowed.
private func isSigned(_ value: Int, within limit: Int) -> Bool {
    value != 0 && (-limit...limit).contains(value)
}

/// Sorts a list by a key and drops repeated entries.
///
/// - Parameters:
///   - values: the list as given.
///   - key: the sort key, compared lexicographically.
/// - Returns: the sorted list without duplicates.
private func normalized<T: Hashable>(_ values: [T], by key: (T) -> [Int]) -> [T] {
    var seen: Set<T> = []
    return values.filter { seen.insert($0).inserted }.sorted { key($0).lexicographicallyPrecedes(key($1)) }
}

// MARK: - Errors

/// Why a recurrence rule was refused; `message` is written for the person who typed the rule.
public struct RecurrenceError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

// The parser and the validating initializer share these so that text that is not a number and a number out of
// range get the same message.
extension RecurrenceError {
    static func badInterval(_ found: String) -> RecurrenceError {
        RecurrenceError(message: "INTERVAL must be a whole number from 1 to 99, found \"\(found)\"")
    }

    static func badCount(_ found: String) -> RecurrenceError {
        RecurrenceError(message: "COUNT must be a whole number from 1 to 9999, found \"\(found)\"")
    }

    static func badOrdinal(_ found: String) -> RecurrenceError {
        RecurrenceError(message: "BYDAY numbers must be from 1 to 5 or -5 to -1, e.g. 2TU or -1FR, found \"\(found)\"")
    }

    static func badMonthDay(_ found: String) -> RecurrenceError {
        RecurrenceError(message: "BYMONTHDAY must be from 1 to 31 or -31 to -1 (the last day), found \"\(found)\"")
    }

    static func badSetPos(_ found: String) -> RecurrenceError {
        RecurrenceError(message: "BYSETPOS must be from 1 to 366 or -366 to -1, found \"\(found)\"")
    }
}

extension RecurrenceRule: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try RecurrenceRule(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
