/// Parses the dates people type: ISO dates, `today`, weekday names and offsets such as `+2w`.
public enum DateInput {
    /// Parses a typed date relative to today.
    ///
    /// Accepted: `YYYY-MM-DD`, `today`, `tomorrow`, `yesterday`, a weekday name or its first three letters
    /// (the next such day, today included, as GNU `date` reads it), and `+3d`, `+2w`, `+1m`, `-5d`; the date must
    /// fall within `plausible`.
    ///
    /// - Parameters:
    ///   - text: what was typed.
    ///   - today: the day the shortcuts are relative to.
    /// - Returns: the date.
    /// - Throws: a `ChangeError` whose message says what was wrong and shows good values.
    public static func parse(_ text: String, today: Day) throws(ChangeError) -> Day {
        let day = try calendarDay(text, today: today)
        guard plausible.contains(day) else {
            let range = "\(plausible.lowerBound) to \(plausible.upperBound)"
            let typed = text.trimmingWhitespace()
            if day.year < 1 || day.year > 9999 { throw ChangeError("\"\(text)\" is too far from today; use \(range)") }
            if Day(typed) == day { throw ChangeError("\"\(text)\" is outside the dates Rapport takes, \(range)") }
            throw ChangeError("\"\(text)\" is \(day), outside the dates Rapport takes, \(range)")
        }
        return day
    }

    /// The dates Rapport takes: an agreement, a visit or a call outside them is a typing mistake, such as a year
    /// of 1900 or 9999, and a date that far off would skew every figure it touches.
    public static let plausible = Day(year: 2000, month: 1, day: 1)!...Day(year: 2099, month: 12, day: 31)!

    /// Whether a day is far enough from today that people should see its year, not just the day and month: over
    /// two years either way, where a mistyped year hides.
    ///
    /// - Parameters:
    ///   - day: the day.
    ///   - today: the current day.
    /// - Returns: true beyond 730 days either way.
    public static func isFar(_ day: Day, from today: Day) -> Bool {
        abs(today.days(until: day)) > 730
    }

    private static func calendarDay(_ text: String, today: Day) throws(ChangeError) -> Day {
        let input = text.trimmingWhitespace().lowercased()
        switch input {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if let weekday = weekday(named: input) {
            return today.adding(days: (weekday.index - today.weekday.index + 7) % 7)
        }
        if let offset = offset(input, today: today) {
            return offset
        }
        if let day = Day(input) {
            return day
        }
        throw ChangeError(reason(for: text))
    }

    /// Example values shown in error messages and help.
    public static let examples = "2026-12-01, today, tomorrow, fri, +3d, +2w, +1m or -5d"

    // MARK: - Pieces

    /// The weekday for a full or three-letter English name (also `tues`, `thur`, `thurs`).
    ///
    /// - Parameter name: a lowercased name.
    /// - Returns: the weekday, or nil.
    static func weekday(named name: String) -> Weekday? {
        guard name.count >= 3 else { return nil }
        let extra = ["tues": Weekday.tuesday, "thur": .thursday, "thurs": .thursday]
        if let day = extra[name] { return day }
        return Weekday.allCases.first { day in
            let full = day.fullName.lowercased()
            return name == full || name == String(full.prefix(3))
        }
    }

    private static func offset(_ input: String, today: Day) -> Day? {
        guard let sign = input.first, sign == "+" || sign == "-", let unit = input.last,
            let amount = Int(input.dropFirst().dropLast()), input.dropFirst().first?.isASCIIDigit == true,
            amount <= 100_000
        else { return nil }
        let n = sign == "-" ? -amount : amount
        switch unit {
        case "d": return today.adding(days: n)
        case "w": return today.adding(days: 7 * n)
        case "m": return today.adding(months: n)
        default: return nil
        }
    }

    /// Explains why text is not a date, naming an impossible calendar date precisely.
    private static func reason(for text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), parts[0].count == 4 {
            if !(1...12).contains(m) {
                return "\"\(text)\" is not a date: there is no month \(m); use for example \(examples)"
            }
            if d < 1 || d > Day.daysIn(year: y, month: m) {
                let monthName = Day.monthNames[m - 1]
                return
                    "\"\(text)\" is not a date: \(monthName) \(y) has \(Day.daysIn(year: y, month: m)) days; use for example \(examples)"
            }
            return "\"\(text)\" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01"
        }
        return "\"\(text)\" is not a date; use for example \(examples)"
    }
}
