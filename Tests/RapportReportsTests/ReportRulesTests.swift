import RapportCore
import RapportTestSupport
import Testing

@testable import RapportReports

/// Each rule the reports share has one home, and one test here: what the CLI prints and what the dashboard shows
/// are drawn from these values.
@Suite struct ReportRulesTests {
    static let today = Day("2026-12-01")!

    /// A retainer started on a day, 12 months at $900, visited on the 1st and 3rd Tuesday by js unless `visited`
    /// is false.
    static func client(_ id: String, start: String, fee: String = "900.00", visited: Bool = true) -> Client {
        var client = Client(id: id, name: id.capitalized, status: .active)
        let plan = VisitPlan(
            rule: try! RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1TU,3TU"), time: TimeOfDay("09:00"),
            technician: "js")
        let agreement = Agreement(
            kind: .retainer, monthlyFee: Money(fee)!, start: Day(start)!, termMonths: 12,
            visits: visited ? plan : nil)
        client.terms = [agreement.asTerm()]
        return client
    }

    static func applying(_ changes: [Change], to client: Client) -> Client {
        changes.reduce(client) { try! $1.apply(to: $0, today: today) }
    }

    static func portfolio(_ clients: [Client]) -> Portfolio {
        Portfolio(clients: clients, settings: Settings(technicians: [Technician(id: "js", name: "Jo Smith")]))
    }

    @Test func anAgreementPastItsRenewalDayWithNothingQueuedHasLapsedInEveryReport() throws {
        // Dune renewed on 1 Nov and was not renewed; Acme renews on 15 Jan; Fern's renewal day has passed too, but
        // its next term is queued.
        // Far renews on 1 Jun, outside the 120-day window.
        let dune = Self.client("dune", start: "2025-11-01", fee: "250.00")
        let acme = Self.client("acme", start: "2026-01-15")
        var fern = Self.client("fern", start: "2025-12-01", fee: "400.00")
        fern = try Change.renew(fee: nil, termMonths: nil).apply(to: fern, today: Day("2026-11-20")!)
        let far = Self.client("far", start: "2026-06-01")
        let portfolio = Self.portfolio([dune, acme, fern, far])

        #expect(dune.hasLapsed(on: Self.today))
        #expect(!acme.hasLapsed(on: Self.today))
        #expect(!fern.hasLapsed(on: Self.today))
        let list = ClientListReport(portfolio, unreadable: [], today: Self.today)
        #expect(list.clients.map(\.lapsed) == [true, false, false, false])
        let renewals = RenewalsReport(portfolio, today: Self.today)
        #expect(renewals.renewals.map(\.client) == ["dune", "acme"])
        #expect(renewals.renewals.map(\.daysLeft) == [-30, 45])
        #expect(renewals.renewals.map(\.annualValue) == [Money("3000")!, Money("10800")!])
        #expect(renewals.renewals.map(\.stage) == [.lapsed, .surveyDue])
        #expect(renewals.renewals.map(\.daysLeftText) == ["lapsed", "45d"])
    }

    @Test func upcomingVisitsAreThePlannedAndDoneOnesButNotTheCancelled() throws {
        // Today is the first Tuesday: one visit, done. The 15th is cancelled. 1 Dec through 14 Dec by default.
        let acme = Self.applying(
            [
                .completeVisit(on: Self.today, hours: 1, note: nil, technician: nil),
                .cancelVisit(on: Day("2026-12-15")!, note: nil),
                .addVisit(on: Day("2026-12-04")!, at: nil, technician: "js", note: "Printer"),
            ], to: Self.client("acme", start: "2026-01-15"))
        let upcoming = UpcomingReport(Self.portfolio([acme]), today: Self.today, technician: nil)

        #expect(upcoming.to == Day("2026-12-14")!)
        #expect(upcoming.visits.map(\.on) == [Self.today, Day("2026-12-04")!])
        #expect(upcoming.visits.map(\.status) == [.done, .planned])
        #expect(upcoming.visits.map(\.timeText) == ["09:00", "--:--"])
        let wide = UpcomingReport(Self.portfolio([acme]), today: Self.today, days: 21, technician: nil)
        #expect(wide.visits.map(\.on).contains(Day("2026-12-15")!) == false)
    }

    @Test(
        arguments: [
            (9, 7, "9 (was 7)"), (9, nil, "9"), (nil, 7, "- (was 7)"), (nil, nil, "-"),
        ] as [(Int?, Int?, String)])
    func aScoreReadsAgainstTheLastTermsEverywhere(_ score: Int?, _ previous: Int?, _ text: String) {
        let entry = RenewalsReport.Entry(
            client: "acme", name: "Acme", renewsOn: Self.today, daysLeft: 3, monthlyFee: Money(cents: 100),
            annualValue: Money(cents: 1200), surveyStatus: .answered, stage: .surveyAnswered, score: score,
            previousScore: previous, visitsDelivered: 1, visitsPromised: 2, daysSinceContact: 4, health: .good,
            missedResponses: [], uncoveredNeeds: [],
            proposalSent: nil, nextTerm: nil)
        #expect(entry.scoreText == text)
    }

    @Test func aProspectIsOverdueOnlyWhileOpenAndPastItsNextStep() {
        var late = Client(id: "cedar", name: "Cedar", status: .prospect)
        late.pipeline = Prospect(
            trigger: .audit, stage: .auditDone, nextStep: "Send the proposal", nextStepOn: Day("2026-11-28")!)
        var soon = Client(id: "linden", name: "Linden", status: .prospect)
        soon.pipeline = Prospect(trigger: .emergency, nextStep: "Offer an audit", nextStepOn: Day("2026-12-04")!)
        var lost = Client(id: "maple", name: "Maple", status: .prospect)
        lost.pipeline = Prospect(
            trigger: .referral, stage: .lost, nextStep: "Call back", nextStepOn: Day("2026-11-01")!,
            lostReason: "Too dear")
        var won = Client(id: "oak", name: "Oak", status: .prospect)
        won.pipeline = Prospect(trigger: .referral, stage: .won, nextStep: "Sign", nextStepOn: Day("2026-11-01")!)
        let report = PipelineReport(Self.portfolio([late, soon, lost, won]), today: Self.today)
        let byClient = Dictionary(uniqueKeysWithValues: report.prospects.map { ($0.client, $0) })

        #expect(byClient["cedar"]?.overdue == true)
        #expect(byClient["cedar"]?.dueText(today: Self.today) == "Sat 28 Nov overdue")
        #expect(byClient["linden"]?.overdue == false)
        #expect(byClient["linden"]?.dueText(today: Self.today) == "Fri 4 Dec")
        #expect(byClient["maple"]?.overdue == false)
        #expect(byClient["maple"]?.dueText(today: Self.today) == nil)
        #expect(byClient["maple"]?.stepText == "lost: Too dear")
        #expect(byClient["oak"]?.stepText == nil)
    }

    @Test func anAgreementWithoutItsOwnCadenceIsHeldToTheSettingsDefault() {
        // Acme's last contact was 20 days ago; the default allows 14, the agreement's own 30 would allow it.
        var acme = Self.applying(
            [.logTouchpoint(on: Day("2026-11-11")!, via: .call, by: "js", note: nil, followUp: nil)],
            to: Self.client("acme", start: "2026-10-01", visited: false))
        let held = OverdueReport(Self.portfolio([acme]), today: Self.today)
        #expect(held.clients.map(\.limitDays) == [Defaults().contactEveryDays])
        #expect(held.clients.map(\.daysSince) == [20])
        acme.terms[0].contactEveryDays = 30
        #expect(OverdueReport(Self.portfolio([acme]), today: Self.today).clients.isEmpty)
    }

    @Test func theSummaryCountsWhatTheListsList() throws {
        let dune = Self.client("dune", start: "2025-11-01", fee: "250.00")
        let acme = Self.client("acme", start: "2026-01-15")
        var fern = Self.client("fern", start: "2026-01-01", fee: "400.00")
        fern = try Change.renew(fee: nil, termMonths: nil).apply(to: fern, today: Self.today)
        let portfolio = Self.portfolio([dune, acme, fern])
        let summary = SummaryReport(portfolio, today: Self.today)
        let renewals = RenewalsReport(portfolio, today: Self.today)

        // Fern's renewal is signed: listed, but not at stake.
        #expect(renewals.renewals.map(\.client) == ["dune", "fern", "acme"])
        #expect(summary.renewals == 3)
        #expect(summary.atStake == Money("13800.00")!)
        #expect(summary.atStake == renewals.totalAnnualValue)
        #expect(summary.overdue == OverdueReport(portfolio, today: Self.today).clients.count)
        // Today is the first Tuesday: Acme's and Fern's visits; Dune's agreement lapsed with its visits.
        #expect(summary.visitsToday == 2)
        #expect(summary.mrr == RevenueReport(portfolio, today: Self.today).mrr)
    }

    @Test func aSurveySaysHowLateOrSoonItIs() {
        let report = SurveysReport(Self.portfolio([]), today: Self.today)
        let entry = { (due: String) in
            SurveysReport.Entry(
                client: "acme", name: "Acme", due: Day(due)!, renewsOn: Day("2027-01-15")!, cadence: .yearly)
        }
        #expect(report.whenText(entry("2026-11-16")) == "15 days late")
        #expect(report.whenText(entry("2026-12-01")) == "today")
        #expect(report.whenText(entry("2026-12-02")) == "in 1 day")
    }

    @Test func theClientListMarksWhatNeedsDoing() {
        // Acme renews on 15 Jan, inside the 60-day survey lead: its survey is due. Nobody has contacted it.
        let acme = Self.client("acme", start: "2026-01-15")
        let entry = ClientListReport(Self.portfolio([acme]), unreadable: [], today: Self.today).clients[0]
        #expect(entry.marks == "!S")
        #expect(entry.visitsPerMonth == 2)
        #expect(entry.visitsPerMonthText == "2")
    }

    @Test func aClientWithAnOpenSyncConflictIsMarked() {
        var acme = Self.client("acme", start: "2026-01-15")
        acme.openConflicts = [
            Conflict(id: "k", kind: .changedOnBoth, path: "notes", kept: "\"a\"", other: "\"b\"")
        ]
        let entry = ClientListReport(Self.portfolio([acme]), unreadable: [], today: Self.today).clients[0]
        #expect(entry.marks == "!SC" && entry.openConflicts == 1)
    }

    @Test func theTeamCountsEachTechniciansPlannedVisitsOfTheWeek() {
        // 1 Dec (today) is planned for js; the next, 15 Dec, is outside the week.
        let report = TeamReport(Self.portfolio([Self.client("acme", start: "2026-01-15")]), today: Self.today)
        #expect(report.technicians.map(\.visitsThisWeek) == [1])
    }

    /// Monday 11 January 2027 at 10:00, with a 30-minute phone promise and nothing promised remotely: the phone call
    /// of 09:00 is missed, the one of 09:40 has 10 minutes left, and the answered call and the remote request wait
    /// only to be closed, oldest first; the closed request is not open.
    @Test func openRequestsComeByTheTimeLeftMissedFirst() {
        var acme = Self.client("acme", start: "2026-06-01")
        acme.terms[0].response = ResponseTimes(phoneMinutes: 30)
        func request(_ id: String, _ at: String, _ via: RequestChannel = .phone) -> ServiceRequest {
            ServiceRequest(id: id, at: DayTime(at)!, via: via, summary: id)
        }
        var answered = request("answered", "2027-01-11 08:00")
        answered.respondedAt = DayTime("2027-01-11 08:10")
        var closed = request("closed", "2027-01-11 08:30")
        closed.respondedAt = DayTime("2027-01-11 08:35")
        closed.closedAt = DayTime("2027-01-11 08:50")
        acme.requests = [
            answered, request("late", "2027-01-11 09:00"), closed, request("soon", "2027-01-11 09:40"),
            request("remote", "2027-01-11 07:00", .remote),
        ]
        let open = RequestListReport(Self.portfolio([acme]), now: DayTime("2027-01-11 10:00")!, openOnly: true)
        #expect(open.requests.map(\.id) == ["late", "soon", "remote", "answered"])
        #expect(open.requests.map(\.standing) == ["missed by 30 m", "10 m left", "no promise", "met in 10 m"])
        let sla = SlaReport(Self.portfolio([acme]), now: DayTime("2027-01-11 10:00")!)
        #expect(sla.open.map(\.id) == ["late", "soon"])
    }
}
