// MARK: - ISO text and display

extension Day: CustomStringConvertible, LosslessStringConvertible {
    /// Parses a strict `YYYY-MM-DD` date.
    ///
    /// - Parameter text: the date text.
    /// - Returns: nil when the text is not a real calendar date (so `2026-02-30` is refused).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = Int(text.prefix(4)), let m = Int(text.dropFirst(5).prefix(2)), let d = Int(text.suffix(2)),
            bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) })
        else { return nil }
        self.init(year: y, month: m, day: d)
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
