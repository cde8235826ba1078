// MARK: - Parsing RRULE text

extension RecurrenceRule {
    /// Parses an RRULE such as `FREQ=MONTHLY;BYDAY=1TU,3TU`.
    ///
    /// Names and values are case-insensitive, a leading `RRULE:` is allowed, and blanks around parts and list items
    /// are ignored, as are empty parts between semicolons.
    ///
    /// - Parameter text: the rule as a person or a file wrote it.
    /// - Throws: a `RecurrenceError` naming the part that is malformed, repeated, out of range or not supported.
    public init(parsing text: String) throws(RecurrenceError) {
        var body = trimmed(Substring(text.uppercased()))
        if body.hasPrefix("RRULE:") { body = trimmed(body.dropFirst("RRULE:".count)) }
        guard !body.isEmpty else {
            throw RecurrenceError(message: "the rule is empty: give one such as FREQ=MONTHLY;BYDAY=1TU")
        }
        var fields = Fields()
        var seen: Set<String> = []
        for part in body.split(separator: ";").map(trimmed) where !part.isEmpty {
            guard let equals = part.firstIndex(of: "="), !trimmed(part[..<equals]).isEmpty else {
                throw RecurrenceError(message: "expected a part such as FREQ=WEEKLY, found \"\(part)\"")
            }
            let name = String(trimmed(part[..<equals]))
            let value = String(trimmed(part[part.index(after: equals)...]))
            guard seen.insert(name).inserted else { throw RecurrenceError(message: "\(name) is given twice") }
            try fields.set(name, to: value)
        }
        guard let frequency = fields.frequency else {
            throw RecurrenceError(message: "FREQ is missing: start the rule with FREQ=WEEKLY or FREQ=MONTHLY")
        }
        try self.init(
            frequency: frequency, interval: fields.interval, byDay: fields.byDay, byMonthDay: fields.byMonthDay,
            bySetPos: fields.bySetPos, count: fields.count, until: fields.until, weekStart: fields.weekStart)
    }
}

/// The parts read so far, before the validating initializer checks how they fit together.
private struct Fields {
    var frequency: RecurrenceRule.Frequency?
    var interval = 1
    var byDay: [RecurrenceRule.DaySpec] = []
    var byMonthDay: [Int] = []
    var bySetPos: [Int] = []
    var count: Int?
    var until: Day?
    var weekStart = Weekday.monday

    /// Reads one `NAME=VALUE` part.
    ///
    /// - Parameters:
    ///   - name: the upper-cased part name.
    ///   - value: the upper-cased value.
    /// - Throws: a `RecurrenceError` when the part is unknown or unsupported or its value cannot be read.
    mutating func set(_ name: String, to value: String) throws(RecurrenceError) {
        guard !value.isEmpty else { throw RecurrenceError(message: "\(name) has no value") }
        switch name {
        case "FREQ":
            guard let frequency = RecurrenceRule.Frequency(rawValue: value) else {
                throw RecurrenceError(message: "unsupported FREQ \"\(value)\": use WEEKLY or MONTHLY")
            }
            self.frequency = frequency
        case "INTERVAL":
            guard let interval = Int(value) else { throw .badInterval(value) }
            self.interval = interval
        case "BYDAY":
            byDay = try list(name, value).map { item throws(RecurrenceError) in try daySpec(item) }
        case "BYMONTHDAY":
            byMonthDay = try list(name, value).map { item throws(RecurrenceError) in
                guard let day = Int(item) else { throw .badMonthDay(item) }
                return day
            }
        case "BYSETPOS":
            bySetPos = try list(name, value).map { item throws(RecurrenceError) in
                guard let position = Int(item) else { throw .badSetPos(item) }
                return position
            }
        case "COUNT":
            guard let count = Int(value) else { throw .badCount(value) }
            self.count = count
        case "UNTIL":
            until = try untilDay(value)
        case "WKST":
            weekStart = try weekday(value, in: name)
        case "BYSECOND", "BYMINUTE", "BYHOUR", "BYYEARDAY", "BYWEEKNO", "BYMONTH":
            throw RecurrenceError(message: "\(name) is not supported")
        default:
            let known = "FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYSETPOS, COUNT, UNTIL or WKST"
            throw RecurrenceError(message: "unknown part \"\(name)\": use \(known)")
        }
    }

    private func list(_ name: String, _ value: String) throws(RecurrenceError) -> [String] {
        let items = value.split(separator: ",", omittingEmptySubsequences: false).map { String(trimmed($0)) }
        guard !items.contains("") else { throw RecurrenceError(message: "\(name) has an empty item in \"\(value)\"") }
        return items
    }

    /// Reads a BYDAY item: an optional signed number followed by a two-letter weekday.
    private func daySpec(_ item: String) throws(RecurrenceError) -> RecurrenceRule.DaySpec {
        let number = item.prefix { "+-0123456789".contains($0) }
        let letters = item.dropFirst(number.count)
        let weekday = try weekday(letters.isEmpty ? item : String(letters), in: "BYDAY")
        guard !number.isEmpty else { return RecurrenceRule.DaySpec(nil, weekday) }
        guard let ordinal = Int(number) else { throw .badOrdinal(item) }
        return RecurrenceRule.DaySpec(ordinal, weekday)
    }

    private func weekday(_ text: String, in name: String) throws(RecurrenceError) -> Weekday {
        guard let weekday = Weekday(rawValue: text) else {
            throw RecurrenceError(message: "unknown weekday \"\(text)\" in \(name): use MO, TU, WE, TH, FR, SA or SU")
        }
        return weekday
    }

    /// Reads `YYYYMMDD` or `YYYYMMDDTHHMMSS` with an optional `Z`, keeping the date: visits are whole days, and an
    /// occurrence on the UNTIL date falls at or before any time given with it.
    private func untilDay(_ text: String) throws(RecurrenceError) -> Day {
        let bad = RecurrenceError(
            message: "UNTIL must be a date such as 20261231 or 20261231T235959Z, found \"\(text)\"")
        let characters = Array(text)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= characters.count,
                range.allSatisfy({ characters[$0].isASCII && characters[$0].isNumber })
            else { return nil }
            return Int(String(characters[range]))
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let date = Day(year: year, month: month, day: day)
        else { throw bad }
        if characters.count == 8 { return date }
        guard characters.count == 15 || (characters.count == 16 && characters[15] == "Z"), characters[8] == "T",
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
            hour < 24, minute < 60, second <= 60
        else { throw bad }
        return date
    }
}

/// A substring without the blanks around it.
///
/// - Parameter text: the text to trim.
/// - Returns: the text without leading and trailing whitespace.
private func trimmed(_ text: Substring) -> Substring {
    let start = text.drop { $0.isWhitespace }
    return start.dropLast(start.reversed().prefix { $0.isWhitespace }.count)
}
