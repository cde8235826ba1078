import Testing

@testable import RapportCore

@Suite struct DateInputTests {
    /// A Sunday.
    let today = Day("2026-11-29")!

    @Test(arguments: [
        ("today", "2026-11-29"), ("tomorrow", "2026-11-30"), ("yesterday", "2026-11-28"),
        ("fri", "2026-12-04"), ("Friday", "2026-12-04"), ("sun", "2026-11-29"), ("tues", "2026-12-01"),
        ("+3d", "2026-12-02"), ("+2w", "2026-12-13"), ("+1m", "2026-12-29"), ("-5d", "2026-11-24"),
        ("2027-01-15", "2027-01-15"), ("  TODAY ", "2026-11-29"),
    ])
    func resolvesShortcutsRelativeToToday(_ text: String, _ expected: String) throws {
        #expect(try DateInput.parse(text, today: today) == Day(expected))
    }

    @Test func oneMonthFromJanuaryThirtyFirstIsTheEndOfFebruary() throws {
        #expect(try DateInput.parse("+1m", today: Day("2026-01-31")!) == Day("2026-02-28"))
    }

    @Test func refusesFebruaryThirtiethNamingTheMonthLength() {
        #expect(
            throws: ChangeError(
                "\"2026-02-30\" is not a date: Feb 2026 has 28 days; use for example 2026-12-01, today, tomorrow, fri, +3d, +2w, +1m or -5d"
            )
        ) {
            try DateInput.parse("2026-02-30", today: today)
        }
    }

    @Test(arguments: ["soon", "+3y", "+d", "fr", "2026-13-01", "12/01/2026"])
    func refusesUnknownShortcuts(_ text: String) {
        #expect(throws: ChangeError.self) { try DateInput.parse(text, today: today) }
    }
}
