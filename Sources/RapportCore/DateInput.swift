/// Parses the dates people type: ISO dates, `today`, weekday names and offsets such as `+2w`.
public enum DateInput {
    /// Parses a typed date relative to today.
    ///
    /// Accepted: `YYYY-MM-DD`, `today`, `tomorrow`, `yesterday`, a weekday name or its first three letters
    /// (the next such day, today included, as GNU `date` reads it), and `+3d`, `+2w`, `+1m`, `-5d`.
    ///
    /// - Parameters:
    ///   - text: what was typed.
    ///   - today: the day the shortcuts are relative to.
    /// - Returns: the date.
    /// - Throws: a `ChangeError` whose message says what was wrong and shows good values.
    public static func parse(_ text: String, today: Day) throws(ChangeError) -> Day {
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
            guard (1...9999).contains(offset.year) else {
                throw ChangeError("\"\(text)\" is too far from today; use a date between years 1 and 9999")
            }
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
