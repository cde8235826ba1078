/// An exact amount of money in major units with two decimal places, held as whole cents.
///
/// Never a `Double`: sums of fees must come out to the cent.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic {
    /// The amount in minor units (cents).
    public var cents: Int64

    /// Creates an amount from cents.
    ///
    /// - Parameter cents: the amount in minor units.
    public init(cents: Int64) {
        self.cents = cents
    }

    /// Creates an amount from whole major units.
    ///
    /// - Parameter units: e.g. `900` for 900.00.
    public init(_ units: Int) {
        self.cents = Int64(units) * 100
    }

    /// Parses a decimal amount such as `900`, `900.5`, `1,250.00` or `-45.00`.
    ///
    /// A leading `$`, `€` or `£` is allowed, as are comma thousands separators; more than two decimal places is not.
    ///
    /// - Parameter text: the amount as typed or stored.
    /// - Returns: nil when the text is not an amount.
    public init?(_ text: String) {
        var rest = Substring(text.trimmingWhitespace())
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        if let first = rest.first, "$€£".contains(first) { rest = rest.dropFirst() }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        guard !whole.isEmpty, whole.first != ",", whole.last != "," else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) else {
                return nil
            }
        }
        let digits = groups.joined()
        guard digits.count <= 13, digits.allSatisfy(\.isASCIIDigit), let units = Int64(digits) else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy(\.isASCIIDigit), let value = Int64(f) else { return nil }
            fraction = f.count == 1 ? value * 10 : value
        }
        let total = units * 100 + fraction
        self.cents = negative ? -total : total
    }

    public static let zero = Money(cents: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }
    public static func * (lhs: Money, rhs: Int) -> Money { Money(cents: lhs.cents * Int64(rhs)) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    // MARK: - Text

    /// The plain stored form, e.g. `1250.00` or `-45.50`.
    public var decimalString: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        return "\(sign)\(magnitude / 100).\(pad(Int(magnitude % 100), 2))"
    }

    /// The amount as a short column shows it: whole amounts without cents (`$900`), others with them
    /// (`$80.75`), so a figure is never rounded.
    ///
    /// - Parameter symbol: the currency symbol.
    /// - Returns: the amount in words.
    public func compact(symbol: String) -> String { formatted(symbol: symbol, cents: cents % 100 != 0) }

    /// The display form with a currency symbol and thousands separators, e.g. `$1,250.00`.
    ///
    /// - Parameters:
    ///   - symbol: the currency symbol to put in front.
    ///   - cents: whether to show the two decimal places.
    /// - Returns: the formatted amount.
    public func formatted(symbol: String, cents showCents: Bool = true) -> String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        var whole = String(magnitude / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        grouped = whole + grouped
        let tail = showCents ? ".\(pad(Int(magnitude % 100), 2))" : ""
        return "\(sign)\(symbol)\(grouped)\(tail)"
    }
}

extension Money: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let money = Money(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an amount such as \"900.00\", found \"\(text)\"")
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimalString)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        // "\r\n" is one Character in Swift, so look at its scalars rather than compare characters.
        let isSpace: (Character) -> Bool = { $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
