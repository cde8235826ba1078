import Foundation
import Testing

@testable import RapportCore

/// The three-way merge of two machines' copies of a client: records matched by id, fields merged one by one, the
/// later edit kept when both changed a field and the other kept as an open conflict, whichever side is "ours".
@Suite struct MergeTests {
    let today = Day("2026-12-15")!
    let first = Stamp(at: "2026-11-01T08:00:00+00:00", by: "jo@laptop")
    let jo = Stamp(at: "2026-12-01T09:00:00+00:00", by: "jo@laptop")
    let sam = Stamp(at: "2026-12-01T09:05:00+00:00", by: "sam@office")

    /// Acme Dental with two people, a call, a done visit and a planned one, every record stamped.
    var base: Client { RecordEditTests().client.stamped(against: nil, first) }

    /// What the store does with a change on one machine: applies it with that machine's ids, then stamps it.
    func write(_ change: Change, to document: Client?, _ stamp: Stamp, seed: UInt64) throws -> Client {
        let ids = RecordIDs(day: today, seed: seed &* 1_000_003 &+ UInt64(document?.recordCount ?? 0))
        return change.stamped(try change.apply(to: document, today: today, ids: ids), against: document, stamp)
    }

    func call(_ note: String) -> Change {
        .logTouchpoint(on: today, via: .call, by: "js", note: note, followUp: nil)
    }

    /// The merge both ways round, which must give the same bytes; returns one of them.
    func merged(_ base: Client?, _ ours: Client?, _ theirs: Client?) throws -> (Client?, [Conflict]) {
        let one = try Client.merge(base: base, ours: ours, theirs: theirs)
        let other = try Client.merge(base: base, ours: theirs, theirs: ours)
        #expect(try bytes(one.0) == bytes(other.0))
        #expect(one.1 == other.1)
        return one
    }

    func bytes(_ client: Client?) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(client)
    }

    @Test func callsLoggedOnBothSidesAreAllKeptInTheOrderTheyWereMade() throws {
        var ours = base
        for note in ["a1", "a2"] { ours = try write(call(note), to: ours, jo, seed: 1) }
        let theirs = try write(call("b1"), to: base, sam, seed: 2)

        let (client, conflicts) = try merged(base, ours, theirs)
        let added = Array(client!.touchpoints.dropFirst())
        #expect(client!.touchpoints.first == base.touchpoints.first)
        #expect(Set(added.compactMap(\.note)) == ["a1", "a2", "b1"])
        #expect(added.map(\.id) == added.map(\.id).sorted())
        #expect(conflicts.isEmpty && client!.conflicts == nil)
    }

    @Test func fieldsChangedOnOneSideEachTakeThatSide() throws {
        let ours = try write(.editClient(ClientEdit(address: "9 New Rd")), to: base, jo, seed: 1)
        let theirs = try write(.editPerson(id: "p1", PersonEdit(phone: "+1 555 0199")), to: base, sam, seed: 2)

        let (client, conflicts) = try merged(base, ours, theirs)
        #expect(client!.address == "9 New Rd")
        #expect(client!.people[0].phone == "+1 555 0199")
        #expect(client!.people[0].changedBy == "sam@office" && client!.changedBy == "jo@laptop")
        #expect(conflicts.isEmpty)
    }

    @Test func aVisitDoneOnOneSideAndMovedOnTheOtherIsDoneOnItsNewDay() throws {
        let ours = try write(
            .completeVisit(on: Day("2026-12-09")!, hours: 2, note: nil, technician: nil), to: base, jo, seed: 1)
        let theirs = try write(.editVisit(id: "v2", VisitEdit(on: Day("2026-12-10")!)), to: base, sam, seed: 2)
        #expect(ours.visits[1].id == "v2" && ours.visits[1].status == .done)

        let (client, conflicts) = try merged(base, ours, theirs)
        #expect(client!.visits[1].status == .done)
        #expect(client!.visits[1].on == Day("2026-12-10")!)
        #expect(client!.visits[1].hours == 2)
        #expect(conflicts.isEmpty)
    }

    @Test func anOccurrenceOfTheRuleDoneOnOneSideAndMovedOnTheOtherIsOneVisitDoneOnItsNewDay() throws {
        let first = Day("2026-12-01")!
        let ours = try write(.completeVisit(on: first, hours: 2, note: nil, technician: nil), to: base, jo, seed: 1)
        let theirs = try write(.moveVisit(from: first, to: Day("2026-12-02")!, at: nil), to: base, sam, seed: 2)
        #expect(ours.visits.last!.id != theirs.visits.last!.id)

        let (client, conflicts) = try merged(base, ours, theirs)
        let records = client!.visits.filter { $0.occurrence == first }
        #expect(records.count == 1)
        #expect(records.first?.status == .done && records.first?.on == Day("2026-12-02")! && records.first?.hours == 2)
        #expect(records.first?.at == TimeOfDay("09:00") && records.first?.technician == "js")
        #expect(conflicts.isEmpty)
    }

    @Test func notesChangedOnBothSidesKeepTheLaterEditAndAnOpenConflict() throws {
        let ours = try write(.editClient(ClientEdit(notes: "Jo's notes")), to: base, jo, seed: 1)
        let theirs = try write(.editClient(ClientEdit(notes: "Sam's notes")), to: base, sam, seed: 2)

        let (client, conflicts) = try merged(base, ours, theirs)
        #expect(client!.notes == "Sam's notes")
        #expect(conflicts.count == 1)
        #expect(conflicts[0].kind == .changedOnBoth && conflicts[0].path == "notes")
        #expect(conflicts[0].kept == "\"Sam's notes\"" && conflicts[0].other == "\"Jo's notes\"")
        #expect(conflicts[0].otherBy == "jo@laptop" && conflicts[0].otherAt == jo.at)
        #expect(client!.conflicts == conflicts)
        #expect(conflicts[0].summary == "notes: kept \"Sam's notes\", other edit \"Jo's notes\" by jo@laptop")
    }

    @Test func equalStampsAreOrderedByTheMachineName() throws {
        let at = "2026-12-01T09:00:00+00:00"
        let ours = try write(.editClient(ClientEdit(notes: "A")), to: base, Stamp(at: at, by: "a@one"), seed: 1)
        let theirs = try write(.editClient(ClientEdit(notes: "B")), to: base, Stamp(at: at, by: "b@two"), seed: 2)

        let (client, conflicts) = try merged(base, ours, theirs)
        #expect(client!.notes == "B" && conflicts.map(\.otherBy) == ["a@one"])
    }

    @Test func stampsWrittenWithDifferentOffsetsAreOrderedByTheMomentTheyStandFor() throws {
        // 10:00 in Paris is 09:00 UTC, before Sam's 09:30 in London.
        let paris = Stamp(at: "2026-12-01T10:00:00+01:00", by: "jo@laptop")
        let london = Stamp(at: "2026-12-01T09:30:00+00:00", by: "sam@office")
        let ours = try write(.editClient(ClientEdit(notes: "Paris")), to: base, paris, seed: 1)
        let theirs = try write(.editClient(ClientEdit(notes: "London")), to: base, london, seed: 2)

        let (client, conflicts) = try merged(base, ours, theirs)
        #expect(client!.notes == "London" && conflicts.map(\.otherBy) == ["jo@laptop"])
    }

    @Test func anEditAgainstADeletionKeepsTheDeletionAndAConflictHoldingTheEdit() throws {
        let ours = try write(.deleteRecord(id: "t1"), to: base, jo, seed: 1)
        let theirs = try write(
            .editTouchpoint(id: "t1", TouchpointEdit(note: "Four laptops")), to: base, sam, seed: 2)

        let (client, conflicts) = try merged(base, ours, theirs)
        #expect(client!.touchpoints.isEmpty)
        #expect(conflicts.count == 1)
        #expect(conflicts[0].kind == .editedAndDeleted && conflicts[0].path == "touchpoints/t1")
        #expect(conflicts[0].kept == "null" && conflicts[0].other.contains("\"note\":\"Four laptops\""))
        #expect(conflicts[0].summary == "touchpoints/t1: deleted, but edited by sam@office meanwhile")
    }

    @Test func aDeletionOfARecordTheOtherSideLeftAloneIsKept() throws {
        let ours = try write(.deleteRecord(id: "t1"), to: base, jo, seed: 1)
        let theirs = try write(call("b1"), to: base, sam, seed: 2)

        let (client, conflicts) = try merged(base, ours, theirs)
        #expect(client!.touchpoints.map(\.note) == ["b1"])
        #expect(conflicts.isEmpty)
    }

    @Test func aClientAddedOnBothMachinesBecomesOneWithBothSidesRecords() throws {
        let new = Client(id: "delta-dental", name: "Delta Dental", status: .prospect)
        var ours = try write(.addClient(new), to: nil, jo, seed: 1)
        ours = try write(call("from jo"), to: ours, jo, seed: 1)
        var theirs = try write(.addClient(new), to: nil, sam, seed: 2)
        theirs = try write(call("from sam"), to: theirs, sam, seed: 2)
        #expect(ours.uid != theirs.uid)

        let (client, conflicts) = try merged(nil, ours, theirs)
        #expect(client!.uid == theirs.uid)
        #expect(Set(client!.touchpoints.compactMap(\.note)) == ["from jo", "from sam"])
        #expect(conflicts.map(\.kind) == [.addedTwice])
        #expect(conflicts[0].summary == "merged: added on two machines")
    }

    @Test func mergingAMergeAgainKeepsOneCopyOfEachConflict() throws {
        let ours = try write(.editClient(ClientEdit(notes: "Jo's notes")), to: base, jo, seed: 1)
        let theirs = try write(.editClient(ClientEdit(notes: "Sam's notes")), to: base, sam, seed: 2)
        let (client, _) = try merged(base, ours, theirs)
        let later = try write(call("after"), to: client, jo, seed: 3)

        let (again, conflicts) = try merged(client, later, client)
        #expect(again == later && conflicts.isEmpty)
        #expect(try merged(theirs, client, later).0 == later)
        #expect(later.openConflicts.count == 1)
    }

    @Test func aConflictSettledOnOneSideStaysSettled() throws {
        let ours = try write(.editClient(ClientEdit(notes: "Jo's notes")), to: base, jo, seed: 1)
        let theirs = try write(.editClient(ClientEdit(notes: "Sam's notes")), to: base, sam, seed: 2)
        let (client, _) = try merged(base, ours, theirs)
        var settled = client!
        settled.openConflicts = []
        let elsewhere = try write(call("b"), to: client, sam, seed: 4)

        let (result, conflicts) = try merged(client, settled, elsewhere)
        #expect(result!.conflicts == nil && conflicts.isEmpty)
        #expect(result!.touchpoints.last?.note == "b")
    }

    @Test func aFileDeletedOnOneSideAndLeftAloneOnTheOtherIsDeleted() throws {
        #expect(try merged(base, nil, base).0 == nil)
        #expect(try merged(nil, nil, base).0 == base)
    }

    @Test func settingsMergeTheRateCardAndTheTeamFieldByField() throws {
        var base = Settings(technicians: [Technician(id: "js", name: "Jo Smith")])
        base.rateCard.tripCharge = Money(45)
        var ours = base
        ours.rateCard.onsiteHourly = Money(130)
        ours.technicians.append(Technician(id: "mk", name: "Mia Kim"))
        ours.technicians[0].skills = ["Windows"]
        var theirs = base
        theirs.rateCard.remoteHourly = Money(99)
        theirs.technicians.append(Technician(id: "al", name: "Al Lee"))
        theirs.business = "Ruiz IT"
        ours.business = "Smith IT"

        let one = try Settings.merge(base: base, ours: ours, theirs: theirs)
        let other = try Settings.merge(base: base, ours: theirs, theirs: ours)
        #expect(one.0 == other.0)
        let settings = one.0!
        #expect(settings.rateCard.onsiteHourly == Money(130) && settings.rateCard.remoteHourly == Money(99))
        #expect(settings.technicians.map(\.id) == ["js", "al", "mk"])
        #expect(settings.technicians[0].skills == ["Windows"])
        #expect(settings.business == "Smith IT")
        #expect(one.1.map(\.path) == ["business"] && settings.openConflicts == one.1)
    }

    @Test func aFileWithoutConflictsReadsAndWritesWithoutTheKey() throws {
        let data = try JSONEncoder().encode(base)
        #expect(!String(decoding: data, as: UTF8.self).contains("conflicts"))
        #expect(try JSONDecoder().decode(Client.self, from: data).conflicts == nil)
    }
}
