import RapportTestSupport
import Testing

@testable import RapportCore

// A summary may leave history out only where no report about a day from `exactFrom` on can tell. These tests build
// random clients with the awkward cases the rules name (old follow-ups, visits moved across the cutoff, done and
// cancelled visits, renewed terms) and compare every per-client answer the reports use, summary against whole.

@Suite struct ClientSummaryTests {
    private static let defaults = Defaults()
    private static let rules = [
        "FREQ=MONTHLY;BYDAY=1TU,3TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=WEEKLY",
    ]

    @Test func answeredTouchpointsBeforeTheLatestContactAreLeftOut() {
        var client = Sample.client(start: "2026-01-15")
        for day in ["2025-03-04", "2025-12-31", "2026-01-02", "2026-02-10"] { Sample.touch(&client, day) }
        let summary = ClientSummary(client)
        #expect(summary.client.touchpoints.map(\.on) == [Sample.day("2026-02-10")])
        #expect(summary.exactFrom == Sample.day("2026-02-10"))
        #expect(summary.answers(on: Sample.day("2026-02-10")))
        #expect(!summary.answers(on: Sample.day("2026-02-09")))
    }

    /// A follow-up still open stays, and so does one that only the latest contact answered, which that day's
    /// agenda shows done; one answered by an earlier contact goes.
    @Test func followUpNotYetAnsweredIsKept() {
        var client = Sample.client(start: "2026-01-15")
        Sample.touch(&client, "2025-06-01", followUp: "2026-03-01")
        Sample.touch(&client, "2025-07-01", followUp: "2025-08-01")
        Sample.touch(&client, "2025-09-01")
        Sample.touch(&client, "2025-12-01", followUp: "2025-12-15")
        Sample.touch(&client, "2026-02-01")
        let summary = ClientSummary(client).client
        #expect(summary.touchpoints.map(\.on) == ["2025-06-01", "2025-12-01", "2026-02-01"].map(Sample.day))
        #expect(
            summary.agendaFollowUps(today: Sample.day("2026-02-01")).map(\.answeredOn)
                == [Sample.day("2026-02-01")])
    }

    @Test func visitsBeforeTheTermsFirstMonthAreLeftOut() {
        var client = Sample.client(start: "2026-01-15")
        client.visits = [
            Visit(id: "v1", on: Sample.day("2025-11-04"), status: .done),
            Visit(id: "v2", on: Sample.day("2025-12-30"), status: .cancelled),
            Visit(id: "v3", occurrence: Sample.day("2026-01-06"), on: Sample.day("2025-12-31"), status: .planned),
            Visit(id: "v4", on: Sample.day("2026-01-20"), status: .done),
        ]
        let summary = ClientSummary(client)
        #expect(summary.client.visits.map(\.id) == ["v3", "v4"])
        #expect(summary.exactFrom == Sample.day("2026-01-21"))
    }

    /// Capacity plans a visit at the average of the latest twelve done visits with hours, so those stay whatever
    /// their day, and an older one goes.
    @Test func theLatestTimedVisitsStayForTheTypicalVisit() {
        var client = Sample.client(start: "2026-01-15")
        client.visits =
            (1...12).map { month in
                let on = Sample.day("2025-\(month < 10 ? "0" : "")\(month)-04")
                return Visit(id: "v\(month)", on: on, status: .done, hours: 2)
            } + [Visit(id: "v13", on: Sample.day("2026-01-20"), status: .done, hours: 4)]
        let summary = ClientSummary(client)
        #expect(summary.client.visits.map(\.id) == (2...13).map { "v\($0)" })
        #expect(client.typicalVisitHours == 26.0 / 12)
        #expect(summary.client.typicalVisitHours == client.typicalVisitHours)
    }

    @Test func clientWithoutAgreementIsKeptWhole() {
        var client = Sample.client()
        Sample.touch(&client, "2020-01-01")
        client.terms = []
        let summary = ClientSummary(client)
        #expect(summary.client == client)
        #expect(summary.exactFrom == nil)
    }

    @Test(.timeLimit(fuzzTimeLimit)) func summaryAnswersAsTheWholeDocumentFromExactFrom() {
        let seed = fuzzSeed(0x5EED_7)
        var random = SplitMix64(seed: seed)
        var findings = Findings("summaries answer as whole documents", seed: seed)
        var trimmed = 0
        for _ in 0..<fuzzCount(150) {
            let whole = Self.randomClient(&random)
            let summary = ClientSummary(whole)
            if summary.client != whole { trimmed += 1 }
            // The days just past `exactFrom` are where a wrong rule would show first.
            let near = [0, 1, 2, 7, 30, 90, 400].map { (summary.exactFrom ?? whole.terms.last!.start).adding(days: $0) }
            let spread = stride(from: -400, through: 1300, by: 97).map {
                Sample.day("2025-01-01").adding(days: $0 + random.int(0...96))
            }
            for today in near + spread {
                guard summary.answers(on: today) else { continue }
                findings.tried()
                let differences = Self.answers(whole, today).difference(Self.answers(summary.client, today))
                findings.check(differences.isEmpty, "\(whole.id) on \(today): \(differences)")
            }
        }
        // Without summaries that leave something out, the property would hold trivially.
        #expect(trimmed > 40)
        findings.report()
    }

    // MARK: - Generating and comparing

    /// Every per-client answer a report about `today` uses, by name, as text so that differences read plainly.
    private static func answers(_ client: Client, _ today: Day) -> [String: String] {
        let ahead = client.schedule(from: today, through: today.adding(days: 60))
        return [
            "schedule": "\(ahead)",
            "lastVisits": "\(ahead.map { client.lastVisit(before: $0.on) })",
            "upcoming": "\(client.upcomingVisits(today: today, days: 14))",
            "missed": "\(client.missedVisits(today: today))",
            "lastContact": "\(String(describing: client.lastContact(today: today)))",
            "overdue": "\(String(describing: client.overdueContact(today: today, defaults: defaults)))",
            "passedFollowUp": "\(String(describing: client.passedFollowUp(today: today)))",
            "agendaFollowUps": "\(client.agendaFollowUps(today: today))",
            "cadenceHoles":
                "\(client.cadenceHoles(from: today.adding(days: -20), through: today.adding(days: 20), today: today))",
            "survey": "\(String(describing: client.surveyStatus(today: today, defaults: defaults)))",
            "hours": "\(String(describing: client.hoursBankStatus(today: today)))",
            "delivery": "\(client.visitDelivery(today: today))",
            "health": "\(String(describing: client.health(today: today, defaults: defaults, hours: BusinessHours())))",
            "previousTerm": "\(String(describing: client.previousTerm(on: today)))",
            "mrrHistory": "\(Portfolio(clients: [client], settings: Settings()).mrrHistory(today: today))",
            // What `rapport capacity` and the month of `rapport profit` read, which the dashboard shows too.
            "typicalVisitHours": "\(String(describing: client.typicalVisitHours))",
            "hoursDoneThisMonth":
                "\(client.visits.filter { $0.status == .done && (today.startOfMonth...today).contains($0.on) }.map(\.hours))",
            "termInForce": "\(String(describing: client.term(on: today)))",
        ]
    }

    private static func randomClient(_ random: inout SplitMix64) -> Client {
        let start = Sample.day("2024-06-01").adding(days: random.int(0...700))
        var client = Sample.client(
            rule: random.chance(0.8) ? random.pick(rules) : nil, start: start.description,
            term: random.pick([12, 24]), hours: random.chance(0.3) ? 20 : nil)
        client.terms[0].contactEveryDays = random.pick([nil, 14, 30, 90])
        // Earlier terms of a few lengths, mostly back to back, sometimes with a gap, the last one sometimes long ago.
        var ended = random.chance(0.2) ? start.adding(days: -random.int(1...600)) : start
        for year in 0..<random.int(0...5) {
            let began = ended.adding(months: -random.pick([3, 6, 12]))
            let fee = Money(cents: Int64(50_000 + 1_000 * year))
            var term = Agreement(kind: .retainer, monthlyFee: fee, start: began).asTerm()
            term.renewsOn = ended
            client.terms.insert(term, at: 0)
            ended = began.adding(days: random.chance(0.2) ? -random.int(1...200) : 0)
        }
        let first = start.adding(days: -random.int(0...900))
        let span = first.days(until: start.adding(days: 500))
        // Some clients have no history but their terms, so that days right at the term's start are compared too.
        let quiet = random.chance(0.15)
        client.visits = (0..<(quiet ? 0 : random.int(0...50))).map { index in
            let on = first.adding(days: random.int(0...span))
            return Visit(
                id: "v\(index)", occurrence: random.chance(0.15) ? on.adding(days: random.int(-40...40)) : nil, on: on,
                technician: "js", status: random.pick([.done, .done, .planned, .cancelled]),
                hours: random.chance(0.7) ? Double(random.int(1...4)) : nil, note: "visit \(index)")
        }
        client.touchpoints = (0..<(quiet ? 0 : random.int(0...60))).map { index in
            let on = first.adding(days: random.int(0...span))
            return Touchpoint(
                id: "t\(index)", on: on, via: .call, by: "js", note: "call \(index)",
                followUp: random.chance(0.25) ? on.adding(days: random.int(1...500)) : nil)
        }
        client.surveys = (0..<random.int(0...3)).map { index in
            let sent = first.adding(days: random.int(0...span))
            return Survey(id: "s\(index)", sent: sent, answered: sent.adding(days: 5), score: random.int(3...10))
        }
        return client
    }
}

extension [String: String] {
    /// The names whose answers differ, with both answers.
    fileprivate func difference(_ other: [String: String]) -> [String] {
        keys.sorted().filter { self[$0] != other[$0] }.map { "\($0): \(self[$0]!) vs \(other[$0] ?? "nil")" }
    }
}
