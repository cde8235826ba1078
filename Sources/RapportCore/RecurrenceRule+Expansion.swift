// MARK: - Occurrences

extension RecurrenceRule {
    /// The days the rule falls on within a window.
    ///
    /// The start plays the part of DTSTART, as in python-dateutil: it is an occurrence only if it matches the rule,
    /// and COUNT counts the occurrences from it on. When the rule has no COUNT, expansion begins at the period that
    /// holds the window, so the cost depends on the window and not on the age of the agreement.
    ///
    /// - Parameters:
    ///   - start: the day the rule is anchored at, normally the agreement start; nothing falls before it.
    ///   - from: the first day of the window.
    ///   - through: the last day of the window, inclusive.
    /// - Returns: the occurrences within the window, in order.
    public func occurrences(anchoredAt start: Day, from: Day, through: Day) -> [Day] {
        let first = max(from, start)
        let last = min(through, until ?? through, Expansion.latestDay)
        guard first <= last, (count ?? 1) > 0 else { return [] }
        let expansion = Expansion(rule: self, start: start)
        var result: [Day] = []
        var remaining = count ?? .max
        // The loop stops at the window's last period at the latest, so a rule that rarely or never matches costs
        // one pass over the window.
        var period = count == nil ? expansion.period(holding: first) : 0
        while let days = expansion.days(inPeriod: period, notAfter: last) {
            for day in days where day >= start {
                if day > last { return result }
                if day >= first { result.append(day) }
                remaining -= 1
                if remaining == 0 { return result }
            }
            period += 1
        }
        return result
    }
}

/// The rule with its defaults filled in from the start day, cut into periods of one week or one month.
///
/// Weekdays are kept as indices (0 is Monday) because this runs for every client on every render.
private struct Expansion {
    /// dateutil stops at the year 9999, and `Day(year:month:day:)` cannot go past it.
    static let latestDay = Day(year: 9999, month: 12, day: 31)!

    let frequency: RecurrenceRule.Frequency
    let interval: Int
    /// For WEEKLY, how many days after the first day of a week the rule falls, in order: BYDAY's weekdays, or the
    /// start's weekday when BYDAY is empty.
    let weekOffsets: [Int]
    /// For MONTHLY, BYDAY's weekday indices with their ordinals.
    let daySpecs: [(weekday: Int, ordinal: Int?)]
    /// BYMONTHDAY, or the start's day of the month for a MONTHLY rule with neither BYDAY nor BYMONTHDAY.
    let monthDays: [Int]
    let setPositions: [Int]
    /// The first day of the week that holds the start, for WEEKLY.
    let firstWeek: Day
    /// The start's month as a count of months from January of the year 0, for MONTHLY.
    let firstMonth: Int

    init(rule: RecurrenceRule, start: Day) {
        frequency = rule.frequency
        // Properties set after validation may hold anything; a step below 1 would never advance.
        interval = max(1, rule.interval)
        let hasNoFilter = rule.byDay.isEmpty && rule.byMonthDay.isEmpty
        let startWeekday = start.weekday.index
        let weekStart = rule.weekStart.index
        let weekdays = frequency == .weekly && hasNoFilter ? [startWeekday] : rule.byDay.map(\.weekday.index)
        weekOffsets = (0..<7).filter { weekdays.contains(($0 + weekStart) % 7) }
        daySpecs = rule.byDay.map { ($0.weekday.index, $0.ordinal) }
        monthDays = frequency == .monthly && hasNoFilter ? [start.day] : rule.byMonthDay
        setPositions = rule.bySetPos
        firstWeek = start.adding(days: -((startWeekday - weekStart + 7) % 7))
        firstMonth = start.year * 12 + start.month - 1
    }

    /// The index of the period that holds a day, or of the last one before it when the day falls between periods.
    ///
    /// - Parameter day: a day on or after the start.
    /// - Returns: 0 for the start's period, 1 for the next one, and so on.
    func period(holding day: Day) -> Int {
        switch frequency {
        case .weekly: max(0, firstWeek.days(until: day) / (7 * interval))
        case .monthly: max(0, (day.year * 12 + day.month - 1 - firstMonth) / interval)
        }
    }

    /// The days of a period that the rule selects, in order.
    ///
    /// - Parameters:
    ///   - period: the period index, 0 for the start's.
    ///   - last: the last day of interest.
    /// - Returns: the selected days, possibly none, or nil when the period begins after `last`.
    func days(inPeriod period: Int, notAfter last: Day) -> [Day]? {
        switch frequency {
        case .weekly:
            let weekStart = firstWeek.adding(days: period * 7 * interval)
            guard weekStart <= last else { return nil }
            return weekOffsets.map { weekStart.adding(days: $0) }
        case .monthly:
            let month = firstMonth + period * interval
            let (year, monthOfYear) = (month / 12, month % 12 + 1)
            guard let monthStart = Day(year: year, month: monthOfYear, day: 1), monthStart <= last else { return nil }
            let length = Day.daysIn(year: year, month: monthOfYear)
            let firstWeekday = monthStart.weekday.index
            let matching = (1...length).filter { matches($0, weekday: (firstWeekday + $0 - 1) % 7, length: length) }
            return selectPositions(in: matching).map { monthStart.adding(days: $0 - 1) }
        }
    }

    /// Whether a day of the month matches BYDAY and BYMONTHDAY; when both are given it must match both.
    private func matches(_ dayOfMonth: Int, weekday: Int, length: Int) -> Bool {
        if !monthDays.isEmpty, !monthDays.contains(dayOfMonth), !monthDays.contains(dayOfMonth - length - 1) {
            return false
        }
        guard !daySpecs.isEmpty else { return true }
        let nth = (dayOfMonth - 1) / 7 + 1
        let nthFromEnd = -((length - dayOfMonth) / 7 + 1)
        return daySpecs.contains { spec in
            spec.weekday == weekday && (spec.ordinal == nil || spec.ordinal == nth || spec.ordinal == nthFromEnd)
        }
    }

    /// Applies BYSETPOS to one month's matching days, counting over the whole month, days before the start too.
    private func selectPositions(in days: [Int]) -> [Int] {
        guard !setPositions.isEmpty else { return days }
        let picked = setPositions.compactMap { position -> Int? in
            let index = position > 0 ? position - 1 : days.count + position
            return days.indices.contains(index) ? days[index] : nil
        }
        return Set(picked).sorted()
    }
}
