import Testing

@testable import RapportCore

/// Editing and deleting one record by its id: each change carries only the fields it names, and refuses, naming the
/// field, what the change that made the record would have refused.
@Suite struct RecordEditTests {
    let today = Day("2026-12-01")!

    /// Acme Dental with two people, a call, a done visit of the rule, an extra visit ahead and a survey sent.
    var client: Client {
        var client = Sample.client()
        client.people = [
            Person(id: "p1", name: "Dana Ruiz", role: "Office manager", phone: "+1 555 0100", primary: true),
            Person(id: "p2", name: "Lee Park", email: "lee@acme.example"),
        ]
        client.touchpoints = [
            Touchpoint(
                id: "t1", on: Day("2026-11-20")!, via: .call, by: "js", note: "Asked about laptops",
                followUp: Day("2026-11-27"))
        ]
        client.visits = [
            Visit(
                id: "v1", occurrence: Day("2026-11-17"), on: Day("2026-11-17")!, at: TimeOfDay("09:00"),
                technician: "js", status: .done, hours: 1.5, note: "Patched server"),
            Visit(id: "v2", on: Day("2026-12-09")!, at: TimeOfDay("14:00"), technician: "mk"),
        ]
        client.surveys = [Survey(id: "s1", sent: Day("2026-11-10"))]
        return client
    }

    /// A block of 10 hours with a top-up of 5 on 10 Nov.
    var block: Client {
        var client = Sample.client(kind: .block, hours: 10)
        client.terms[0].hoursBank?.adjustments = [
            HoursAdjustment(id: "a1", on: Day("2026-11-10")!, hours: 5, note: "Second block")
        ]
        return client
    }

    func apply(_ change: Change, to client: Client? = nil) throws -> Client {
        try change.apply(to: client ?? self.client, today: today)
    }

    // MARK: Contacts

    @Test func editingAContactChangesOnlyTheNamedFields() throws {
        let edited = try apply(
            .editTouchpoint(id: "t1", TouchpointEdit(note: "Asked about four laptops", followUp: .some(nil))))
        #expect(
            edited.touchpoints == [
                Touchpoint(id: "t1", on: Day("2026-11-20")!, via: .call, by: "js", note: "Asked about four laptops")
            ])
        var expected = client
        expected.touchpoints = edited.touchpoints
        #expect(edited == expected)
        let cleared = try apply(.editTouchpoint(id: "t1", TouchpointEdit(via: .email, by: "", note: "")))
        #expect(cleared.touchpoints[0].via == .email && cleared.touchpoints[0].by == nil)
        #expect(cleared.touchpoints[0].note == nil && cleared.touchpoints[0].followUp == Day("2026-11-27"))
    }

    @Test func aContactEditIsCheckedAsALoggedContactIs() {
        #expect(throws: ChangeError(field: "on", "a contact cannot be logged in the future")) {
            try apply(.editTouchpoint(id: "t1", TouchpointEdit(on: Day("2026-12-02"))))
        }
        #expect(throws: ChangeError(field: "follow-up", "the follow-up date is before the contact itself")) {
            try apply(.editTouchpoint(id: "t1", TouchpointEdit(on: Day("2026-11-28"))))
        }
        #expect(throws: ChangeError(field: "id", "no contact has the id v1")) {
            try apply(.editTouchpoint(id: "v1", TouchpointEdit(note: "x")))
        }
        #expect(throws: ChangeError("name at least one field to change, e.g. --note")) {
            try apply(.editTouchpoint(id: "t1", TouchpointEdit()))
        }
    }

    // MARK: Visits

    @Test func editingAVisitChangesOnlyTheNamedFields() throws {
        let edited = try apply(.editVisit(id: "v1", VisitEdit(at: .some(nil), hours: 2.5, note: "")))
        #expect(
            edited.visits[0]
                == Visit(
                    id: "v1", occurrence: Day("2026-11-17"), on: Day("2026-11-17")!, technician: "js", status: .done,
                    hours: 2.5))
        let moved = try apply(.editVisit(id: "v2", VisitEdit(on: Day("2026-12-10"), technician: "")))
        #expect(moved.visits[1] == Visit(id: "v2", on: Day("2026-12-10")!, at: TimeOfDay("14:00")))
    }

    @Test func aVisitEditKeepsTheVisitRules() {
        #expect(throws: ChangeError(field: "hours", "only a done visit has hours; mark it done (rapport visit done)")) {
            try apply(.editVisit(id: "v2", VisitEdit(hours: 1)))
        }
        // 15 Dec is the third Tuesday, a visit of the rule.
        #expect(throws: ChangeError(field: "on", "there is already a visit on Tue 15 Dec (2026-12-15)")) {
            try apply(.editVisit(id: "v2", VisitEdit(on: Day("2026-12-15"))))
        }
        #expect(throws: ChangeError(field: "on", "a visit on Wed 2 Dec cannot be done yet")) {
            try apply(.editVisit(id: "v1", VisitEdit(on: Day("2026-12-02"))))
        }
        #expect(throws: ChangeError(field: "hours", "must be more than 0 and at most 24, e.g. 1.5")) {
            try apply(.editVisit(id: "v1", VisitEdit(hours: 30)))
        }
    }

    /// A deleted record of a rule's visit gives the occurrence back: planned again on its day, and missed once past.
    @Test func deletingAVisitOfTheRuleGivesTheOccurrenceBack() throws {
        let deleted = try apply(.deleteRecord(id: "v1"))
        #expect(deleted.visits.map(\.id) == ["v2"])
        let day = Day("2026-11-17")!
        #expect(
            deleted.visit(on: day)
                == ScheduledVisit(
                    on: day, at: TimeOfDay("09:00"), technician: "js", status: .planned, occurrence: day))
        #expect(deleted.missedVisits(today: today).map(\.on).contains(day))
        #expect(try apply(.deleteRecord(id: "v2")).visit(on: Day("2026-12-09")!) == nil)
    }

    // MARK: Surveys and hours

    @Test func aSurveyEditKeepsItsDaysInOrder() throws {
        let answered = try apply(.editSurvey(id: "s1", SurveyEdit(answered: Day("2026-11-14"), score: 9)))
        #expect(answered.surveys == [Survey(id: "s1", sent: Day("2026-11-10"), answered: Day("2026-11-14"), score: 9)])
        #expect(throws: ChangeError(field: "answered", "a score or comment needs the day it was answered, e.g. today"))
        {
            try apply(.editSurvey(id: "s1", SurveyEdit(score: 9)))
        }
        #expect(throws: ChangeError(field: "answered", "the answer is before the survey was sent on Tue 10 Nov")) {
            try apply(.editSurvey(id: "s1", SurveyEdit(answered: Day("2026-11-09"))))
        }
        #expect(throws: ChangeError(field: "sent", "a survey cannot be sent in the future")) {
            try apply(.editSurvey(id: "s1", SurveyEdit(sent: Day("2026-12-05"))))
        }
    }

    @Test func anHoursTopUpStaysInItsTermAndTheBankNeverBelowZero() throws {
        let edited = try apply(.editHoursAdjustment(id: "a1", HoursAdjustmentEdit(hours: -8, note: "")), to: block)
        #expect(
            edited.terms[0].hoursBank?.adjustments == [HoursAdjustment(id: "a1", on: Day("2026-11-10")!, hours: -8)])
        #expect(
            throws: ChangeError(
                field: "hours", "the bank would hold -1 h purchased and topped up; it never goes below zero")
        ) {
            try apply(.editHoursAdjustment(id: "a1", HoursAdjustmentEdit(hours: -11)), to: block)
        }
        #expect(
            throws: ChangeError(
                field: "on",
                "the top-up belongs to the term from 2026-01-15 to 2027-01-15; delete it and add it again on the new day"
            )
        ) {
            try apply(.editHoursAdjustment(id: "a1", HoursAdjustmentEdit(on: Day("2027-02-01"))), to: block)
        }
        var corrected = block
        corrected.terms[0].hoursBank?.adjustments.append(HoursAdjustment(id: "a2", on: Day("2026-11-20")!, hours: -14))
        #expect(try apply(.deleteRecord(id: "a2"), to: corrected).terms == block.terms)
        #expect(
            throws: ChangeError(
                field: "hours", "the bank would hold -4 h purchased and topped up; it never goes below zero")
        ) {
            try apply(.deleteRecord(id: "a1"), to: corrected)
        }
    }

    @Test func deletingTakesTimelineRecordsOnly() throws {
        #expect(try apply(.deleteRecord(id: "t1")).touchpoints == [])
        #expect(try apply(.deleteRecord(id: "s1")).surveys == [])
        let term = client.terms[0].id
        #expect(throws: ChangeError.self) { try apply(.deleteRecord(id: term)) }
        #expect(throws: ChangeError(field: "id", "a person is removed with rapport person remove")) {
            try apply(.deleteRecord(id: "p1"))
        }
        #expect(throws: ChangeError(field: "id", "no record has the id zz")) { try apply(.deleteRecord(id: "zz")) }
    }

    // MARK: People

    @Test func editingAPersonChangesTheNamedFieldsAndMovesThePrimaryMark() throws {
        let edited = try apply(.editPerson(id: "p2", PersonEdit(phone: "+1 555 0199", email: "", primary: true)))
        #expect(
            edited.people == [
                Person(id: "p1", name: "Dana Ruiz", role: "Office manager", phone: "+1 555 0100"),
                Person(id: "p2", name: "Lee Park", phone: "+1 555 0199", primary: true),
            ])
        #expect(throws: ChangeError(field: "name", "must not be empty")) {
            try apply(.editPerson(id: "p1", PersonEdit(name: " ")))
        }
        #expect(throws: ChangeError(field: "email", "\"dana.acme\" is not an email address, e.g. dana@acme.example")) {
            try apply(.editPerson(id: "p1", PersonEdit(email: "dana.acme")))
        }
        #expect(try apply(.removePerson(id: "p1")).people.map(\.id) == ["p2"])
        #expect(throws: ChangeError(field: "id", "no person has the id t1")) { try apply(.removePerson(id: "t1")) }
    }

    // MARK: Words and lookups

    @Test func summariesNameTheRecordFromTheDocumentBefore() {
        let summaries = [
            Change.editTouchpoint(id: "t1", TouchpointEdit(note: "x")), .deleteRecord(id: "v1"),
            .editVisit(id: "v2", VisitEdit(note: "x")), .editSurvey(id: "s1", SurveyEdit(comment: "x")),
            .editPerson(id: "p1", PersonEdit(phone: "1")), .removePerson(id: "p2"),
        ].map { $0.summary(today: today, in: client) }
        #expect(
            summaries == [
                "edited the call of Fri 20 Nov", "deleted the done visit of Tue 17 Nov",
                "edited the visit of Wed 9 Dec",
                "edited the survey sent Tue 10 Nov", "edited Dana Ruiz", "removed Lee Park",
            ])
        #expect(
            Change.deleteRecord(id: "a1").summary(today: today, in: block) == "deleted the 5 h top-up of Tue 10 Nov")
        #expect(Change.editTouchpoint(id: "t1", TouchpointEdit()).summary(today: today) == "edited a contact")
    }

    @Test func aTypedIDFindsItsRecordInWhicheverClientHoldsIt() throws {
        var other = Client(id: "bolt-law", name: "Bolt Law")
        other.touchpoints = [Touchpoint(id: "01abc999", on: today, via: .email)]
        var acme = client
        acme.touchpoints[0].id = "01abc123"
        let clients = [acme, other]
        let found = try RecordID.find("01ABC1", kind: .contact, in: clients)
        #expect(found.client.id == "acme-dental" && found.id == "01abc123")
        #expect(
            throws: ChangeError(
                "\"01abc\" starts 2 contact ids (acme-dental 01abc123, bolt-law 01abc999); type more of it")
        ) {
            try RecordID.find("01abc", kind: .contact, in: clients)
        }
        #expect(throws: ChangeError("\"v1\" is a visit of acme-dental, not a contact")) {
            try RecordID.find("v1", kind: .contact, in: clients)
        }
        #expect(throws: ChangeError("no contact has an id starting \"zz\"")) {
            try RecordID.find("zz", kind: .contact, in: clients)
        }
    }

    @Test func aPersonIsFoundByNameOrByTheStartOfTheirNameOrID() throws {
        #expect(try client.person(matching: "dana ruiz").id == "p1")
        #expect(try client.person(matching: "Lee").id == "p2")
        #expect(try client.person(matching: "p2").id == "p2")
        #expect(throws: ChangeError("\"p\" matches 2 people: Dana Ruiz (p1), Lee Park (p2); give the id")) {
            try client.person(matching: "p")
        }
        #expect(
            throws: ChangeError(
                "acme-dental has no person called \"Sam\" or with an id starting so; the people are Dana Ruiz (p1), "
                    + "Lee Park (p2)")
        ) {
            try client.person(matching: "Sam")
        }
    }

    @Test func topUpsOfTheHoursBankAreOnTheTimeline() {
        #expect(
            block.timeline() == [
                TimelineEntry(
                    on: Day("2026-11-10")!, kind: .hours, recordID: "a1", text: "hours bank +5 h: Second block")
            ])
    }
}
