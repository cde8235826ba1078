import Testing

@testable import RapportCore

/// The one parser behind options, form fields and imported cells: what was wrong, and what is accepted.
@Suite struct InputTests {
    @Test(arguments: [
        ("-900", "\"-900\" must be 0 or more; use for example 900"),
        ("lots", "\"lots\" is not an amount; use for example 900 or 1,250.00"),
    ])
    func amountsAreZeroOrMore(_ text: String, _ message: String) {
        #expect(throws: ChangeError(message)) { try Input.money(text) }
    }

    @Test(arguments: [
        ("-2", "\"-2\" must be more than 0 hours; use for example 1.5"),
        ("0", "\"0\" must be more than 0 hours; use for example 1.5"),
        ("lots", "\"lots\" is not a number of hours; use for example 1.5"),
        ("20000", "\"20000\" is more than 10000 hours; use for example 1.5"),
    ])
    func hoursAreMoreThanZero(_ text: String, _ message: String) {
        #expect(throws: ChangeError(message)) { try Input.hours(text) }
    }

    @Test(arguments: [
        ("-3", "\"-3\" must be 0 or more; use for example 12"),
        ("1.5", "\"1.5\" is not a whole number; use for example 12"),
    ])
    func countsAreWholeAndZeroOrMore(_ text: String, _ message: String) {
        #expect(throws: ChangeError(message)) { try Input.count(text) }
    }

    @Test func goodValuesAreRead() throws {
        #expect(try Input.money("1,250.00") == Money(cents: 125_000))
        #expect(try Input.hours("1.5") == 1.5)
        #expect(try Input.count("12") == 12)
        #expect(try Input.score("9") == 9)
        #expect(try Input.time("09:00") == TimeOfDay("09:00"))
        #expect(try Input.rule("last Friday of the month").description == "FREQ=MONTHLY;BYDAY=-1FR")
    }
}
