/// When the consultancy is open: hours per weekday and the holidays it is closed, against which response promises
/// are counted.
///
/// Times are wall-clock times. On the day the clocks change, a day open 08:00 to 18:00 still counts 600 minutes:
/// the change happens at night, outside any business hours that matter, and the promise is what the client reads on
/// the clock on the wall.
public struct BusinessHours: Codable, Sendable, Equatable {
    /// The opening hours of the days open, by weekday; a weekday not listed is closed.
    public var week: [OpeningHours]
    /// Days closed, whatever their weekday.
    public var holidays: [Day]

    public init(week: [OpeningHours] = BusinessHours.standardWeek, holidays: [Day] = []) {
        self.week = week
        self.holidays = holidays
    }

    /// Monday to Friday, 08:00 to 18:00.
    public static let standardWeek = [Weekday.monday, .tuesday, .wednesday, .thursday, .friday].map {
        OpeningHours(day: $0, open: TimeOfDay(hour: 8, minute: 0)!, close: TimeOfDay(hour: 18, minute: 0)!)
    }

    /// How far ahead a deadline is looked for before giving up, in days: a week with no open day never reaches one.
    static let horizonDays = 800

    /// The hours a day is open, as minutes of the day, or nil when closed.
    ///
    /// - Parameter day: the day.
    /// - Returns: the open and close minutes.
    public func opening(on day: Day) -> Range<Int>? {
        guard !holidays.contains(day), let hours = week.first(where: { $0.day == day.weekday }),
            hours.open < hours.close
        else { return nil }
        return hours.open.minutes..<hours.close.minutes
    }

    /// Whether a moment is within business hours, its closing minute included.
    ///
    /// - Parameter moment: the moment.
    /// - Returns: true when open then.
    public func isOpen(at moment: DayTime) -> Bool {
        guard let open = opening(on: moment.day) else { return false }
        return open.contains(moment.time.minutes) || moment.time.minutes == open.upperBound
    }

    /// The moment a number of business minutes after another: the deadline of a promise.
    ///
    /// A request made outside hours starts counting when business opens; a promise that ends at closing time is
    /// due at closing time, not the next morning.
    ///
    /// - Parameters:
    ///   - start: when the request came in.
    ///   - minutes: the promise, in business minutes, more than 0.
    /// - Returns: the deadline, or nil when the hours hold no open day within `horizonDays`.
    public func deadline(from start: DayTime, adding minutes: Int) -> DayTime? {
        var remaining = minutes
        for offset in 0..<BusinessHours.horizonDays {
            let day = start.day.adding(days: offset)
            guard let open = opening(on: day) else { continue }
            let from = offset == 0 ? max(open.lowerBound, start.time.minutes) : open.lowerBound
            let available = open.upperBound - from
            guard available > 0 else { continue }
            if remaining <= available {
                return DayTime(minutes: day.ordinal * 1440 + from + remaining)
            }
            remaining -= available
        }
        return nil
    }

    /// The business minutes between two moments: how long a response took as the promise counts it.
    ///
    /// - Parameters:
    ///   - start: the earlier moment.
    ///   - end: the later moment.
    /// - Returns: the minutes, 0 when `end` is not after `start`.
    public func minutes(from start: DayTime, to end: DayTime) -> Int {
        guard start < end else { return 0 }
        var total = 0
        var day = start.day
        while day <= end.day {
            if let open = opening(on: day) {
                let from = day == start.day ? max(open.lowerBound, start.time.minutes) : open.lowerBound
                let to = day == end.day ? min(open.upperBound, end.time.minutes) : open.upperBound
                total += max(0, to - from)
            }
            day = day.adding(days: 1)
        }
        return total
    }
}

/// The hours one weekday is open.
public struct OpeningHours: Codable, Sendable, Equatable {
    public var day: Weekday
    public var open: TimeOfDay
    public var close: TimeOfDay

    public init(day: Weekday, open: TimeOfDay, close: TimeOfDay) {
        self.day = day
        self.open = open
        self.close = close
    }
}
