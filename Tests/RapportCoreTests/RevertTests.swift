import Testing

@testable import RapportCore

/// Undo as a change of its own: `Change.revert` takes back one change record by record and field by field, keeps
/// whatever another process wrote since, and puts back exactly, stamps included, what nobody touched.
@Suite struct RevertTests {
    let today = Day("2026-12-01")!
    let first = Stamp(at: "2026-11-01T08:00:00+00:00", by: "jo@laptop")
    let jo = Stamp(at: "2026-12-01T09:00:00+00:00", by: "jo@laptop")
    let sam = Stamp(at: "2026-12-01T09:05:00+00:00", by: "sam@desk")
    let undo = Stamp(at: "2026-12-01T09:10:00+00:00", by: "jo@laptop")

    /// Acme Dental with two people, a call, a done visit and an extra one, every record stamped.
    var client: Client {
        var client = RecordEditTests().client
        client.pipeline = Prospect(trigger: .emergency, stage: .won)
        return client.stamped(against: nil, first)
    }

    /// What the store does with a change: applies it to the file as it is, then stamps what it touched.
    func write(_ change: Change, to document: Client, _ stamp: Stamp) throws -> Client {
        change.stamped(try change.apply(to: document, today: today), against: document, stamp)
    }

    /// Takes a change back the way the dashboard's `u` does: a revert written through the same path.
    func revert(from before: Client, to after: Client, on now: Client) throws -> Client {
        try write(.revert(before: before, after: after), to: now, undo)
    }

    @Test func undoingAnEndedAgreementGivesBackTheDocumentAsItWasStampsAndAll() throws {
        let renewed = try write(.renew(fee: Money(950), termMonths: nil), to: client, first)
        let ended = try write(.endAgreement(on: today, reason: "in-house IT"), to: renewed, jo)
        #expect(ended.terms.count == 1 && ended.status == .former)

        let undone = try revert(from: renewed, to: ended, on: ended)
        #expect(undone == renewed)
        // Taking the undo back is the redo.
        #expect(try revert(from: ended, to: undone, on: undone) == ended)
    }

    @Test func undoingAChangeFromADayJoinsTheSplitTermAgain() throws {
        let changed = try write(.setAgreement(AgreementEdit(monthlyFee: Money(1_000)), from: today), to: client, jo)
        #expect(changed.terms.count == 2)
        #expect(try revert(from: client, to: changed, on: changed) == client)
    }

    @Test func aFieldSomeoneElseChangedSinceKeepsTheirValueAndIsNamed() throws {
        let edited = try write(
            .editPerson(id: "p1", PersonEdit(phone: "+1 555 0111", email: "dana@new.example")), to: client, jo)
        let theirs = try write(.editPerson(id: "p1", PersonEdit(phone: "+1 555 0222")), to: edited, sam)

        let undone = try revert(from: client, to: edited, on: theirs)
        #expect(undone.people[0].phone == "+1 555 0222")
        #expect(undone.people[0].email == nil)
        #expect(undone.people[0].changedAt == undo.at)
        #expect(undone.people[1] == client.people[1])
        let kept = try theirs.reverted(before: client, after: edited).kept
        #expect(kept == [KeptEdit(what: "the phone of Dana Ruiz", by: "sam")])
        #expect(kept.map(\.description) == ["kept sam's later edit of the phone of Dana Ruiz"])
    }

    @Test func whatTheChangeAddedGoesAndWhatOthersAddedStays() throws {
        let logged = try write(
            .logTouchpoint(on: today, via: .call, by: "js", note: "Mine", followUp: nil), to: client, jo)
        let theirs = try write(
            .logTouchpoint(on: today, via: .email, by: "mk", note: "Theirs", followUp: nil), to: logged, sam)

        let undone = try revert(from: client, to: logged, on: theirs)
        #expect(undone.touchpoints.map(\.note) == ["Asked about laptops", "Theirs"])
        #expect(undone.touchpoints.last == theirs.touchpoints.last)
    }

    @Test func aRecordTheChangeAddedAndSomeoneEditedSinceStays() throws {
        let logged = try write(
            .logTouchpoint(on: today, via: .call, by: "js", note: "Mine", followUp: nil), to: client, jo)
        let added = logged.touchpoints.last!.id
        let theirs = try write(.editTouchpoint(id: added, TouchpointEdit(note: "Mine, with more")), to: logged, sam)

        #expect(try revert(from: client, to: logged, on: theirs) == theirs)
        #expect(
            try theirs.reverted(before: client, after: logged).kept == [
                KeptEdit(what: "the call of Tue 1 Dec", by: "sam")
            ])
    }

    @Test func aDeletedRecordComesBackWhereItWas() throws {
        let deleted = try write(.deleteRecord(id: "v1"), to: client, jo)
        let theirs = try write(
            .addVisit(on: Day("2026-12-10")!, at: nil, technician: "mk", note: nil), to: deleted, sam)

        let undone = try revert(from: client, to: deleted, on: theirs)
        #expect(undone.visits.map(\.id) == ["v1", "v2", theirs.visits.last!.id])
        #expect(undone.visits[0] == client.visits[0])
    }

    @Test func whatSomeoneRemovedSinceStaysRemoved() throws {
        let edited = try write(.editTouchpoint(id: "t1", TouchpointEdit(note: "Four laptops")), to: client, jo)
        let theirs = try write(.deleteRecord(id: "t1"), to: edited, sam)
        #expect(try revert(from: client, to: edited, on: theirs).touchpoints == [])
    }

    @Test func theProfileAndTheProspectGoBackFieldByField() throws {
        var prospect = client
        prospect.status = .prospect
        prospect.terms = []
        prospect.pipeline = Prospect(trigger: .audit, stage: .proposalSent, nextStep: "Call back")
        let lost = try write(.updateProspect(ProspectEdit(stage: .lost, lostReason: "Too dear")), to: prospect, jo)
        #expect(lost.status == .former)
        let theirs = try write(.editClient(ClientEdit(address: "1 New Rd")), to: lost, sam)

        let undone = try revert(from: prospect, to: lost, on: theirs)
        #expect(undone.status == .prospect && undone.address == "1 New Rd")
        #expect(undone.pipeline == prospect.pipeline)
    }

    @Test func topUpsOfTheHoursBankAreTakenBackOneByOne() throws {
        let block = RecordEditTests().block.stamped(against: nil, first)
        let topped = try write(.adjustHours(on: today, hours: 4, note: "Mine"), to: block, jo)
        let theirs = try write(.adjustHours(on: today, hours: 2, note: "Theirs"), to: topped, sam)

        let undone = try revert(from: block, to: topped, on: theirs)
        #expect(undone.terms[0].hoursBank?.adjustments.map(\.note) == ["Second block", "Theirs"])
    }

    /// A new agreement started after the end would overlap the old one brought back, so nothing is taken back.
    @Test func anUndoThatWouldOverlapTermsIsRefused() throws {
        let ended = try write(.endAgreement(on: today, reason: nil), to: client, jo)
        let restarted = try write(
            .setAgreement(AgreementEdit(kind: .fixed, monthlyFee: Money(500)), from: Day("2026-12-15")!), to: ended,
            sam)
        #expect(
            throws: ChangeError(
                field: "agreement",
                "the agreement was changed elsewhere since; taking this back would overlap its terms, so nothing was "
                    + "undone")
        ) {
            try revert(from: client, to: ended, on: restarted)
        }
    }

    @Test func aRevertOfAnotherClientIsRefused() {
        var other = client
        other.id = "bolt-law"
        #expect(throws: ChangeError(field: "id", "the change taken back is of \"bolt-law\", not of \"acme-dental\"")) {
            try Change.revert(before: other, after: other).apply(to: client, today: today)
        }
    }

    /// A field that revert does not know would never be taken back; every stored property is listed but the id and
    /// the stamp.
    @Test func everyFieldOfEveryRecordIsTakenBack() {
        func fields(of value: Any, but skipped: Set<String> = ["id", "changedAt", "changedBy"]) -> Set<String> {
            Set(Mirror(reflecting: value).children.compactMap(\.label)).subtracting(skipped)
        }
        func keys<R>(_ list: [Field<R>]) -> Set<String> { Set(list.map(\.key)) }
        let client = self.client
        #expect(keys(RevertFields.person) == fields(of: client.people[0]))
        #expect(keys(RevertFields.visit) == fields(of: client.visits[0]))
        #expect(keys(RevertFields.touchpoint) == fields(of: client.touchpoints[0]))
        #expect(keys(RevertFields.survey) == fields(of: client.surveys[0]))
        #expect(keys(RevertFields.term) == fields(of: client.terms[0]))
        #expect(keys(RevertFields.adjustment) == fields(of: HoursAdjustment(id: "a", on: today, hours: 1)))
        #expect(keys(RevertFields.prospect) == fields(of: client.pipeline!))
        let request = ServiceRequest(
            id: "r", at: DayTime(day: today, time: TimeOfDay("09:00")!), via: .phone, summary: "Printer offline")
        #expect(keys(RevertFields.request) == fields(of: request))
        // Conflicts are written by a merge, not by an edit that an undo takes back.
        let records: Set = [
            "schemaVersion", "id", "uid", "people", "terms", "visits", "touchpoints", "surveys", "requests",
            "conflicts",
        ]
        #expect(
            keys(RevertFields.profile)
                == fields(of: client, but: records.union(["pipeline", "changedAt", "changedBy"])))
    }

    @Test func settingsGoBackPartByPartKeepingWhatOthersChanged() throws {
        let before = Settings(technicians: [Technician(id: "js", name: "Jo Smith")])
        let added = try SettingsChange.addTechnician(Technician(id: "mk", name: "Mo Khan")).apply(to: before)
        var card = before.rateCard
        card.onsiteHourly = Money(150)
        let theirs = try SettingsChange.setRateCard(card).apply(to: added)

        let undone = try SettingsChange.revert(before: before, after: added).apply(to: theirs)
        #expect(undone.technicians == before.technicians)
        #expect(undone.rateCard == card)
        #expect(try SettingsChange.revert(before: added, after: theirs).apply(to: theirs) == added)
    }
}
