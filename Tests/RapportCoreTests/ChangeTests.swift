import Testing

@testable import RapportCore

@Suite struct ChangeTests {
    let today = Day("2026-12-01")!

    @Test func addClientRefusesAnExistingDocument() {
        let existing = Sample.client()
        #expect(throws: ChangeError(field: "id", "a client with id \"acme-dental\" already exists")) {
            try Change.addClient(Client(id: "acme-dental", name: "Acme")).apply(to: existing, today: today)
        }
    }

    @Test(arguments: [
        "../etc/passwd", "/abs", "Acme", "a b", "", "-lead", "a\u{0}b", String(repeating: "a", count: 65),
    ])
    func addClientRefusesIdsThatAreNotSlugs(_ id: String) {
        #expect(throws: ChangeError.self) {
            try Change.addClient(Client(id: id, name: "X")).apply(to: nil, today: today)
        }
    }

    @Test func editingAMissingClientSaysSo() {
        #expect(throws: ChangeError(field: "client", "no such client")) {
            try Change.addPerson(Person(name: "Dana")).apply(to: nil, today: today)
        }
    }

    @Test func firstPersonBecomesPrimaryAndANewPrimaryReplacesIt() throws {
        var client = Sample.client()
        client = try Change.addPerson(Person(name: "Dana Ruiz")).apply(to: client, today: today)
        client = try Change.addPerson(Person(name: "Lee Park")).apply(to: client, today: today)
        #expect(client.people.map(\.primary) == [true, false])
        client = try Change.addPerson(Person(name: "Sam Cole", primary: true)).apply(to: client, today: today)
        #expect(client.people.map(\.primary) == [false, false, true])
        #expect(client.primaryContact?.name == "Sam Cole")
    }

    @Test func personWithABadEmailIsRefused() {
        #expect(throws: ChangeError(field: "email", "\"dana.acme\" is not an email address, e.g. dana@acme.example")) {
            try Change.addPerson(Person(name: "Dana", email: "dana.acme")).apply(to: Sample.client(), today: today)
        }
    }

    @Test func completingAnOccurrenceStoresARecordForIt() throws {
        let client = try Change.completeVisit(on: today, hours: 1.5, note: "Patched server", technician: nil)
            .apply(to: Sample.client(), today: today)
        #expect(
            client.visits == [
                Visit(
                    id: "v1", occurrence: today, on: today, at: TimeOfDay("09:00"), technician: "js", status: .done,
                    hours: 1.5, note: "Patched server")
            ])
    }

    @Test func completingADayWithNoVisitRecordsAnUnscheduledOne() throws {
        let wednesday = Day("2026-11-25")!
        let client = try Change.completeVisit(on: wednesday, hours: 2, note: nil, technician: "mk")
            .apply(to: Sample.client(), today: today)
        #expect(client.visits == [Visit(id: "v1", on: wednesday, technician: "mk", status: .done, hours: 2)])
    }

    @Test func aVisitCannotBeDoneTwiceOrInTheFuture() throws {
        let done = try Change.completeVisit(on: today, hours: 1, note: nil, technician: nil)
            .apply(to: Sample.client(), today: today)
        #expect(throws: ChangeError(field: "on", "the visit on Tue 1 Dec is already marked done")) {
            try Change.completeVisit(on: today, hours: 1, note: nil, technician: nil).apply(to: done, today: today)
        }
        #expect(throws: ChangeError(field: "on", "a visit on Tue 15 Dec cannot be done yet")) {
            try Change.completeVisit(on: Day("2026-12-15")!, hours: 1, note: nil, technician: nil)
                .apply(to: done, today: today)
        }
    }

    @Test(arguments: [0, -1, 25, Double.nan])
    func visitHoursOutsideADayAreRefused(_ hours: Double) {
        #expect(throws: ChangeError(field: "hours", "must be more than 0 and at most 24, e.g. 1.5")) {
            try Change.completeVisit(on: today, hours: hours, note: nil, technician: nil)
                .apply(to: Sample.client(), today: today)
        }
    }

    @Test func movingAnOccurrenceKeepsItsRecurrenceID() throws {
        let to = Day("2026-12-03")!
        let client = try Change.moveVisit(from: today, to: to, at: TimeOfDay("14:00"))
            .apply(to: Sample.client(), today: today)
        #expect(client.visits == [Visit(id: "v1", occurrence: today, on: to, at: TimeOfDay("14:00"), technician: "js")])
        #expect(client.visit(on: today) == nil)
        #expect(client.visit(on: to)?.occurrence == today)
    }

    @Test func movingOntoAnotherVisitIsRefused() {
        #expect(throws: ChangeError(field: "to", "there is already a visit on Tue 15 Dec (2026-12-15)")) {
            try Change.moveVisit(from: today, to: Day("2026-12-15")!, at: nil).apply(to: Sample.client(), today: today)
        }
    }

    @Test func cancellingADayWithoutAVisitNamesTheDay() {
        #expect(throws: ChangeError(field: "on", "there is no visit on Wed 2 Dec (2026-12-02)")) {
            try Change.cancelVisit(on: Day("2026-12-02")!, note: nil).apply(to: Sample.client(), today: today)
        }
    }

    @Test func cancelledOccurrenceLeavesTheUpcomingList() throws {
        let client = try Change.cancelVisit(on: today, note: "Office closed").apply(to: Sample.client(), today: today)
        #expect(client.upcomingVisits(today: today, days: 15).map(\.on) == [Day("2026-12-15")!])
        #expect(client.visits.first?.status == .cancelled)
    }

    @Test func addingAVisitOnABusyDayIsRefusedButAFreeDayWorks() throws {
        #expect(throws: ChangeError(field: "on", "there is already a visit on Tue 1 Dec (2026-12-01)")) {
            try Change.addVisit(on: today, at: nil, technician: nil, note: nil).apply(to: Sample.client(), today: today)
        }
        let client = try Change.addVisit(
            on: Day("2026-12-02")!, at: TimeOfDay("10:30"), technician: "mk", note: "Audit"
        )
        .apply(to: Sample.client(), today: today)
        #expect(
            client.visits == [
                Visit(id: "v1", on: Day("2026-12-02")!, at: TimeOfDay("10:30"), technician: "mk", note: "Audit")
            ])
    }

    @Test func touchpointIdsCountUpFromTheHighest() throws {
        var client = Sample.client()
        client.touchpoints = [Touchpoint(id: "t9", on: Day("2026-11-20")!, via: .email)]
        client = try Change.logTouchpoint(on: today, via: .call, by: "js", note: "Laptops", followUp: nil)
            .apply(to: client, today: today)
        #expect(client.touchpoints.last == Touchpoint(id: "t10", on: today, via: .call, by: "js", note: "Laptops"))
    }

    @Test func followUpBeforeTheContactIsRefused() {
        #expect(throws: ChangeError(field: "follow-up", "the follow-up date is before the contact itself")) {
            try Change.logTouchpoint(on: today, via: .call, by: nil, note: nil, followUp: Day("2026-11-30"))
                .apply(to: Sample.client(), today: today)
        }
    }

    @Test func surveyAnswerCompletesTheOpenSurvey() throws {
        var client = try Change.markSurveySent(on: Day("2026-11-10")!).apply(to: Sample.client(), today: today)
        client = try Change.markSurveyAnswered(on: Day("2026-11-14")!, score: 9, comment: "Quick replies")
            .apply(to: client, today: today)
        #expect(
            client.surveys == [
                Survey(
                    id: "s1", sent: Day("2026-11-10"), answered: Day("2026-11-14"), score: 9, comment: "Quick replies")
            ])
    }

    @Test func surveyScoreOfElevenIsRefused() {
        #expect(throws: ChangeError(field: "score", "must be a whole number from 0 to 10, found 11")) {
            try Change.markSurveyAnswered(on: today, score: 11, comment: nil).apply(to: Sample.client(), today: today)
        }
    }

    @Test func renewStartsTheNextTermOnTheOldRenewalDate() throws {
        let client = try Change.renew(fee: Money("950"), termMonths: nil).apply(to: Sample.client(), today: today)
        let agreement = try #require(client.agreement)
        #expect(agreement.start == Day("2027-01-15"))
        #expect(agreement.monthlyFee == Money("950"))
        #expect(agreement.renewalDate == Day("2028-01-15"))
        #expect(client.pastTerms.map(\.outcome) == [.renewed])
        #expect(client.pastTerms.first?.agreement.monthlyFee == Money("900"))
        #expect(client.pastTerms.first?.ended == Day("2027-01-15"))
    }

    @Test func endingTheAgreementMakesAFormerClient() throws {
        let client = try Change.endAgreement(on: today, reason: "Moved away").apply(to: Sample.client(), today: today)
        #expect(client.agreement == nil)
        #expect(client.status == .former)
        #expect(
            client.pastTerms == [
                PastTerm(agreement: Sample.client().agreement!, ended: today, outcome: .ended, reason: "Moved away")
            ])
    }

    @Test func blockAgreementNeedsItsHours() {
        let agreement = Agreement(kind: .block, monthlyFee: Money(500), start: today)
        #expect(
            throws: ChangeError(field: "hours", "a block agreement needs the number of prepaid hours, e.g. --hours 40")
        ) {
            try Change.setAgreement(agreement).apply(to: Sample.client(), today: today)
        }
    }

    @Test func settingAnAgreementActivatesAProspect() throws {
        var prospect = Client(id: "new-co", name: "New Co", status: .prospect)
        prospect = try Change.setAgreement(Agreement(kind: .fixed, monthlyFee: Money(400), start: today))
            .apply(to: prospect, today: today)
        #expect(prospect.status == .active)
    }

    @Test func slugFoldsAccentsAndPunctuation() {
        #expect(ClientID.slug(from: "Zürich Dental AG") == "zurich-dental-ag")
        #expect(ClientID.slug(from: "  O'Brien & Sons, Ltd. ") == "o-brien-sons-ltd")
        #expect(ClientID.slug(from: "東京") == "client")
    }
}
