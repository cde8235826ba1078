/// A local wall-clock date and time, written `YYYY-MM-DD HH:MM`.
///
/// Requests are logged as the clock on the wall showed; no time zone or daylight saving offset is kept, so a
/// business-hours count across a change of the clocks counts the wall-clock minutes (see `BusinessHours`).
public struct DayTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var day: Day
    public var time: TimeOfDay

    public init(day: Day, time: TimeOfDay) {
        self.day = day
        self.time = time
    }

    /// Parses `YYYY-MM-DD HH:MM` (or with a `T` between them).
    ///
    /// - Parameter text: the text, e.g. `2027-01-08 17:50`.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2, let day = Day(String(parts[0])), let time = TimeOfDay(String(parts[1])) else {
            return nil
        }
        self.init(day: day, time: time)
    }

    /// Minutes since the start of day ordinal 0, for counting and comparing.
    public var minutes: Int { day.ordinal * 1440 + time.minutes }

    /// The moment a number of whole minutes after the start of day ordinal 0.
    ///
    /// - Parameter minutes: the minutes.
    public init(minutes: Int) {
        let rest = ((minutes % 1440) + 1440) % 1440
        let days = (minutes - rest) / 1440
        self.init(day: Day(ordinal: days), time: TimeOfDay(hour: rest / 60, minute: rest % 60)!)
    }

    /// The moment as `YYYY-MM-DD HH:MM`.
    public var description: String { "\(day) \(time)" }

    /// The moment as people read it, e.g. `Fri 8 Jan 17:50`.
    public var short: String { "\(day.short) \(time)" }

    public static func < (lhs: DayTime, rhs: DayTime) -> Bool { lhs.minutes < rhs.minutes }
}

extension DayTime: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = DayTime(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date and time as YYYY-MM-DD HH:MM, found \"\(text)\"")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
