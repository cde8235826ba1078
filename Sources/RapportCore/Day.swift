/// A calendar date with no time and no time zone.
///
/// A `Day` is stored as a count of days since 1970-01-01 so that arithmetic
/// and comparison are exact; midnight and daylight-saving shifts cannot move it.
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    /// Creates a day from its ordinal.
    ///
    /// - Parameter ordinal: days since 1970-01-01.
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Creates a day from a year, month and day of month, or returns nil if no such date exists.
    ///
    /// - Parameters:
    ///   - year: the year, 1...9999.
    ///   - month: the month, 1...12.
    ///   - day: the day of the month, 1...31, valid for that month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(year: year, month: month)).contains(day)
        else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    // MARK: - Components

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        let index = ((ordinal % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday.allCases[index]
    }

    /// The first day of this date's month.
    public var startOfMonth: Day { Day(year: year, month: month, day: 1)! }

    /// The number of days in this date's month.
    public var daysInMonth: Int { Day.daysIn(year: year, month: month) }

    // MARK: - Arithmetic

    /// This date moved by a number of days.
    ///
    /// - Parameter days: how many days to add; negative moves back.
    /// - Returns: the new date.
    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// This date moved by whole calendar months, with the day clamped to the end of the target month.
    ///
    /// - Parameter months: how many months to add; negative moves back.
    /// - Returns: the new date, e.g. 31 January plus one month is 28 or 29 February.
    public func adding(months: Int) -> Day {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        // Built from the ordinal rather than the checked initialiser, so that arithmetic far outside years
        // 1...9999 stays defined; callers that take typed input check the range.
        return Day(ordinal: Day.ordinal(year: y, month: m, day: min(c.day, Day.daysIn(year: y, month: m))))
    }

    /// The number of days from this date to another.
    ///
    /// - Parameter other: the later (or earlier) date.
    /// - Returns: `other - self` in days.
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    // MARK: - Calendar facts

    /// Whether a year is a Gregorian leap year.
    ///
    /// - Parameter year: the year.
    /// - Returns: true for leap years.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    ///
    /// - Parameters:
    ///   - year: the year.
    ///   - month: the month, 1...12.
    /// - Returns: 28 to 31.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
