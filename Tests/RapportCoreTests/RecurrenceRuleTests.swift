import Foundation
import Testing

@testable import RapportCore

/// Builds a day from ISO text; test dates are literals, so a bad one is a typo in the test.
private func day(_ text: String) -> Day {
    Day(text)!
}

/// Parses a rule and expands it over a window.
private func occurrences(_ rule: String, start: String, from: String, through: String) throws -> [Day] {
    try RecurrenceRule(parsing: rule).occurrences(anchoredAt: day(start), from: day(from), through: day(through))
}

/// The error a rule text is refused with, or nil when it is accepted.
private func refusal(_ text: String) -> String? {
    do {
        _ = try RecurrenceRule(parsing: text)
        return nil
    } catch {
        return error.message
    }
}

// MARK: - Fixture

/// One expansion computed by python-dateutil; `Fixtures/make-rrule-cases.py` writes them.
struct RRuleCase: Decodable, Sendable, CustomTestStringConvertible {
    let note: String
    let rule: String
    let start: Day
    let from: Day
    let through: Day
    let expected: [Day]

    var testDescription: String { "\(note): \(rule) from \(start)" }

    struct MissingFixture: Error {}

    /// The cases in `Fixtures/rrule-cases.json`.
    ///
    /// - Returns: every case, in file order.
    /// - Throws: when the file is missing or malformed.
    static func all() throws -> [RRuleCase] {
        guard let url = Bundle.module.url(forResource: "rrule-cases", withExtension: "json", subdirectory: "Fixtures")
        else { throw MissingFixture() }
        return try JSONDecoder().decode([RRuleCase].self, from: Data(contentsOf: url))
    }
}

@Suite struct RecurrenceRuleTests {
    // MARK: - Against dateutil

    @Test(arguments: try RRuleCase.all())
    func matchesDateutil(_ fixture: RRuleCase) throws {
        let rule = try RecurrenceRule(parsing: fixture.rule)
        #expect(
            rule.occurrences(anchoredAt: fixture.start, from: fixture.from, through: fixture.through)
                == fixture.expected)
    }

    @Test func fixtureCoversAtLeastSixtyRules() throws {
        let cases = try RRuleCase.all()
        #expect(Set(cases.map(\.rule)).count >= 60)
        #expect(cases.filter { !$0.expected.isEmpty }.count >= 60)
    }

    @Test(arguments: try RRuleCase.all())
    func skippingToTheWindowAgreesWithExpandingFromTheStart(_ fixture: RRuleCase) throws {
        let rule = try RecurrenceRule(parsing: fixture.rule)
        let fromStart = rule.occurrences(anchoredAt: fixture.start, from: fixture.start, through: fixture.through)
        let windowed = rule.occurrences(anchoredAt: fixture.start, from: fixture.from, through: fixture.through)
        #expect(windowed == fromStart.filter { $0 >= fixture.from })
    }

    // MARK: - Expansion

    @Test func firstAndThirdTuesdayOfDecember2026() throws {
        let days = try occurrences(
            "FREQ=MONTHLY;BYDAY=1TU,3TU", start: "2026-01-01", from: "2026-12-01", through: "2026-12-31")
        #expect(days == [day("2026-12-01"), day("2026-12-15")])
    }

    @Test func lastFridaySkipsNothingInFebruary() throws {
        let days = try occurrences(
            "FREQ=MONTHLY;BYDAY=-1FR", start: "2026-01-01", from: "2026-01-01", through: "2026-12-31")
        #expect(days.count == 12)
        #expect(days.contains(day("2026-02-27")))
    }

    @Test func bymonthday31SkipsShortMonths() throws {
        let days = try occurrences(
            "FREQ=MONTHLY;BYMONTHDAY=31", start: "2026-01-01", from: "2026-01-01", through: "2026-12-31")
        #expect(days.map(\.month) == [1, 3, 5, 7, 8, 10, 12])
    }

    @Test func lastDayOfFebruaryIsTheTwentyNinthInALeapYear() throws {
        let days = try occurrences(
            "FREQ=MONTHLY;BYMONTHDAY=-1", start: "2028-01-01", from: "2028-02-01", through: "2028-02-29")
        #expect(days == [day("2028-02-29")])
    }

    @Test func fifthTuesdayOnlyInMonthsThatHaveOne() throws {
        let days = try occurrences(
            "FREQ=MONTHLY;BYDAY=5TU", start: "2026-01-01", from: "2026-01-01", through: "2026-12-31")
        #expect(days == ["2026-03-31", "2026-06-30", "2026-09-29", "2026-12-29"].map(day))
    }

    @Test func monthlyWithoutDaysKeepsTheStartDayAndSkipsMonthsWithoutIt() throws {
        let days = try occurrences("FREQ=MONTHLY", start: "2026-01-31", from: "2026-01-01", through: "2026-06-30")
        #expect(days == ["2026-01-31", "2026-03-31", "2026-05-31"].map(day))
    }

    @Test func weeklyWithoutDaysKeepsTheStartWeekday() throws {
        let days = try occurrences("FREQ=WEEKLY", start: "2026-01-07", from: "2026-01-01", through: "2026-01-31")
        #expect(days == ["2026-01-07", "2026-01-14", "2026-01-21", "2026-01-28"].map(day))
    }

    @Test func startIsNotAnOccurrenceUnlessItMatches() throws {
        let days = try occurrences(
            "FREQ=WEEKLY;BYDAY=MO", start: "2026-01-07", from: "2026-01-01", through: "2026-01-19")
        #expect(days == [day("2026-01-12"), day("2026-01-19")])
    }

    @Test func lastWeekdayOfTheMonthUsesSetPosition() throws {
        let days = try occurrences(
            "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", start: "2026-01-01", from: "2026-01-01",
            through: "2026-06-30")
        #expect(days == ["2026-01-30", "2026-02-27", "2026-03-31", "2026-04-30", "2026-05-29", "2026-06-30"].map(day))
    }

    @Test func monthDayAndWeekdayBothHaveToMatch() throws {
        let days = try occurrences(
            "FREQ=MONTHLY;BYMONTHDAY=13;BYDAY=FR", start: "2026-01-01", from: "2026-01-01", through: "2026-12-31")
        #expect(days == ["2026-02-13", "2026-03-13", "2026-11-13"].map(day))
    }

    @Test func countStopsAfterNOccurrences() throws {
        let days = try occurrences(
            "FREQ=WEEKLY;BYDAY=TU;COUNT=3", start: "2026-01-06", from: "2026-01-01", through: "2027-12-31")
        #expect(days == ["2026-01-06", "2026-01-13", "2026-01-20"].map(day))
    }

    @Test func countIsCountedFromTheStartNotFromTheWindow() throws {
        let days = try occurrences(
            "FREQ=WEEKLY;BYDAY=TU;COUNT=5", start: "2026-01-06", from: "2026-01-21", through: "2027-12-31")
        #expect(days == [day("2026-01-27"), day("2026-02-03")])
    }

    @Test func untilIsInclusive() throws {
        let days = try occurrences(
            "FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231", start: "2026-12-01", from: "2026-12-01", through: "2027-01-31")
        #expect(days.last == day("2026-12-31"))
        #expect(days.count == 5)
    }

    @Test func untilWithATimeKeepsItsDate() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;UNTIL=20261231T235959Z")
        #expect(rule.until == day("2026-12-31"))
        #expect(try RecurrenceRule(parsing: "FREQ=WEEKLY;UNTIL=20261231T000000").until == day("2026-12-31"))
    }

    @Test func intervalTwoCrossesYearBoundary() throws {
        let weekly = try occurrences(
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", start: "2026-12-21", from: "2026-12-01", through: "2027-01-31")
        #expect(weekly == ["2026-12-21", "2027-01-04", "2027-01-18"].map(day))
        let monthly = try occurrences(
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO", start: "2026-11-02", from: "2026-11-01", through: "2027-05-31")
        #expect(monthly == ["2026-11-02", "2027-01-04", "2027-03-01", "2027-05-03"].map(day))
    }

    @Test func weekStartDecidesWhichDaysShareASkippedWeek() throws {
        // RFC 5545's own example: the same rule gives different days under WKST=MO and WKST=SU.
        let sunday = try occurrences(
            "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", start: "1997-08-05", from: "1997-08-01",
            through: "1997-12-31")
        let monday = try occurrences(
            "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", start: "1997-08-05", from: "1997-08-01",
            through: "1997-12-31")
        #expect(sunday == ["1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"].map(day))
        #expect(monday == ["1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"].map(day))
    }

    @Test func farWindowKeepsTheIntervalPhaseOfTheStart() throws {
        let days = try occurrences(
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO", start: "2021-01-04", from: "2026-01-01", through: "2026-12-31")
        #expect(!days.isEmpty)
        #expect(days.allSatisfy { day("2021-01-04").days(until: $0) % 21 == 0 })
    }

    @Test func windowBeforeTheStartOrBackwardsIsEmpty() throws {
        #expect(
            try occurrences("FREQ=WEEKLY;BYDAY=MO", start: "2026-06-01", from: "2026-01-01", through: "2026-05-31")
                == [])
        #expect(
            try occurrences("FREQ=WEEKLY;BYDAY=MO", start: "2026-01-01", from: "2026-03-10", through: "2026-03-01")
                == [])
    }

    @Test func ruleThatNeverMatchesEndsWithNothing() throws {
        // The first Friday is never the 13th; the expansion has to give up at the window's end.
        let days = try occurrences(
            "FREQ=MONTHLY;BYDAY=1FR;BYMONTHDAY=13;COUNT=3", start: "2026-01-01", from: "2026-01-01",
            through: "2999-12-31")
        #expect(days == [])
    }

    @Test func expansionStopsAtTheYear9999() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYMONTHDAY=-1")
        let days = rule.occurrences(
            anchoredAt: day("9999-11-15"), from: day("9999-01-01"), through: Day(ordinal: .max / 2))
        #expect(days == [day("9999-11-30"), day("9999-12-31")])
    }

    // MARK: - Parsing and description

    @Test func parsesCaseInsensitivelyWithRRulePrefix() throws {
        let rule = try RecurrenceRule(parsing: " rrule:freq=monthly; byday=1tu, 3tu ")
        #expect(rule.frequency == .monthly)
        #expect(rule.byDay == [.init(1, .tuesday), .init(3, .tuesday)])
    }

    @Test func descriptionIsCanonical() throws {
        #expect(try RecurrenceRule(parsing: "freq=monthly;byday=1tu,3tu").description == "FREQ=MONTHLY;BYDAY=1TU,3TU")
        #expect(
            try RecurrenceRule(parsing: "BYDAY=-1FR,3TU,1TU,3TU;WKST=MO;INTERVAL=1;FREQ=MONTHLY").description
                == "FREQ=MONTHLY;BYDAY=1TU,3TU,-1FR")
        #expect(
            try RecurrenceRule(parsing: "WKST=SU;UNTIL=20261231T120000Z;BYDAY=SU,TU;INTERVAL=2;FREQ=WEEKLY").description
                == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU;UNTIL=20261231")
        #expect(
            try RecurrenceRule(parsing: "FREQ=MONTHLY;BYSETPOS=-1,2;BYMONTHDAY=-1,15,1;COUNT=7").description
                == "FREQ=MONTHLY;BYMONTHDAY=1,15,-1;BYSETPOS=2,-1;COUNT=7")
    }

    @Test func descriptionRoundTrips() throws {
        let texts = try RRuleCase.all().map(\.rule) + RecurrenceRule.presets.map(\.rule.description)
        for text in texts {
            let rule = try RecurrenceRule(parsing: text)
            #expect(try RecurrenceRule(parsing: rule.description) == rule, "\(text)")
        }
    }

    @Test func codableUsesTheRuleText() throws {
        let rule = try RecurrenceRule(parsing: "freq=monthly;byday=-1fr")
        let json = try JSONEncoder().encode([rule])
        #expect(String(decoding: json, as: UTF8.self) == #"["FREQ=MONTHLY;BYDAY=-1FR"]"#)
        #expect(try JSONDecoder().decode([RecurrenceRule].self, from: json) == [rule])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([RecurrenceRule].self, from: Data(#"["FREQ=DAILY"]"#.utf8))
        }
    }

    @Test func memberwiseInitializerNormalizesLikeParsing() throws {
        let built = try RecurrenceRule(
            frequency: .monthly, byDay: [.init(3, .tuesday), .init(1, .tuesday), .init(3, .tuesday)])
        #expect(built == (try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1TU,3TU")))
        #expect(try RecurrenceRule(frequency: .weekly).description == "FREQ=WEEKLY")
    }

    @Test func memberwiseInitializerValidates() {
        #expect(throws: RecurrenceError(message: "INTERVAL must be a whole number from 1 to 99, found \"0\"")) {
            try RecurrenceRule(frequency: .weekly, interval: 0)
        }
        #expect(throws: RecurrenceError(message: "COUNT and UNTIL cannot both be given")) {
            try RecurrenceRule(frequency: .monthly, count: 3, until: day("2026-12-31"))
        }
    }

    // MARK: - Refusals

    @Test func refusesHourlyFrequencyNamingIt() {
        #expect(refusal("FREQ=HOURLY") == "unsupported FREQ \"HOURLY\": use WEEKLY or MONTHLY")
    }

    @Test func refusesByMonth() {
        #expect(refusal("FREQ=MONTHLY;BYMONTH=3;BYDAY=1TU") == "BYMONTH is not supported")
    }

    @Test(arguments: [
        ("", "the rule is empty: give one such as FREQ=MONTHLY;BYDAY=1TU"),
        ("  RRULE: ", "the rule is empty: give one such as FREQ=MONTHLY;BYDAY=1TU"),
        ("freq=daily", "unsupported FREQ \"DAILY\": use WEEKLY or MONTHLY"),
        ("FREQ=WEEKLY;BYWEEKNO=3", "BYWEEKNO is not supported"),
        ("FREQ=WEEKLY;COUNT=3;UNTIL=20261231", "COUNT and UNTIL cannot both be given"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL must be a whole number from 1 to 99, found \"0\""),
        ("FREQ=WEEKLY;INTERVAL=100", "INTERVAL must be a whole number from 1 to 99, found \"100\""),
        ("FREQ=WEEKLY;INTERVAL=two", "INTERVAL must be a whole number from 1 to 99, found \"TWO\""),
        ("FREQ=WEEKLY;BYDAY=XX", "unknown weekday \"XX\" in BYDAY: use MO, TU, WE, TH, FR, SA or SU"),
        ("FREQ=MONTHLY;BYDAY=-1XX", "unknown weekday \"XX\" in BYDAY: use MO, TU, WE, TH, FR, SA or SU"),
        ("FREQ=WEEKLY;WKST=SUN", "unknown weekday \"SUN\" in WKST: use MO, TU, WE, TH, FR, SA or SU"),
        ("FREQ=WEEKLY;BYDAY=MO;FREQ=MONTHLY", "FREQ is given twice"),
        ("FREQ=WEEKLY;BYDAY=MO;byday=TU", "BYDAY is given twice"),
        ("FREQ=WEEKLY;BYMONTHDAY=1", "BYMONTHDAY needs FREQ=MONTHLY"),
        ("FREQ=WEEKLY;BYDAY=2TU", "BYDAY \"2TU\" needs FREQ=MONTHLY: with WEEKLY give plain days such as TU"),
        ("FREQ=MONTHLY;BYDAY=6TU", "BYDAY numbers must be from 1 to 5 or -5 to -1, e.g. 2TU or -1FR, found \"6TU\""),
        ("FREQ=MONTHLY;BYDAY=0TU", "BYDAY numbers must be from 1 to 5 or -5 to -1, e.g. 2TU or -1FR, found \"0TU\""),
        ("FREQ=MONTHLY;BYDAY=MO,1TU", "BYDAY cannot mix plain days such as \"MO\" with numbered days such as \"1TU\""),
        ("FREQ=MONTHLY;BYMONTHDAY=32", "BYMONTHDAY must be from 1 to 31 or -31 to -1 (the last day), found \"32\""),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY must be from 1 to 31 or -31 to -1 (the last day), found \"0\""),
        ("FREQ=MONTHLY;BYSETPOS=1", "BYSETPOS needs BYDAY or BYMONTHDAY, e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
        ("FREQ=MONTHLY;BYDAY=MO;BYSETPOS=0", "BYSETPOS must be from 1 to 366 or -366 to -1, found \"0\""),
        (
            "FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=1",
            "BYSETPOS needs FREQ=MONTHLY: with WEEKLY, list only the days you want in BYDAY"
        ),
        ("FREQ=WEEKLY;COUNT=0", "COUNT must be a whole number from 1 to 9999, found \"0\""),
        (
            "FREQ=WEEKLY;UNTIL=20260230",
            "UNTIL must be a date such as 20261231 or 20261231T235959Z, found \"20260230\""
        ),
        (
            "FREQ=WEEKLY;UNTIL=2026-12-31",
            "UNTIL must be a date such as 20261231 or 20261231T235959Z, found \"2026-12-31\""
        ),
        (
            "FREQ=WEEKLY;UNTIL=20261231T2500",
            "UNTIL must be a date such as 20261231 or 20261231T235959Z, found \"20261231T2500\""
        ),
        ("BYDAY=MO", "FREQ is missing: start the rule with FREQ=WEEKLY or FREQ=MONTHLY"),
        (
            "FREQ=WEEKLY;FOO=1",
            "unknown part \"FOO\": use FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYSETPOS, COUNT, UNTIL or WKST"
        ),
        ("FREQ=WEEKLY;BYDAY=", "BYDAY has no value"),
        ("FREQ=WEEKLY;BYDAY=MO,,TU", "BYDAY has an empty item in \"MO,,TU\""),
        ("FREQWEEKLY", "expected a part such as FREQ=WEEKLY, found \"FREQWEEKLY\""),
    ])
    func refusesWithAMessageNamingThePart(text: String, message: String) {
        #expect(refusal(text) == message)
    }

    @Test func acceptsEmptyPartsAndSignedNumbers() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;;BYDAY=+2TU;")
        #expect(rule.byDay == [.init(2, .tuesday)])
    }

    // MARK: - Summary

    @Test func summaryOfFirstAndThirdTuesday() throws {
        #expect(try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1TU,3TU").summary == "1st & 3rd Tuesday of the month")
    }

    @Test(arguments: [
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "every other Monday"),
        ("FREQ=WEEKLY;BYDAY=MO", "every Monday"),
        ("FREQ=WEEKLY;BYDAY=TH,MO", "every Monday & Thursday"),
        ("FREQ=WEEKLY;BYDAY=MO,WE,FR", "every Monday, Wednesday & Friday"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "every weekday"),
        ("FREQ=WEEKLY", "weekly"),
        ("FREQ=WEEKLY;INTERVAL=2", "every other week"),
        ("FREQ=WEEKLY;INTERVAL=3", "every 3 weeks"),
        ("FREQ=WEEKLY;INTERVAL=3;BYDAY=FR", "every 3 weeks on Friday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "every other week on Monday & Thursday"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "last Friday of the month"),
        ("FREQ=MONTHLY;BYDAY=-2WE", "2nd-to-last Wednesday of the month"),
        ("FREQ=MONTHLY;BYDAY=1TU,3TU,-1FR", "1st & 3rd Tuesday and last Friday of the month"),
        ("FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO", "every 2 months on the 1st Monday"),
        ("FREQ=MONTHLY;BYDAY=MO", "every Monday"),
        ("FREQ=MONTHLY;INTERVAL=2;BYDAY=MO", "FREQ=MONTHLY;INTERVAL=2;BYDAY=MO"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "monthly on day 15"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,15", "monthly on days 1 & 15"),
        ("FREQ=MONTHLY;BYMONTHDAY=-1", "monthly on the last day"),
        ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-2", "every 3 months on the 2nd-to-last day"),
        ("FREQ=MONTHLY;BYMONTHDAY=1,-1", "FREQ=MONTHLY;BYMONTHDAY=1,-1"),
        ("FREQ=MONTHLY", "monthly"),
        ("FREQ=MONTHLY;INTERVAL=6", "every 6 months"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "last weekday of the month"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=22", "22nd weekday of the month"),
        ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=11", "11th weekday of the month"),
        ("FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1"),
        ("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"),
        ("FREQ=WEEKLY;BYDAY=MO;COUNT=10", "every Monday, 10 times"),
        ("FREQ=WEEKLY;BYDAY=MO;COUNT=1", "every Monday, once"),
        ("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231", "2nd Tuesday of the month, until 2026-12-31"),
    ])
    func summaryReadsAsEnglish(text: String, summary: String) throws {
        #expect(try RecurrenceRule(parsing: text).summary == summary)
    }

    // MARK: - Presets

    @Test func presetsOfferTheCommonSchedules() {
        let presets = Dictionary(
            RecurrenceRule.presets.map { ($0.name, $0.rule.description) }, uniquingKeysWith: { first, _ in first })
        #expect(presets.count == RecurrenceRule.presets.count)
        #expect(presets["1st & 3rd Tuesday"] == "FREQ=MONTHLY;BYDAY=1TU,3TU")
        #expect(presets["2nd & 4th Tuesday"] == "FREQ=MONTHLY;BYDAY=2TU,4TU")
        #expect(presets["every other Monday"] == "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO")
        #expect(presets["every Monday"] == "FREQ=WEEKLY;BYDAY=MO")
        #expect(presets["weekly on Friday"] == "FREQ=WEEKLY;BYDAY=FR")
        #expect(presets["last Friday of the month"] == "FREQ=MONTHLY;BYDAY=-1FR")
        #expect(presets["first Monday of the month"] == "FREQ=MONTHLY;BYDAY=1MO")
        #expect(presets["monthly on the 1st"] == "FREQ=MONTHLY;BYMONTHDAY=1")
    }

    @Test func presetSummariesAreEnglishNotRuleText() {
        for preset in RecurrenceRule.presets {
            #expect(preset.rule.summary != preset.rule.description, "\(preset.name)")
        }
    }
}
