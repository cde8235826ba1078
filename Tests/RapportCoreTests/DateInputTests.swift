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

    @Test(arguments: [
        ("1900-01-01", "\"1900-01-01\" is outside the dates Rapport takes, 2000-01-01 to 2099-12-31"),
        ("9999-12-31", "\"9999-12-31\" is outside the dates Rapport takes, 2000-01-01 to 2099-12-31"),
        ("1999-12-31", "\"1999-12-31\" is outside the dates Rapport takes, 2000-01-01 to 2099-12-31"),
        ("+1200m", "\"+1200m\" is 2126-11-29, outside the dates Rapport takes, 2000-01-01 to 2099-12-31"),
        ("+99999w", "\"+99999w\" is 3943-06-06, outside the dates Rapport takes, 2000-01-01 to 2099-12-31"),
        ("-100000m", "\"-100000m\" is too far from today; use 2000-01-01 to 2099-12-31"),
    ])
    func refusesImplausibleDatesNamingTheRange(_ text: String, _ message: String) {
        #expect(throws: ChangeError(message)) { try DateInput.parse(text, today: today) }
    }

    @Test func acceptsTheFirstAndLastPlausibleDays() throws {
        #expect(try DateInput.parse("2000-01-01", today: today) == Day("2000-01-01"))
        #expect(try DateInput.parse("2099-12-31", today: today) == Day("2099-12-31"))
    }

    /// A change's confirmation shows the year of a date over two years away, where a mistyped year hides.
    @Test func farDatesAreEchoedWithTheirYear() {
        let near = Change.logTouchpoint(on: Day("2025-01-01")!, via: .call, by: nil, note: nil, followUp: nil)
        let far = Change.addVisit(on: Day("2029-12-04")!, at: nil, technician: nil, note: nil)
        #expect(near.summary(today: today) == "logged a call on Wed 1 Jan")
        #expect(far.summary(today: today) == "scheduled a visit on Tue 4 Dec 2029")
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
