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
                    id: Sample.newID(Sample.client(), on: today), occurrence: today, on: today, at: TimeOfDay("09:00"),
                    technician: "js", status: .done, hours: 1.5, note: "Patched server")
            ])
    }

    @Test func completingADayWithNoVisitRecordsAnUnscheduledOne() throws {
        let wednesday = Day("2026-11-25")!
        let client = try Change.completeVisit(on: wednesday, hours: 2, note: nil, technician: "mk")
            .apply(to: Sample.client(), today: today)
        #expect(
            client.visits == [
                Visit(
                    id: Sample.newID(Sample.client(), on: today), on: wednesday, technician: "mk", status: .done,
                    hours: 2)
            ])
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
        #expect(
            client.visits == [
                Visit(
                    id: Sample.newID(Sample.client(), on: today), occurrence: today, on: to, at: TimeOfDay("14:00"),
                    technician: "js")
            ])
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
                Visit(
                    id: Sample.newID(Sample.client(), on: today), on: Day("2026-12-02")!, at: TimeOfDay("10:30"),
                    technician: "mk", note: "Audit")
            ])
    }

    /// A new record takes its id from the source the store gives, not from counting the file's records, so two
    /// machines that add one offline never make the same id.
    @Test func newRecordsTakeTheirIdsFromTheGivenSource() throws {
        var client = Sample.client()
        client.touchpoints = [Touchpoint(id: "01jd0000000000000000000009", on: Day("2026-11-20")!, via: .email)]
        var source = RecordIDs(milliseconds: 1_796_000_000_000, seed: 42)
        let expected = source.next()
        client = try Change.logTouchpoint(on: today, via: .call, by: "js", note: "Laptops", followUp: nil)
            .apply(to: client, today: today, ids: RecordIDs(milliseconds: 1_796_000_000_000, seed: 42))
        #expect(client.touchpoints.last == Touchpoint(id: expected, on: today, via: .call, by: "js", note: "Laptops"))
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
                    id: Sample.newID(Sample.client(), on: today), sent: Day("2026-11-10"), answered: Day("2026-11-14"),
                    score: 9, comment: "Quick replies")
            ])
    }

    @Test func surveyScoreOfElevenIsRefused() {
        #expect(throws: ChangeError(field: "score", "must be a whole number from 0 to 10, found 11")) {
            try Change.markSurveyAnswered(on: today, score: 11, comment: nil).apply(to: Sample.client(), today: today)
        }
    }

    /// Renewing early queues the next term from the renewal date; the term in force runs to its end.
    @Test func renewQueuesTheNextTermOnTheRenewalDate() throws {
        let client = try Change.renew(fee: Money("950"), termMonths: nil).apply(to: Sample.client(), today: today)
        #expect(client.agreement(on: today)?.monthlyFee == Money("900"))
        #expect(client.agreement(on: today)?.renewalDate == Day("2027-01-15"))
        let next = try #require(client.queuedRenewal(on: today))
        #expect(next.start == Day("2027-01-15"))
        #expect(next.monthlyFee == Money("950"))
        #expect(next.renewsOn == Day("2028-01-15"))
        #expect(client.agreement(on: Day("2027-02-01")!)?.monthlyFee == Money("950"))
        #expect(client.agreement(on: Day("2027-02-01")!)?.renewalDate == Day("2028-01-15"))
    }

    /// Renewing again before the renewal date changes the queued term rather than queueing a third.
    @Test func renewingTwiceChangesTheQueuedTerm() throws {
        var client = try Change.renew(fee: Money("950"), termMonths: nil).apply(to: Sample.client(), today: today)
        client = try Change.renew(fee: Money("975"), termMonths: 24).apply(to: client, today: today.adding(days: 3))
        #expect(client.terms.count == 2)
        #expect(client.terms.map(\.monthlyFee) == [Money("900"), Money("975")])
        #expect(client.terms.last?.renewsOn == Day("2029-01-15"))
    }

    /// Ending keeps every day before the end: the term stops then, with the reason.
    @Test func endingTheAgreementMakesAFormerClient() throws {
        let client = try Change.endAgreement(on: today, reason: "Moved away").apply(to: Sample.client(), today: today)
        #expect(client.agreement(on: today) == nil)
        #expect(client.status == .former)
        var ended = Sample.client().terms[0]
        ended.until = today
        ended.ending = Ending(reason: "Moved away")
        #expect(client.terms == [ended])
        #expect(client.agreement(on: today.adding(days: -1))?.monthlyFee == Money("900"))
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
    }

    /// Names in other scripts are transliterated, so their ids read; what has no transliteration gets a short id of
    /// its own, different for different names.
    @Test func slugTransliteratesNamesWithoutLatinLetters() {
        #expect(ClientID.slug(from: "山田歯科") == "shan-tian-chi-ke")
        #expect(ClientID.slug(from: "Ζωή") == "zoe")
        #expect(ClientID.slug(from: "Стоматология Москва") == "stomatologia-moskva")
        #expect(ClientID.slug(from: "عيادة الأسنان") == "yadt-alasnan")
        #expect(ClientID.slug(from: "Acme 東京") == "acme-dong-jing")
        let teeth = ClientID.slug(from: "🦷🦷")
        #expect(teeth == "client-\(String(RecordID.fnv1a("🦷🦷") & 0xFF_FFFF, radix: 16))")
        #expect(teeth.count == 13 && teeth != ClientID.slug(from: "🦷✨"))
        #expect(ClientID.free(for: "🦷🦷", isTaken: { $0 == teeth }) == teeth + "-2")
    }
}
