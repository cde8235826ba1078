import RapportTestSupport
import Testing

@testable import RapportCore

/// The contract of store format 2: the past never changes. Every edit takes effect on a day, and the revenue, visits
/// and hours of every month that ended before that day stay exactly as they were.
@Suite struct HistoryTests {
    /// Random sequences of the edits that touch figures (renewing early or late, changing the agreement from a day,
    /// ending it, topping up or correcting hours, doing, cancelling and adding visits), each checked against the
    /// months before its effective day.
    @Test(.timeLimit(fuzzTimeLimit)) func noEditChangesAMonthBeforeItTakesEffect() {
        let seed = fuzzSeed(0x4157_0127)
        var random = SplitMix64(seed: seed)
        var findings = Findings("history before an edit's day is unchanged", seed: seed)
        var applied = 0
        for _ in 0..<fuzzCount(40) {
            var client = Sample.client(start: "2025-01-15", kind: .block, hours: 20)
            var today = Day("2025-02-01")!
            for _ in 0..<25 {
                today = today.adding(days: random.int(0...40))
                let (change, effective) = Self.randomEdit(of: client, today: today, &random)
                guard let after = try? change.apply(to: client, today: today) else { continue }
                applied += 1
                var month = Day("2025-01-01")!
                while month.adding(months: 1) <= effective {
                    findings.tried()
                    let (before, now) = (Self.figures(client, month), Self.figures(after, month))
                    findings.check(
                        before == now,
                        "\(change) on \(today), effective \(effective), changed \(month): \(before) -> \(now)")
                    month = month.adding(months: 1)
                }
                client = after
            }
        }
        // Most edits must have gone through, or the property says little.
        #expect(applied > fuzzCount(40) * 10)
        findings.report()
    }

    /// The example from the issue: a fee change on 10 June leaves January to May at $900.
    @Test func aFeeChangeFromADayLeavesTheMonthsBeforeAsTheyWere() throws {
        let client = try Change.setAgreement(AgreementEdit(monthlyFee: Money(1_000)), from: Day("2026-06-10")!)
            .apply(to: Sample.client(), today: Day("2026-06-10")!)
        let history = Portfolio(clients: [client], settings: Settings()).mrrHistory(today: Day("2026-07-01")!)
        #expect(
            history.suffix(7).map(\.amount) == [900, 900, 900, 900, 900, 1_000, 1_000].map { Money($0) })
        #expect(client.terms.map(\.start) == [Day("2026-01-15")!, Day("2026-06-10")!])
        #expect(client.terms.map(\.until) == [Day("2026-06-10")!, nil])
        #expect(client.terms.map(\.renewsOn) == [Day("2027-01-15")!, Day("2027-01-15")!])
        // Only the fee differs between the two terms.
        var later = client.terms[1]
        later.id = client.terms[0].id
        later.start = client.terms[0].start
        later.until = client.terms[0].until
        later.monthlyFee = client.terms[0].monthlyFee
        #expect(later == client.terms[0])
    }

    /// A new agreement needs its kind and fee, a lapsed one is renewed rather than changed, and one that stands
    /// needs only the part that changes.
    @Test func changingAnAgreementThatStandsNeedsOnlyThePartThatChanges() throws {
        #expect(throws: ChangeError(field: "kind", "a new agreement needs its kind: fixed, retainer or block")) {
            try Change.setAgreement(AgreementEdit(monthlyFee: Money(900)), from: Day("2026-01-01")!)
                .apply(to: Client(id: "new", name: "New"), today: Day("2026-01-01")!)
        }
        #expect(
            throws: ChangeError(
                field: "client",
                "the agreement lapsed on 2027-01-15; renew it (rapport renew), or start a new one with its kind and fee"
            )
        ) {
            try Change.setAgreement(AgreementEdit(monthlyFee: Money(950)), from: Day("2027-02-01")!)
                .apply(to: Sample.client(), today: Day("2027-02-01")!)
        }
        let edited = try Change.setAgreement(AgreementEdit(visitTechnician: "mk"), from: Day("2026-12-01")!)
            .apply(to: Sample.client(), today: Day("2026-12-01")!)
        #expect(edited.agreement(on: Day("2026-12-01")!)?.visits?.technician == "mk")
        #expect(edited.agreement(on: Day("2026-11-30")!)?.visits?.technician == "js")
        #expect(edited.agreement(on: Day("2026-12-01")!)?.monthlyFee == Money(900))
    }

    // MARK: - Generating and measuring

    /// An edit and the first day it may change.
    private static func randomEdit(of client: Client, today: Day, _ random: inout SplitMix64) -> (Change, Day) {
        let near = today.adding(days: random.int(-45...60))
        switch random.int(0...8) {
        case 0:
            let renewsOn = client.agreement(on: today)?.renewalDate ?? today
            return (.renew(fee: random.chance(0.5) ? Money(random.int(800...1_200)) : nil, termMonths: nil), renewsOn)
        case 1, 2:
            var edit = AgreementEdit()
            switch random.int(0...4) {
            case 0: edit.monthlyFee = Money(random.int(500...1_500))
            case 1: edit.visitRule = random.pick(RecurrenceRule.presets).rule
            case 2: edit.hours = Double(random.int(5...40))
            case 3: edit.kind = random.pick([.retainer, .fixed])
            default: edit.termMonths = random.pick([6, 12, 24])
            }
            return (.setAgreement(edit, from: near), near)
        case 3:
            return (.endAgreement(on: near, reason: "test"), near)
        case 4:
            return (.adjustHours(on: near, hours: Double(random.int(-30...30)), note: nil), near)
        case 5, 6:
            let day = client.schedule(from: today.adding(days: -30), through: today).last?.on ?? near
            return (.completeVisit(on: day, hours: Double(random.int(1...4)), note: nil, technician: nil), day)
        case 7:
            let day = client.schedule(from: today, through: today.adding(days: 30)).first?.on ?? near
            return (.cancelVisit(on: day, note: nil), day)
        default:
            return (.addVisit(on: near, at: nil, technician: nil, note: nil), near)
        }
    }

    /// A month's revenue (the fee in force each day), visits (day, status and hours) and hours (used and adjusted).
    private static func figures(_ client: Client, _ month: Day) -> String {
        let last = month.adding(days: month.daysInMonth - 1)
        let days = (0..<month.daysInMonth).map { month.adding(days: $0) }
        let fees = days.map { client.term(on: $0)?.monthlyFee.decimalString ?? "-" }
        let visits = client.schedule(from: month, through: last).map {
            "\($0.on) \($0.status) \($0.hours.map { formatHours($0) } ?? "")"
        }
        let adjusted = client.terms.flatMap { $0.hoursBank?.adjustments ?? [] }
            .filter { $0.on >= month && $0.on <= last }.reduce(0) { $0 + $1.hours }
        return "fees \(fees) visits \(visits) adjusted \(formatHours(adjusted))"
    }
}
