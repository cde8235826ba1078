// MARK: - ISO text and display

extension Day: CustomStringConvertible, LosslessStringConvertible {
    /// Parses a strict `YYYY-MM-DD` date.
    ///
    /// - Parameter text: the date text.
    /// - Returns: nil when the text is not a real calendar date (so `2026-02-30` is refused).
    public init?(_ text: String) {
        // Read in one pass over the UTF-8, without copying: a cold load parses hundreds of thousands of dates.
        var text = text
        guard let fields = text.withUTF8(Day.fields) else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The year, month and day of a `YYYY-MM-DD` date, or nil when the text is not of that form.
    private static func fields(_ text: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard text.count == 10 else { return nil }
        var fields = (year: 0, month: 0, day: 0)
        for (offset, byte) in text.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (48...57).contains(byte) else { return nil }
            let digit = Int(byte - 48)
            switch offset {
            case ..<4: fields.year = fields.year * 10 + digit
            case ..<7: fields.month = fields.month * 10 + digit
            default: fields.day = fields.day * 10 + digit
            }
        }
        return fields
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    /// The date as people read it in a report, e.g. `Tue 1 Dec`.
    public var short: String {
        "\(weekday.shortName) \(day) \(Day.monthNames[month - 1])"
    }

    /// The date with its year, for a day far from today, e.g. `Tue 1 Dec 2026`.
    public var long: String { "\(short) \(year)" }

    /// The date as a list next to today shows it: without the year within six months of today, with it further
    /// off, so that `Tue 1 Jun` cannot be read as the wrong June.
    ///
    /// - Parameter today: the day the list is for.
    /// - Returns: `short`, or `long` more than 182 days away.
    public func short(near today: Day) -> String {
        abs(today.days(until: self)) > 182 ? long : short
    }

    /// Abbreviated English month names, January first.
    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Zero-pads a non-negative number to a width.
func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
