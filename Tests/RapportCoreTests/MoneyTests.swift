import Testing

@testable import RapportCore

@Suite struct MoneyTests {
    @Test(
        arguments: [
            ("900", 90_000), ("900.5", 90_050), ("900.00", 90_000), ("1,250.75", 125_075), ("$45", 4_500),
            ("-45.50", -4_550), (" 12.30 ", 1_230),
        ] as [(String, Int64)])
    func parsesDecimalAmountsExactly(_ text: String, _ cents: Int64) {
        #expect(Money(text)?.cents == cents)
    }

    @Test(arguments: ["abc", "", "1.234", "12,34", "1,2345.00", ".5", "1e3", "--5", "12.", "99999999999999"])
    func refusesTextThatIsNotAnAmount(_ text: String) {
        #expect(Money(text) == nil)
    }

    @Test func sumsToTheCentWhereDoublesWouldDrift() {
        let tenCents = Money("0.10")!
        let total = (0..<10).reduce(Money.zero) { sum, _ in sum + tenCents }
        #expect(total == Money("1.00"))
    }

    @Test func formatsWithSymbolAndThousandsSeparators() {
        #expect(Money("1234567.8")!.formatted(symbol: "$") == "$1,234,567.80")
        #expect(Money("900")!.formatted(symbol: "€", cents: false) == "€900")
        #expect(Money("-45")!.formatted(symbol: "$") == "-$45.00")
        #expect(Money("0.05")!.decimalString == "0.05")
    }

    @Test func aCompactAmountKeepsItsCentsWhenItHasAny() {
        #expect(Money("900")!.compact(symbol: "$") == "$900")
        #expect(Money("80.75")!.compact(symbol: "$") == "$80.75")
        #expect(Money("1250.50")!.compact(symbol: "€") == "€1,250.50")
        #expect(Money("-45")!.compact(symbol: "$") == "-$45")
    }
}
