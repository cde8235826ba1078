import Testing

@testable import RapportCore

@Suite struct RenewalAndRevenueTests {
    @Test(arguments: [
        ("2026-01-15", 12, "2027-01-15"), ("2026-01-31", 1, "2026-02-28"), ("2027-01-31", 13, "2028-02-29"),
        ("2024-02-29", 12, "2025-02-28"), ("2026-08-31", 6, "2027-02-28"), ("2026-03-31", 1, "2026-04-30"),
    ])
    func renewalDateAddsCalendarMonthsClampedToTheMonthEnd(_ start: String, _ term: Int, _ renewal: String) {
        let agreement = Agreement(kind: .retainer, monthlyFee: Money(1), start: Day(start)!, termMonths: term)
        #expect(agreement.renewalDate == Day(renewal))
    }

    @Test func activeFromStartUntilTheDayBeforeRenewal() {
        let agreement = Sample.client().agreement(on: Day("2026-06-01")!)!
        #expect(!agreement.isActive(on: Day("2026-01-14")!))
        #expect(agreement.isActive(on: Day("2026-01-15")!))
        #expect(agreement.isActive(on: Day("2027-01-14")!))
        #expect(!agreement.isActive(on: Day("2027-01-15")!))
    }

    @Test func mrrSumsOnlyActiveAgreementsAndArrIsTwelveTimes() {
        var lapsed = Sample.client(start: "2025-01-01", fee: "300")
        lapsed.id = "old"
        var future = Sample.client(start: "2027-01-01", fee: "700")
        future.id = "future"
        let portfolio = Portfolio(
            clients: [Sample.client(fee: "900"), Sample.client(start: "2026-06-01", fee: "2500.50"), lapsed, future],
            settings: Settings())
        let today = Day("2026-12-01")!
        #expect(portfolio.mrr(today: today) == Money("3400.50"))
        #expect(portfolio.arr(today: today) == Money("40806.00"))
        #expect(portfolio.activeClients(today: today).count == 2)
    }
}

@Suite struct VisitRuleTests {
    @Test func upcomingVisitsAreTheRuleOccurrencesWithinTheWindow() {
        let visits = Sample.client().upcomingVisits(today: Day("2026-11-29")!, days: 14)
        #expect(visits.map(\.on) == [Day("2026-12-01")!])
        #expect(visits.first?.technician == "js")
        #expect(visits.first?.at == TimeOfDay("09:00"))
    }

    @Test func noOccurrencesArePromisedAfterTheRenewalDate() {
        let client = Sample.client(start: "2026-01-15", term: 11)
        #expect(client.upcomingVisits(today: Day("2026-12-01")!, days: 30).map(\.on) == [Day("2026-12-01")!])
    }

    @Test func pastOccurrencesWithNoRecordAreMissed() throws {
        var client = Sample.client(start: "2026-11-01")
        client = try Change.completeVisit(on: Day("2026-11-03")!, hours: 1, note: nil, technician: nil)
            .apply(to: client, today: Day("2026-11-03")!)
        #expect(client.missedVisits(today: Day("2026-12-01")!).map(\.on) == [Day("2026-11-17")!])
    }
}

@Suite struct OverdueContactTests {
    let defaults = Defaults()

    @Test func overdueWhenLastCallOlderThanLimit() {
        var client = Sample.client(rule: nil)
        Sample.touch(&client, "2026-11-16")
        #expect(client.overdueContact(today: Day("2026-11-30")!, defaults: defaults) == nil)
        #expect(
            client.overdueContact(today: Day("2026-12-01")!, defaults: defaults)
                == OverdueContact(lastContact: Day("2026-11-16"), daysSince: 15, limitDays: 14, reason: .noContact))
    }

    @Test func neverContactedCountsFromTheAgreementStart() {
        let client = Sample.client(rule: nil, start: "2026-11-01")
        #expect(
            client.overdueContact(today: Day("2026-11-20")!, defaults: defaults)
                == OverdueContact(lastContact: nil, daysSince: 19, limitDays: 14, reason: .neverContacted))
    }

    @Test func agreementContactIntervalOverridesTheDefault() {
        var client = Sample.client(rule: nil)
        client.terms[0].contactEveryDays = 30
        Sample.touch(&client, "2026-11-01")
        #expect(client.overdueContact(today: Day("2026-11-25")!, defaults: defaults) == nil)
        #expect(client.overdueContact(today: Day("2026-12-02")!, defaults: defaults)?.limitDays == 30)
    }

    @Test func doneVisitCountsAsContact() throws {
        var client = Sample.client()
        client = try Change.completeVisit(on: Day("2026-11-17")!, hours: 1, note: nil, technician: nil)
            .apply(to: client, today: Day("2026-11-17")!)
        #expect(client.lastContact(today: Day("2026-11-29")!) == Day("2026-11-17"))
        #expect(client.overdueContact(today: Day("2026-11-29")!, defaults: defaults) == nil)
    }

    @Test func passedFollowUpWithNoContactSinceIsOverdue() {
        var client = Sample.client(rule: nil)
        Sample.touch(&client, "2026-11-20", followUp: "2026-11-24")
        #expect(client.overdueContact(today: Day("2026-11-24")!, defaults: defaults) == nil)
        #expect(
            client.overdueContact(today: Day("2026-11-25")!, defaults: defaults)?.reason
                == .followUpPassed(Day("2026-11-24")!))
        Sample.touch(&client, "2026-11-25")
        #expect(client.overdueContact(today: Day("2026-11-26")!, defaults: defaults) == nil)
    }

    @Test func missedVisitSinceTheLastContactIsOverdue() {
        var client = Sample.client(start: "2026-11-01")
        Sample.touch(&client, "2026-11-16")
        #expect(
            client.overdueContact(today: Day("2026-11-18")!, defaults: defaults)?.reason
                == .visitMissed(Day("2026-11-17")!))
    }

    @Test func formerClientsAreNeverOverdue() {
        var client = Sample.client(rule: nil)
        client.status = .former
        #expect(client.overdueContact(today: Day("2026-12-01")!, defaults: defaults) == nil)
    }
}

@Suite struct SurveyStatusTests {
    let defaults = Defaults()

    @Test func notYetUntilTheLeadTimeBeforeRenewalThenDue() {
        let client = Sample.client()  // renews 2027-01-15; due from 2026-11-16
        #expect(client.surveyStatus(today: Day("2026-11-15")!, defaults: defaults) == .notYet)
        #expect(client.surveyStatus(today: Day("2026-11-16")!, defaults: defaults) == .due)
    }

    @Test func sentThenAnsweredWithinTheTermWins() throws {
        var client = try Change.markSurveySent(on: Day("2026-11-20")!).apply(
            to: Sample.client(), today: Day("2026-11-20")!)
        #expect(client.surveyStatus(today: Day("2026-11-25")!, defaults: defaults) == .sent)
        client = try Change.markSurveyAnswered(on: Day("2026-11-24")!, score: 8, comment: nil)
            .apply(to: client, today: Day("2026-11-25")!)
        #expect(client.surveyStatus(today: Day("2026-11-25")!, defaults: defaults) == .answered)
    }

    @Test func surveyFromThePreviousTermDoesNotCount() {
        var client = Sample.client()
        client.surveys = [Survey(id: "s1", sent: Day("2025-11-10"), answered: Day("2025-11-12"), score: 7)]
        #expect(client.surveyStatus(today: Day("2026-11-20")!, defaults: defaults) == .due)
    }
}

@Suite struct HoursBankTests {
    @Test func doneVisitsDrawDownRoundedUpToTheMinimum() throws {
        var client = Sample.client(rule: nil, start: "2026-06-01", kind: .block, hours: 10, minimumHours: 1)
        for (day, hours) in [("2026-07-01", 0.5), ("2026-08-01", 3.0), ("2026-09-01", 2.5)] {
            client = try Change.completeVisit(on: Day(day)!, hours: hours, note: nil, technician: nil)
                .apply(to: client, today: Day(day)!)
        }
        let bank = try #require(client.hoursBankStatus(today: Day("2026-09-01")!))
        #expect(bank.used == 6.5)
        #expect(bank.remaining == 3.5)
        #expect(bank.alert == nil)
    }

    @Test(
        arguments: [(7.9, nil), (8.0, HoursBankAlert.used80), (9.5, .used95), (10.0, .used95), (10.5, .overrun)]
            as [(Double, HoursBankAlert?)])
    func alertsAtEightyAndNinetyFivePercentAndOverrun(_ used: Double, _ alert: HoursBankAlert?) {
        #expect(HoursBankStatus(purchased: 10, adjustments: 0, used: used).alert == alert)
    }

    /// Use past the bank shows as overrun, never as a negative balance.
    @Test func overrunIsTheHoursPastZero() {
        let bank = HoursBankStatus(purchased: 8, adjustments: 2, used: 12.5)
        #expect(bank.remaining == 0)
        #expect(bank.overrun == 2.5)
    }

    @Test func retainerHasNoBank() {
        #expect(Sample.client().hoursBankStatus(today: Day("2026-06-01")!) == nil)
    }
}
