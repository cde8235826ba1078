import RapportTestSupport

@testable import RapportCore

/// Builders for the documents the rule tests start from.
enum Sample {
    static func day(_ text: String) -> Day { Day(text)! }

    /// A retainer client visited on the 1st and 3rd Tuesday, started 2026-01-15 for 12 months.
    static func client(
        rule: String? = "FREQ=MONTHLY;BYDAY=1TU,3TU", start: String = "2026-01-15", term: Int = 12,
        fee: String = "900.00", kind: AgreementKind = .retainer, hours: Double? = nil, minimumHours: Double? = nil
    ) -> Client {
        var client = Client(id: "acme-dental", name: "Acme Dental", status: .active)
        let agreement = Agreement(
            kind: kind, monthlyFee: Money(fee)!, start: day(start), termMonths: term,
            visits: rule.map {
                VisitPlan(rule: try! RecurrenceRule(parsing: $0), time: TimeOfDay("09:00"), technician: "js")
            },
            minimumHours: minimumHours, hoursBank: hours.map { HoursBank(purchased: $0) })
        client.terms = [agreement.asTerm()]
        return client
    }

    /// The id the first record a change makes gets when no id source is given: derived from the document and the
    /// day, as for the demo.
    static func newID(_ client: Client, on day: Day) -> String {
        var ids = RecordIDs(day: day, seed: RecordID.fnv1a("\(client.id)/\(client.recordCount)"))
        return ids.next()
    }

    static func touch(_ client: inout Client, _ on: String, followUp: String? = nil) {
        client = try! Change.logTouchpoint(
            on: day(on), via: .call, by: "js", note: nil, followUp: followUp.map(day)
        ).apply(to: client, today: day(on))
    }
}
