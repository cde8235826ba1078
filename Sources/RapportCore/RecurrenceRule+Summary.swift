// MARK: - Plain-English summary

extension RecurrenceRule {
    /// The rule in plain English, e.g. `1st & 3rd Tuesday of the month` or `every other Monday`.
    ///
    /// Rules with no short and exact wording, such as BYDAY together with BYMONTHDAY, are given as RRULE text.
    public var summary: String {
        guard interval >= 1, let phrase = frequency == .weekly ? weeklyPhrase : monthlyPhrase else {
            return description
        }
        if let count { return phrase + (count == 1 ? ", once" : ", \(count) times") }
        if let until { return phrase + ", until \(until)" }
        return phrase
    }

    private var weeklyPhrase: String? {
        guard byMonthDay.isEmpty, bySetPos.isEmpty, byDay.allSatisfy({ $0.ordinal == nil }) else { return nil }
        let names = listed(byDay.map(\.weekday.fullName))
        switch (interval, byDay.count) {
        case (1, 0): return "weekly"
        case (1, _): return "every " + (isWorkweek ? "weekday" : names)
        case (2, 0): return "every other week"
        case (2, 1): return "every other \(names)"
        case (_, 0): return "every \(interval) weeks"
        case (_, 1): return "every \(interval) weeks on \(names)"
        default:
            // Which days share a week, and so are skipped together, depends on WKST; the wording assumes Monday.
            guard weekStart == .monday else { return nil }
            return (interval == 2 ? "every other week" : "every \(interval) weeks") + " on \(names)"
        }
    }

    private var monthlyPhrase: String? {
        let plainDays = byDay.allSatisfy { $0.ordinal == nil }
        let nth: String?
        switch (byDay.isEmpty, byMonthDay.isEmpty, bySetPos.isEmpty) {
        case (true, true, true):
            return interval == 1 ? "monthly" : "every \(interval) months"
        case (true, false, true):
            guard let days = monthDaysPhrase else { return nil }
            return (interval == 1 ? "monthly" : "every \(interval) months") + " on \(days)"
        case (false, true, true) where plainDays:
            // Every such weekday of every month is every such weekday, full stop; with gaps it is no longer short.
            guard interval == 1 else { return nil }
            return "every " + (isWorkweek ? "weekday" : listed(byDay.map(\.weekday.fullName)))
        case (false, true, true):
            nth = numberedDaysPhrase
        case (false, true, false) where plainDays && isWorkweek && bySetPos.count == 1:
            nth = "\(ordinalWord(bySetPos[0])) weekday"
        default:
            nth = nil
        }
        guard let nth else { return nil }
        return interval == 1 ? "\(nth) of the month" : "every \(interval) months on the \(nth)"
    }

    /// Whether BYDAY is exactly Monday to Friday.
    private var isWorkweek: Bool {
        Set(byDay) == Set([Weekday.monday, .tuesday, .wednesday, .thursday, .friday].map { DaySpec(nil, $0) })
    }

    /// Numbered BYDAY entries grouped by weekday, e.g. `1st & 3rd Tuesday and last Friday`.
    private var numberedDaysPhrase: String {
        var groups: [(weekday: Weekday, ordinals: [Int])] = []
        for spec in byDay {
            if groups.last?.weekday == spec.weekday {
                groups[groups.count - 1].ordinals.append(spec.ordinal!)
            } else {
                groups.append((spec.weekday, [spec.ordinal!]))
            }
        }
        return groups.map { listed($0.ordinals.map(ordinalWord)) + " " + $0.weekday.fullName }
            .joined(separator: " and ")
    }

    /// BYMONTHDAY in words: `day 15`, `days 1 & 15` or `the last day`; nil when it mixes the two ends.
    private var monthDaysPhrase: String? {
        if byMonthDay.allSatisfy({ $0 > 0 }) {
            return (byMonthDay.count == 1 ? "day " : "days ") + listed(byMonthDay.map(String.init))
        }
        guard byMonthDay.count == 1 else { return nil }
        return "the \(ordinalWord(byMonthDay[0])) day"
    }
}

/// A counting word: `1st`, `22nd`, `last`, `2nd-to-last`.
///
/// - Parameter value: a position, negative when counted from the end.
/// - Returns: the English ordinal.
private func ordinalWord(_ value: Int) -> String {
    if value == -1 { return "last" }
    if value < 0 { return ordinalWord(-value) + "-to-last" }
    let suffix =
        switch (value % 10, value % 100) {
        case (_, 11...13): "th"
        case (1, _): "st"
        case (2, _): "nd"
        case (3, _): "rd"
        default: "th"
        }
    return "\(value)\(suffix)"
}

/// Joins words as a person would list them: `a`, `a & b`, `a, b & c`.
///
/// - Parameter items: the words, in order.
/// - Returns: the list as one phrase.
private func listed(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " & " + last
}
