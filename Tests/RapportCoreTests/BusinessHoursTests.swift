import Foundation
import RapportTestSupport
import Testing

@testable import RapportCore

/// Response deadlines and response times counted in business hours (`BusinessHours`), and how a request is judged
/// against its agreement's promise (`ResponseVerdict`).
@Suite struct BusinessHoursTests {
    static func at(_ text: String) -> DayTime { DayTime(text)! }

    /// The standard week, with New Year's Day 2027 (a Friday) a holiday.
    static let hours = BusinessHours(holidays: [Day("2027-01-01")!])

    @Test(arguments: [
        // The worked example: Friday 17:50, 30 minutes, over the weekend.
        ("2027-01-08 17:50", 30, "2027-01-11 08:20"),
        // Within one day.
        ("2027-01-11 09:00", 30, "2027-01-11 09:30"),
        // A promise that ends at closing time is due then, not the next morning.
        ("2027-01-11 17:30", 30, "2027-01-11 18:00"),
        // Made on a Saturday: counting starts Monday at opening.
        ("2027-01-09 10:00", 60, "2027-01-11 09:00"),
        // Made before opening, and after closing.
        ("2027-01-11 06:00", 15, "2027-01-11 08:15"),
        ("2027-01-11 19:00", 15, "2027-01-12 08:15"),
        // Over the New Year holiday (Friday) and the weekend.
        ("2026-12-31 17:00", 120, "2027-01-04 09:00"),
        // Longer than a business day (10 hours): 4 hours on site from Friday 16:00 runs to Monday 10:00, and 16
        // hours from Monday 09:00 to Tuesday 15:00.
        ("2027-01-08 16:00", 240, "2027-01-11 10:00"),
        ("2027-01-11 09:00", 960, "2027-01-12 15:00"),
        // Across the change to summer time (US, Sunday 14 March 2027): wall-clock minutes, the change is at night.
        ("2027-03-12 17:00", 120, "2027-03-15 09:00"),
    ])
    func deadlineCountsOnlyBusinessTime(start: String, minutes: Int, due: String) {
        #expect(Self.hours.deadline(from: Self.at(start), adding: minutes) == Self.at(due))
    }

    @Test(arguments: [
        ("2027-01-08 17:50", "2027-01-11 08:15", 25),
        ("2027-01-09 10:00", "2027-01-09 12:00", 0),
        ("2027-01-11 07:00", "2027-01-11 08:30", 30),
        ("2026-12-31 17:00", "2027-01-04 09:00", 120),
        ("2027-03-12 17:00", "2027-03-15 09:00", 120),
        ("2027-01-11 10:00", "2027-01-11 09:00", 0),
    ])
    func responseTimeCountsOnlyBusinessTime(start: String, end: String, minutes: Int) {
        #expect(Self.hours.minutes(from: Self.at(start), to: Self.at(end)) == minutes)
    }

    @Test func aWeekWithNoOpenDayHasNoDeadline() {
        #expect(BusinessHours(week: []).deadline(from: Self.at("2027-01-11 09:00"), adding: 30) == nil)
    }

    /// A client whose agreement promises 30 minutes by phone and 4 hours on site, and nothing remote.
    static func client(requests: [ServiceRequest]) -> Client {
        var client = Client(id: "acme", name: "Acme")
        var agreement = Agreement(kind: .retainer, monthlyFee: Money(1000), start: Day("2026-06-01")!)
        agreement.response = ResponseTimes(onsiteHours: 4, phoneMinutes: 30)
        client.terms = [Term(id: "t", agreement: agreement, start: agreement.start, renewsOn: agreement.renewalDate)]
        client.requests = requests
        return client
    }

    static func request(_ via: RequestChannel, at: String, respondedAt: String? = nil) -> ServiceRequest {
        var request = ServiceRequest(id: "r", at: Self.at(at), via: via, summary: "Printer offline")
        request.respondedAt = respondedAt.map(Self.at)
        return request
    }

    @Test func theWorkedExampleIsMetIn25BusinessMinutes() {
        let request = Self.request(.phone, at: "2027-01-08 17:50", respondedAt: "2027-01-11 08:15")
        let verdict = Self.client(requests: [request]).verdict(
            of: request, hours: Self.hours, now: Self.at("2027-01-12 12:00"))
        #expect(
            verdict
                == ResponseVerdict(
                    request, promise: 30, hours: Self.hours, now: Self.at("2027-01-12 12:00")))
        #expect(verdict.deadline == Self.at("2027-01-11 08:20"))
        #expect(verdict.outcome == .met)
        #expect(verdict.responseMinutes == 25)
    }

    @Test func anAnswerAfterTheDeadlineIsMissed() {
        let request = Self.request(.phone, at: "2027-01-08 17:50", respondedAt: "2027-01-11 08:21")
        let verdict = Self.client(requests: [request]).verdict(
            of: request, hours: Self.hours, now: Self.at("2027-01-12 12:00"))
        #expect(verdict.outcome == .missed)
        #expect(verdict.minutesFromNow == nil)
    }

    @Test func anUnansweredRequestIsPendingThenMissedBy() {
        let request = Self.request(.onsite, at: "2027-01-11 09:00")
        let client = Self.client(requests: [request])
        let early = client.verdict(of: request, hours: Self.hours, now: Self.at("2027-01-11 10:30"))
        #expect(early.outcome == .pending)
        #expect(early.minutesFromNow == 150)
        let late = client.verdict(of: request, hours: Self.hours, now: Self.at("2027-01-11 14:10"))
        #expect(late.outcome == .missed)
        #expect(formatMinutes(late.minutesFromNow!) == "1 h 10 m")
    }

    @Test func aChannelWithoutAPromiseIsNotJudged() {
        let request = Self.request(.remote, at: "2027-01-11 09:00")
        let verdict = Self.client(requests: [request]).verdict(
            of: request, hours: Self.hours, now: Self.at("2027-01-12 09:00"))
        #expect(verdict.outcome == .unpromised)
        #expect(verdict.deadline == nil)
    }

    /// Random business hours: some weekdays open, from 06:00 to 12:00 until 13:00 to 22:00, and a few holidays.
    static func randomHours(_ random: inout SplitMix64) -> BusinessHours {
        let week = Weekday.allCases.filter { _ in random.chance(0.7) }.map { day in
            OpeningHours(
                day: day, open: TimeOfDay(hour: random.int(6...12), minute: random.pick([0, 15, 30]))!,
                close: TimeOfDay(hour: random.int(13...22), minute: random.pick([0, 30, 45]))!)
        }
        let base = Day("2027-01-01")!
        let holidays = (0..<random.int(0...5)).map { _ in base.adding(days: random.int(0...90)) }
        return BusinessHours(week: week.isEmpty ? BusinessHours.standardWeek : week, holidays: holidays)
    }

    static func randomMoment(_ random: inout SplitMix64) -> DayTime {
        DayTime(minutes: Day("2027-01-01")!.ordinal * 1440 + random.int(0...(60 * 1440)))
    }

    @Test(.timeLimit(fuzzTimeLimit))
    func aDeadlineNeverFallsOutsideBusinessHoursAndCountsThePromise() {
        let seed = fuzzSeed(0xB05)
        var random = SplitMix64(seed: seed)
        var inside = Findings("deadline within business hours", seed: seed)
        var counted = Findings("business minutes to the deadline equal the promise", seed: seed)
        for _ in 0..<fuzzCount(2_000) {
            let hours = Self.randomHours(&random)
            let start = Self.randomMoment(&random)
            let promise = random.int(1...2_000)
            let deadline = hours.deadline(from: start, adding: promise)!
            inside.tried()
            inside.check(hours.isOpen(at: deadline), "\(start) + \(promise) m = \(deadline) in \(hours)")
            counted.tried()
            counted.check(
                hours.minutes(from: start, to: deadline) == promise, "\(start) + \(promise) m = \(deadline) in \(hours)"
            )
        }
        inside.report()
        counted.report()
    }

    @Test(.timeLimit(fuzzTimeLimit))
    func aLongerPromiseIsNeverDueEarlier() {
        let seed = fuzzSeed(0x10A6)
        var random = SplitMix64(seed: seed)
        var monotone = Findings("a longer promise is never due earlier", seed: seed)
        for _ in 0..<fuzzCount(2_000) {
            let hours = Self.randomHours(&random)
            let start = Self.randomMoment(&random)
            let shorter = random.int(1...1_500)
            let longer = shorter + random.int(0...600)
            let early = hours.deadline(from: start, adding: shorter)!
            let late = hours.deadline(from: start, adding: longer)!
            monotone.tried()
            monotone.check(early <= late, "\(start): \(shorter) m due \(early), \(longer) m due \(late) in \(hours)")
        }
        monotone.report()
    }
}

/// The request changes, applied to a client document.
@Suite struct RequestChangeTests {
    static func at(_ text: String) -> DayTime { DayTime(text)! }
    let today = Day("2027-01-11")!

    @Test func aRequestClosedWithoutAnAnswerCountsAsAnsweredWhenClosed() throws {
        let client = Client(id: "acme", name: "Acme")
        let opened = try Change.openRequest(at: Self.at("2027-01-11 09:00"), via: .remote, summary: "VPN down")
            .apply(to: client, today: today)
        let id = try #require(opened.requests?.first?.id)
        let closed = try Change.closeRequest(
            id: id, RequestClosing(at: Self.at("2027-01-11 10:30"), hours: 1.5, billable: true, note: "Reset")
        )
        .apply(to: opened, today: today)
        var expected = ServiceRequest(id: id, at: Self.at("2027-01-11 09:00"), via: .remote, summary: "VPN down")
        expected.respondedAt = Self.at("2027-01-11 10:30")
        expected.closedAt = Self.at("2027-01-11 10:30")
        expected.hours = 1.5
        expected.billable = true
        expected.note = "Reset"
        #expect(closed.requests == [expected])
        #expect(
            Change.closeRequest(id: id, RequestClosing(at: Self.at("2027-01-11 10:30"), hours: 1.5)).summary(
                today: today, in: closed) == "closed the remote request of Mon 11 Jan 09:00 (1.5 h)")
    }

    @Test func aRequestInTheFutureIsRefused() {
        #expect(throws: ChangeError(field: "at", "a request cannot be logged in the future")) {
            try Change.openRequest(at: Self.at("2027-01-12 09:00"), via: .phone, summary: "Printer")
                .apply(to: Client(id: "acme", name: "Acme"), today: today)
        }
    }

    @Test func aFileWithoutRequestsReadsAndWritesWithoutThem() throws {
        let client = Client(id: "acme", name: "Acme")
        let json = try JSONEncoder().encode(client)
        #expect(!String(decoding: json, as: UTF8.self).contains("requests"))
        #expect(try JSONDecoder().decode(Client.self, from: json).requests == nil)
    }
}
