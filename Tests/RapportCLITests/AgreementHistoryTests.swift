import Foundation
import Testing

/// The cases a new user tripped over, each as the commands that showed it: renewing early, changing the fee from a
/// day, and two laptops adding records offline.
@Suite struct AgreementHistoryTests {
    /// A store with Acme Dental on a $900 retainer from 2026-01-15, visited on the 1st and 3rd Tuesday.
    private func acme() throws -> TemporaryStore {
        let store = try TemporaryStore()
        try store.succeed(["init"], today: "2026-01-10")
        try store.succeed(["client", "add", "Acme Dental"], today: "2026-01-10")
        try store.succeed(
            [
                "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "900", "--start", "2026-01-15",
                "--visits", "FREQ=MONTHLY;BYDAY=1TU,3TU",
            ], today: "2026-01-10")
        return store
    }

    /// Renewing a month early queues the next term: the term in force runs to its end at $900, the renewal shows as
    /// renewed with the next term, visits and overdue contact go on, and the new fee counts from the renewal date.
    @Test func anEarlyRenewalKeepsTheCurrentTermToItsEnd() throws {
        let store = try acme()
        let renewed = try store.succeed(["renew", "acme-dental", "--fee", "950"], today: "2026-12-14")
        #expect(
            renewed.stdout == """
                acme-dental: renewed the agreement
                next term: Fri 15 Jan 2027 to Sat 15 Jan 2028 at $950.00 a month

                """)

        let december = "2026-12-20"
        #expect(try field("mrr", of: store.succeed(["revenue", "--json"], today: december)) == .string("900.00"))
        let renewal = try only("renewals", of: store.succeed(["renewals", "--json"], today: december))
        #expect(renewal?["stage"] == .string("renewed"))
        #expect(renewal?["renewsOn"] == .string("2027-01-15"))
        #expect(renewal?["nextTerm"] == .object(["start": .string("2027-01-15"), "monthlyFee": .string("950.00")]))
        let upcoming = try store.succeed(["upcoming", "--days", "30", "--json"], today: december)
        #expect(try list("visits", of: upcoming).compactMap { $0["on"] } == [.string("2027-01-05")])
        let overdue = try only("clients", of: store.succeed(["overdue", "--json"], today: december))
        #expect(overdue?["client"] == .string("acme-dental"))

        let february = "2027-02-01"
        #expect(try field("mrr", of: store.succeed(["revenue", "--json"], today: february)) == .string("950.00"))
        let next = try only("renewals", of: store.succeed(["renewals", "--within", "400", "--json"], today: february))
        #expect(next?["renewsOn"] == .string("2028-01-15"))
        #expect(next?["stage"] == .string("upcoming"))
    }

    /// Renewing twice before the renewal date changes the queued term; it does not add a third.
    @Test func renewingTwiceChangesTheQueuedTerm() throws {
        let store = try acme()
        try store.succeed(["renew", "acme-dental", "--fee", "950"], today: "2026-12-14")
        try store.succeed(["renew", "acme-dental", "--fee", "975"], today: "2026-12-16")
        let terms = try list("terms", of: store.succeed(["client", "show", "acme-dental", "--json"]), in: "client")
        #expect(terms.map { $0["monthlyFee"] } == [.string("900.00"), .string("975.00")])
        #expect(terms.map { $0["start"] } == [.string("2026-01-15"), .string("2027-01-15")])
    }

    /// `agreement set --fee --from` changes the fee from that day only: January to May keep $900, and nothing else
    /// about the agreement changes. No other option is needed once the agreement exists.
    @Test func aFeeChangeFromADayLeavesThePastAndTheRestAsTheyWere() throws {
        let store = try acme()
        let set = try store.succeed(["agreement", "set", "acme-dental", "--fee", "1000", "--from", "2026-06-10"])
        #expect(set.stdout == "acme-dental: set the agreement from Wed 10 Jun\n")
        let revenue = try store.succeed(["revenue", "--json"], today: "2026-07-01")
        let history = try list("history", of: revenue).suffix(7).map { $0["mrr"] }
        #expect(
            history == ["900.00", "900.00", "900.00", "900.00", "900.00", "1000.00", "1000.00"].map(JSONValue.string))

        let terms = try list("terms", of: store.succeed(["client", "show", "acme-dental", "--json"]), in: "client")
        #expect(terms.count == 2)
        var before = try #require(terms.first)
        var after = try #require(terms.last)
        #expect(before["until"] == .string("2026-06-10"))
        #expect(after["start"] == .string("2026-06-10"))
        for key in ["id", "start", "until", "monthlyFee", "changedAt", "changedBy"] {
            before[key] = nil
            after[key] = nil
        }
        #expect(before == after, "only the fee and the dates differ")
    }

    /// Two laptops that each log a call offline on copies of one store make two different ids, so a merge keeps
    /// both; the ids sort by when they were made.
    @Test func twoMachinesAddingOfflineNeverMakeTheSameID() throws {
        let first = try acme()
        let second = try TemporaryStore()
        try FileManager.default.removeItem(atPath: second.root.path)
        try FileManager.default.copyItem(atPath: first.root.path, toPath: second.root.path)
        var ids: [String] = []
        for store in [first, second, first] {
            let logged = try store.cli.run(
                ["log", "acme-dental", "--via", "call", "--store", store.path, "--today", "2026-12-01"], unpinned: true)
            try #require(logged.status == 0, "\(logged.stderr)")
            let document = try JSONValue(
                parsing: String(contentsOfFile: store.clientFile("acme-dental"), encoding: .utf8))
            guard case .object(let client) = document, case .array(let touchpoints)? = client["touchpoints"],
                case .object(let last)? = touchpoints.last, case .string(let id)? = last["id"]
            else {
                Issue.record("no touchpoint in \(document)")
                return
            }
            ids.append(id)
        }
        #expect(Set(ids).count == 3)
        #expect(ids.allSatisfy { $0.wholeMatch(of: /[0-9a-hjkmnp-tv-z]{26}/) != nil })
        #expect(ids[0] < ids[2], "ids sort by when they were made")
    }

    // MARK: - Reading reports

    private func object(_ result: RunResult) throws -> [String: JSONValue] {
        guard case .object(let members) = try JSONValue(parsing: result.stdout) else {
            throw RunFailure(description: "not a JSON object: \(result.stdout)")
        }
        return members
    }

    private func field(_ key: String, of result: RunResult) throws -> JSONValue? {
        try object(result)[key]
    }

    /// The objects of a list in a report, or in an object of it.
    private func list(_ key: String, of result: RunResult, in parent: String? = nil) throws -> [[String: JSONValue]] {
        var members = try object(result)
        if let parent, case .object(let inner)? = members[parent] { members = inner }
        guard case .array(let values)? = members[key] else { return [] }
        return values.compactMap { value in
            if case .object(let entry) = value { return entry }
            return nil
        }
    }

    /// The one object of a list in a report, or nil when it holds none or several.
    private func only(_ key: String, of result: RunResult) throws -> [String: JSONValue]? {
        let entries = try list(key, of: result)
        return entries.count == 1 ? entries[0] : nil
    }
}
