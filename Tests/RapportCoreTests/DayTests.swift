import Testing

@testable import RapportCore

@Suite struct DayTests {
    @Test func parsesAndPrintsISODates() throws {
        let day = try #require(Day("2026-12-01"))
        #expect(day.components == (2026, 12, 1))
        #expect(day.description == "2026-12-01")
        #expect(day.weekday == .tuesday)
        #expect(day.short == "Tue 1 Dec")
    }

    @Test(arguments: [
        "2026-02-30", "2026-13-01", "2026-00-10", "2026-4-01", "26-04-01", "2026-04-01x", "", "2026/04/01",
    ])
    func refusesTextThatIsNotARealDate(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func leapDayExistsOnlyInLeapYears() {
        #expect(Day("2028-02-29") != nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2000-02-29") != nil)
        #expect(Day("2100-02-29") == nil)
    }

    @Test func addingMonthsClampsToTheMonthEnd() {
        let jan31 = Day("2026-01-31")!
        #expect(jan31.adding(months: 1) == Day("2026-02-28"))
        #expect(Day("2028-01-31")!.adding(months: 1) == Day("2028-02-29"))
        #expect(jan31.adding(months: 12) == Day("2027-01-31"))
        #expect(jan31.adding(months: -2) == Day("2025-11-30"))
    }

    @Test func ordinalRoundTripsAcrossCenturies() {
        for text in ["1900-03-01", "1970-01-01", "1999-12-31", "2000-01-01", "2024-02-29", "2400-12-31"] {
            let day = Day(text)!
            #expect(Day(ordinal: day.ordinal) == day)
            #expect(day.description == text)
        }
        #expect(Day("1970-01-01")!.ordinal == 0)
        #expect(Day("1970-01-01")!.weekday == .thursday)
    }

    @Test func daysUntilCountsCalendarDays() {
        #expect(Day("2026-11-29")!.days(until: Day("2026-12-01")!) == 2)
        #expect(Day("2026-03-01")!.days(until: Day("2026-02-28")!) == -1)
    }

    @Test func timeOfDayParsesTwentyFourHourClock() {
        #expect(TimeOfDay("09:00")?.description == "09:00")
        #expect(TimeOfDay("9:05")?.description == "09:05")
        #expect(TimeOfDay("24:00") == nil)
        #expect(TimeOfDay("12:60") == nil)
        #expect(TimeOfDay("noon") == nil)
    }

    @Test func aDayMoreThanSixMonthsFromTodayShowsItsYear() {
        let today = Day("2026-12-01")!
        #expect(Day("2027-06-01")!.short(near: today) == "Tue 1 Jun")
        #expect(Day("2027-06-02")!.short(near: today) == "Wed 2 Jun 2027")
        #expect(Day("2026-05-31")!.short(near: today) == "Sun 31 May 2026")
        #expect(Day("2026-06-02")!.short(near: today) == "Tue 2 Jun")
    }
}
