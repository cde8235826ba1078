/// The one parser of what people type into an option, a form field or an imported cell, with one wording for what
/// was wrong and what is accepted. Dates are `DateInput`'s.
///
/// Each function throws a `ChangeError` without a field; the caller names the option, the field or the cell.
public enum Input {
    /// An amount of money, 0 or more, e.g. `900` or `1,250.00`.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the amount.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func money(_ text: String) throws(ChangeError) -> Money {
        guard let money = Money(text) else {
            throw ChangeError("\"\(text)\" is not an amount; use for example 900 or 1,250.00")
        }
        guard money >= .zero else { throw ChangeError("\"\(text)\" must be 0 or more; use for example 900") }
        return money
    }

    /// A number of hours, more than 0 and at most 10,000, e.g. `1.5`.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the hours.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func hours(_ text: String) throws(ChangeError) -> Double {
        guard let hours = Double(text), hours.isFinite else {
            throw ChangeError("\"\(text)\" is not a number of hours; use for example 1.5")
        }
        guard hours > 0 else { throw ChangeError("\"\(text)\" must be more than 0 hours; use for example 1.5") }
        guard hours <= 10_000 else { throw ChangeError("\"\(text)\" is more than 10000 hours; use for example 1.5") }
        return hours
    }

    /// A number of hours that may be zero or negative, such as a correction to an hours bank, e.g. `10` or `-2`;
    /// the change checks the range, since what makes sense depends on the bank.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the hours.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func hoursCorrection(_ text: String) throws(ChangeError) -> Double {
        guard let hours = Double(text), hours.isFinite else {
            throw ChangeError("\"\(text)\" is not a number of hours; use for example 10, 1.5 or -2")
        }
        return hours
    }

    /// A whole percentage from 0 to 100, such as a discount.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the percentage.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func percent(_ text: String) throws(ChangeError) -> Int {
        guard let value = Int(text), (0...100).contains(value) else {
            throw ChangeError("\"\(text)\" is not a percentage; use a whole number from 0 to 100, e.g. 15")
        }
        return value
    }

    /// A whole number, 0 or more and at most 100,000.
    ///
    /// - Parameters:
    ///   - text: what was typed.
    ///   - example: a good value to show.
    /// - Returns: the number.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func count(_ text: String, example: Int = 12) throws(ChangeError) -> Int {
        guard let value = Int(text) else {
            throw ChangeError("\"\(text)\" is not a whole number; use for example \(example)")
        }
        guard value >= 0 else { throw ChangeError("\"\(text)\" must be 0 or more; use for example \(example)") }
        guard value <= 100_000 else { throw ChangeError("\"\(text)\" is more than 100000; use for example \(example)") }
        return value
    }

    /// A survey score, a whole number from 0 to 10.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the score.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func score(_ text: String) throws(ChangeError) -> Int {
        guard let score = Int(text), (0...10).contains(score) else {
            throw ChangeError("\"\(text)\" is not a score; use a whole number from 0 to 10, e.g. 9")
        }
        return score
    }

    /// A time of day on a 24-hour clock, `HH:MM`.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the time.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func time(_ text: String) throws(ChangeError) -> TimeOfDay {
        guard let time = TimeOfDay(text) else {
            throw ChangeError("\"\(text)\" is not a time; use HH:MM on a 24-hour clock, e.g. 09:00 or 14:30")
        }
        return time
    }

    /// A local date and time, `YYYY-MM-DD HH:MM`.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the moment.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func dayTime(_ text: String) throws(ChangeError) -> DayTime {
        guard let value = DayTime(text) else {
            throw ChangeError("\"\(text)\" is not a date and time; use YYYY-MM-DD HH:MM, e.g. 2027-01-08 17:50")
        }
        return value
    }

    /// A comma-separated list, each entry trimmed and empty ones left out, e.g. `exchange, quickbooks`.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the entries.
    public static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// A month, `YYYY-MM`, as its first day.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the first day of the month.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func month(_ text: String) throws(ChangeError) -> Day {
        guard text.count == 7, let day = Day(text + "-01") else {
            throw ChangeError("\"\(text)\" is not a month; use YYYY-MM, e.g. 2027-01")
        }
        return day
    }

    /// A visit rule: the name of a preset, such as `1st & 3rd Tuesday of the month`, or an RFC 5545 RRULE.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the rule.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func rule(_ text: String) throws(ChangeError) -> RecurrenceRule {
        if let preset = RecurrenceRule.presets.first(where: { $0.name == text }) { return preset.rule }
        do {
            return try RecurrenceRule(parsing: text)
        } catch {
            throw ChangeError("\(error.message); for example FREQ=MONTHLY;BYDAY=1TU,3TU")
        }
    }
}
