import Foundation
import RapportCore
import RapportTestSupport
import Testing

@testable import RapportStore

/// The summary index is derived: it may be used only while each file is unchanged, it must read back exactly what
/// was written, and losing or damaging it must change no answer.
@Suite struct SummaryIndexTests {
    /// A client with every optional field set and history before and inside its term.
    private static func richClient(_ id: String) throws -> Client {
        var client = Client(
            id: id, name: "Ünïcode & Sons", status: .active, source: .referral,
            size: CompanySize(workstations: 12, servers: 2, wan: true), address: "1 Main St", travelMinutes: 25,
            notes: "Line one\nline two")
        client.people = [Person(name: "Pat", role: "Manager", phone: "555", email: "p@x.test", primary: true)]
        let agreement = Agreement(
            kind: .block, monthlyFee: Money(cents: 125_050), start: Day("2026-03-10")!, termMonths: 24,
            visits: VisitPlan(
                rule: try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=-1FR"), time: TimeOfDay("13:30"), technician: "js"
            ),
            contactEveryDays: 21, surveyLeadDays: 45,
            response: ResponseTimes(onsiteHours: 4.5, phoneMinutes: 30, remoteHours: nil), hourlyDiscountPercent: 10,
            afterHoursPremiumWaived: true, tripCharge: Money(cents: 4_000), minimumHours: 0.25,
            hoursBank: HoursBank(
                purchased: 40,
                adjustments: [HoursAdjustment(id: "01kdv0y800a3xkzq9g4g4qg2xv", on: Day("2026-04-01")!, hours: -2.5)]),
            surveyCadence: .quarterly)
        client.terms = [
            Agreement(kind: .retainer, monthlyFee: Money(cents: 90_000), start: Day("2025-03-10")!).asTerm(),
            agreement.asTerm(),
        ]
        client.visits = [
            Visit(id: "v1", on: Day("2025-06-27")!, technician: "js", status: .done, hours: 2, note: "old"),
            Visit(
                id: "v2", occurrence: Day("2026-04-24")!, on: Day("2026-04-23")!, at: TimeOfDay("08:00"), status: .done),
            Visit(id: "v3", on: Day("2026-12-03")!, status: .planned, note: "one-off"),
        ]
        client.touchpoints = [
            Touchpoint(id: "t1", on: Day("2025-05-01")!, via: .email, note: "answered long ago"),
            Touchpoint(id: "t2", on: Day("2026-05-02")!, via: .call, by: "js", followUp: Day("2026-12-20")!),
            Touchpoint(id: "t3", on: Day("2026-11-20")!, via: .meeting, note: "latest"),
        ]
        client.surveys = [
            Survey(id: "s1", sent: Day("2026-06-01")!, answered: Day("2026-06-03")!, score: 9, comment: "ok")
        ]
        client.pipeline = Prospect(trigger: .audit, stage: .won, estimatedMonthlyFee: Money(cents: 100_000))
        return client
    }

    /// What the index on disk holds.
    private static func indexed(_ storePath: String) -> [String: Entry] {
        SummaryIndex(storePath: storePath).read()
    }

    /// The file of the index part that holds a client.
    private static func partFile(of id: String, in storePath: String) -> String {
        SummaryIndex(storePath: storePath).file(ofPart: SummaryIndex.part(of: id))
    }

    private static func store(with clients: [Client]) throws -> TempStore {
        let temp = try TempStore()
        for client in clients {
            try temp.store.apply(.restore(client), to: client.id, today: TempStore.today)
        }
        return temp
    }

    @Test func indexReadsBackExactlyWhatWasWritten() throws {
        let client = try Self.richClient("rich")
        var sparse = Client(id: "sparse", name: "Sparse")
        sparse.terms = [Agreement(kind: .fixed, monthlyFee: .zero, start: Day("2026-01-01")!).asTerm()]
        let temp = try Self.store(with: [client, sparse])
        let unindexed = try Store(opening: temp.path, usesIndex: false).portfolio(on: TempStore.today)
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        let entries = Self.indexed(temp.path)
        #expect(entries.keys.sorted() == ["rich", "sparse"])
        #expect(entries["rich"]?.summary == ClientSummary(try temp.store.client("rich")))
        #expect(try Store(opening: temp.path).portfolio(on: TempStore.today) == unindexed)
    }

    @Test func indexIsUsedOnlyWhileTheFileIsUnchanged() throws {
        let temp = try Self.store(with: [try Self.richClient("rich")])
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        // A forged summary that still matches the file's fingerprint shows that the file was not parsed again.
        var entries = Self.indexed(temp.path)
        var forged = try #require(entries["rich"]?.summary)
        forged.client.name = "From the index"
        entries["rich"]?.content = .client(forged)
        entries["rich"]?.settled = true
        let written = SummaryIndex(storePath: temp.path).write(entries, changed: Set(entries.keys))
        #expect(written)
        #expect(try Store(opening: temp.path).portfolio(on: TempStore.today).clients.map(\.name) == ["From the index"])
        try temp.write(try temp.text("rich"), to: "rich")
        #expect(try Store(opening: temp.path).portfolio(on: TempStore.today).clients.map(\.name) == ["Ünïcode & Sons"])
    }

    @Test func rewriteAfterAChangeHoldsWhatAFreshIndexHolds() throws {
        let clients = try (0..<20).map { number in
            var client = try Self.richClient("client-\(number)")
            client.name = "Client \(number)"
            return client
        }
        let temp = try Self.store(with: clients)
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        try Store(opening: temp.path).apply(
            .logTouchpoint(on: TempStore.today, via: .call, by: "js", note: "new", followUp: nil), to: "client-7",
            today: TempStore.today)
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        let rewritten = Self.indexed(temp.path).mapValues(\.summary)
        try FileManager.default.removeItem(atPath: try Store(opening: temp.path).indexPath)
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        let fresh = Self.indexed(temp.path).mapValues(\.summary)
        #expect(rewritten.keys.sorted() == fresh.keys.sorted())
        #expect(rewritten.keys.filter { rewritten[$0] != fresh[$0] }.sorted() == [])
        let changed = try #require(rewritten["client-7"] ?? nil)
        #expect(changed.client.touchpoints.last?.note == "new")
    }

    /// A refresh costs in proportion to what changed: after one client's file changes, only the part holding it
    /// is written again, and every other part keeps its file.
    @Test func aChangedClientRewritesOnlyItsOwnPart() throws {
        let clients = (0..<40).map { Client(id: "client-\($0)", name: "Client \($0)") }
        let temp = try Self.store(with: clients)
        // Files written in the last two seconds are not trusted on their stat data, and each read that finds one
        // settled rewrites its part; an hour's age keeps the forty out of it.
        for client in clients {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: temp.file(client.id))
        }
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        let parts = Set(clients.map { SummaryIndex.part(of: $0.id) })
        try #require(parts.count > 10, "forty clients spread over \(parts.count) parts")
        func inodes() throws -> [Int: UInt64] {
            let files = parts.map { (part: $0, file: SummaryIndex(storePath: temp.path).file(ofPart: $0)) }
            return Dictionary(
                uniqueKeysWithValues: try files.map { part, file in
                    (part, try #require(FileFingerprint.stat(file)).inode)
                })
        }
        let before = try inodes()
        // An atomic write replaces the file, so a rewritten part has a new inode.
        try temp.write(try temp.text("client-7") + "\n", to: "client-7")
        #expect(try Store(opening: temp.path).portfolio(on: TempStore.today).clients.count == 40)
        let after = try inodes()
        #expect(parts.filter { before[$0] != after[$0] } == [SummaryIndex.part(of: "client-7")])
        #expect(Self.indexed(temp.path).count == 40)
    }

    /// The shape the format line hashes reaches every field: the probe leaves no optional empty and no list
    /// without an element, so a field added to any record type changes the shape, and an index written before it
    /// is rebuilt.
    @Test func theShapeReachesEveryFieldOfARecord() {
        #expect(!SummaryIndex.shape.contains("nil"), "the probe leaves a field empty: \(SummaryIndex.shape)")
        #expect(!SummaryIndex.shape.contains("[]"), "the probe leaves a list empty: \(SummaryIndex.shape)")
        #expect(SummaryIndex.shape.contains("adjustments:[HoursAdjustment{id:String,on:Day"))
        #expect(SummaryIndex.format.hasPrefix("rapport-summary-index/4 shape:"))
    }

    /// An index whose format line names another shape, as a build with other types writes it, is not decoded but
    /// rebuilt, with the same answers as no index at all.
    @Test func anIndexOfAnotherShapeIsRebuiltNotDecoded() throws {
        let temp = try Self.store(with: [try Self.richClient("rich")])
        let expected = try Store(opening: temp.path, usesIndex: false).portfolio(on: TempStore.today)
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        let index = Self.partFile(of: "rich", in: temp.path)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: index)))
        let header = Array("\(SummaryIndex.format)\n".utf8)
        try #require(bytes.starts(with: header))
        // Another shape's hash, with the file's own hash recomputed, so that only the shape tells them apart.
        bytes.replaceSubrange(0..<header.count, with: Array("rapport-summary-index/4 shape:0\n".utf8))
        bytes.removeLast(8)
        withUnsafeBytes(of: FileFingerprint.hash(bytes).littleEndian) { bytes.append(contentsOf: $0) }
        try Data(bytes).write(to: URL(fileURLWithPath: index))
        #expect(Self.indexed(temp.path).isEmpty)
        #expect(try Store(opening: temp.path).portfolio(on: TempStore.today) == expected)
        #expect(Self.indexed(temp.path).keys.sorted() == ["rich"])
    }

    @Test func damagedIndexIsIgnoredAndRebuilt() throws {
        let temp = try Self.store(with: [try Self.richClient("rich")])
        let expected = try Store(opening: temp.path, usesIndex: false).portfolio(on: TempStore.today)
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        let index = Self.partFile(of: "rich", in: temp.path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: index))
        for damaged in [bytes.prefix(bytes.count / 2), Data(bytes.map { $0 ^ 0x5a }), Data()] {
            try damaged.write(to: URL(fileURLWithPath: index))
            #expect(Self.indexed(temp.path).isEmpty)
            #expect(try Store(opening: temp.path).portfolio(on: TempStore.today) == expected)
            #expect(Self.indexed(temp.path).keys.sorted() == ["rich"])
        }
    }

    @Test func dayBeforeASummaryAnswersReadsTheWholeDocument() throws {
        let whole = try Self.richClient("rich")
        let temp = try Self.store(with: [whole])
        let summary = ClientSummary(whole)
        let exactFrom = try #require(summary.exactFrom)
        let store = try Store(opening: temp.path)
        #expect(store.portfolio(on: exactFrom).clients.map(\.touchpoints.count) == [summary.client.touchpoints.count])
        #expect(store.portfolio(on: exactFrom.adding(days: -1)).clients.map(\.touchpoints.count) == [3])
    }

    @Test func deletedClientLeavesTheIndex() throws {
        let temp = try Self.store(with: [try Self.richClient("rich"), try Self.richClient("other")])
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        try FileManager.default.removeItem(atPath: temp.file("other"))
        #expect(try Store(opening: temp.path).portfolio(on: TempStore.today).clients.map(\.id) == ["rich"])
        #expect(Self.indexed(temp.path).keys.sorted() == ["rich"])
    }

    @Test func indexKeepsItselfOutOfGit() throws {
        let temp = try Self.store(with: [try Self.richClient("rich")])
        _ = try Store(opening: temp.path).portfolio(on: TempStore.today)
        #expect(try String(contentsOfFile: "\(temp.path)/.index/.gitignore", encoding: .utf8) == "*\n")
    }
}
