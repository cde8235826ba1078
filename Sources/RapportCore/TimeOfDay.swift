/// A local time of day, written `HH:MM`.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    /// Minutes since midnight, 0...1439.
    public let minutes: Int

    /// Creates a time from hours and minutes, or nil when out of range.
    ///
    /// - Parameters:
    ///   - hour: 0...23.
    ///   - minute: 0...59.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` or `H:MM` on a 24-hour clock.
    ///
    /// - Parameter text: the time text, e.g. `09:00` or `14:30`.
    public init?(_ text: String) {
        // Read in one pass over the UTF-8, without splitting: a cold load parses tens of thousands of times.
        var hour = (value: 0, digits: 0)
        var minute: (value: Int, digits: Int)?
        for byte in text.utf8 {
            if byte == UInt8(ascii: ":") {
                guard minute == nil else { return nil }
                minute = (0, 0)
                continue
            }
            guard (48...57).contains(byte) else { return nil }
            let digit = Int(byte - 48)
            if let read = minute {
                minute = (read.value * 10 + digit, read.digits + 1)
            } else {
                hour = (hour.value * 10 + digit, hour.digits + 1)
            }
        }
        guard let minute, (1...2).contains(hour.digits), minute.digits == 2 else { return nil }
        self.init(hour: hour.value, minute: minute.value)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// The time as `HH:MM`.
    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2))" }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.minutes < rhs.minutes }
}

extension TimeOfDay: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a time as HH:MM, found \"\(text)\"")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
