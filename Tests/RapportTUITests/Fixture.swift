import RapportCore
import RapportTestSupport

@testable import RapportTUI

/// The dashboard state the view and update tests start from: three clients on Tuesday 1 December 2026.
enum Fixture {
    static let today = Day("2026-12-01")!
    /// Ten in the morning, for the requests' time left.
    static let now = DayTime(day: today, time: TimeOfDay(hour: 10, minute: 0)!)

    static let settings = Settings(
        business: "Northwind IT",
        technicians: [Technician(id: "js", name: "Jo Smith"), Technician(id: "mk", name: "Mo Khan")])

    static func client(
        _ id: String, _ name: String, kind: AgreementKind = .retainer, fee: String, start: String, rule: String,
        time: String, technician: String, hours: Double? = nil
    ) -> Client {
        var client = Client(
            id: id, name: name, size: CompanySize(workstations: 18, servers: 1), address: "12 Main St",
            travelMinutes: 25)
        client.people = [
            Person(id: "p1", name: "Dana Ruiz", role: "Office manager", phone: "+1 555 0100", primary: true)
        ]
        client.terms = [
            Agreement(
                kind: kind, monthlyFee: Money(fee)!, start: Day(start)!,
                visits: VisitPlan(
                    rule: try! RecurrenceRule(parsing: rule), time: TimeOfDay(time), technician: technician),
                minimumHours: 1, hoursBank: hours.map { HoursBank(purchased: $0) }
            ).asTerm()
        ]
        return client
    }

    static var portfolio: Portfolio {
        var acme = client(
            "acme-dental", "Acme Dental", fee: "900", start: "2026-01-15", rule: "FREQ=MONTHLY;BYDAY=1TU,3TU",
            time: "09:00", technician: "js")
        acme.touchpoints = [
            Touchpoint(id: "t1", on: Day("2026-11-20")!, via: .call, by: "js", note: "Asked about laptops")
        ]
        acme.visits = [
            Visit(
                id: "v1", occurrence: Day("2026-11-17"), on: Day("2026-11-17")!, at: TimeOfDay("09:00"),
                technician: "js", status: .done, hours: 1.5, note: "Patched server")
        ]
        var bolt = client(
            "bolt-law", "Bolt Law", fee: "2,450", start: "2025-12-20", rule: "FREQ=WEEKLY;BYDAY=TU", time: "13:30",
            technician: "mk")
        bolt.touchpoints = [Touchpoint(id: "t1", on: Day("2026-11-01")!, via: .email, by: "mk")]
        bolt.visits = [
            Visit(
                id: "v1", occurrence: Day("2026-11-03"), on: Day("2026-11-03")!, at: TimeOfDay("13:30"),
                technician: "mk", status: .done, hours: 1)
        ]
        var cedar = client(
            "cedar-vet", "Cedar Vet", kind: .block, fee: "250", start: "2026-06-01", rule: "FREQ=MONTHLY;BYMONTHDAY=1",
            time: "15:00", technician: "mk", hours: 10)
        cedar.visits = ["2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01"].enumerated().map {
            index, day in
            Visit(
                id: "v\(index + 1)", occurrence: Day(day), on: Day(day)!, status: .done, hours: 1.7,
                note: "Monthly check")
        }
        cedar.touchpoints = [Touchpoint(id: "t1", on: Day("2026-11-25")!, via: .call, by: "mk")]
        return Portfolio(clients: [acme, bolt, cedar], settings: settings)
    }

    static var state: AppState { AppState(now: now, portfolio: portfolio) }
}
