import Foundation
import RapportCore
import Testing

@testable import RapportTUI

/// The renewals pane's rate per hour and the header's capacity are the figures `rapport profit` and `rapport
/// capacity` print, on the example: a $1,000 retainer, two visits of 2 and 3 hours, the client 30 minutes
/// away, so 7 hours and $142.86 an hour.
@Suite struct PromiseFiguresTests {
    /// Sunday 31 January 2027. The agreement runs three months from 1 January, so it renews within the window; Jo
    /// visits on the 2nd and 4th Tuesday.
    static var state: AppState {
        var acme = Client(id: "acme-dental", name: "Acme Dental", travelMinutes: 30)
        let plan = VisitPlan(
            rule: try! RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=2TU,4TU"), time: TimeOfDay("09:00"),
            technician: "js")
        acme.terms = [
            Agreement(kind: .retainer, monthlyFee: Money(1_000), start: Day("2027-01-01")!, termMonths: 3, visits: plan)
                .asTerm()
        ]
        acme.visits = [("v1", "2027-01-12", 2.0), ("v2", "2027-01-26", 3.0)].map { id, day, hours in
            Visit(id: id, occurrence: Day(day), on: Day(day)!, technician: "js", status: .done, hours: hours)
        }
        let settings = Settings(business: "Northwind IT", technicians: [Technician(id: "js", name: "Jo Smith")])
        return AppState(now: DayTime("2027-01-31 17:00")!, portfolio: Portfolio(clients: [acme], settings: settings))
    }

    /// Two visits a month at their average of 2.5 hours and an hour's travel are 1.6 hours a week, 4% of Jo's 40.
    @Test func theRenewalShowsItsRateAndTheHeaderTheCapacity() {
        let lines = render(Self.state, size: Size(width: 100, height: 30)).screen.text.split(separator: "\n")
        #expect(lines[0] == " Northwind IT │ Sun 31 Jan 2027 │ 1 active │ capacity 4% of 75% │ MRR $1,000")
        #expect(lines[14].hasSuffix("┌─ 4 Renewals (1, $12,000 at stake) ─────────────┐"))
        #expect(lines[15].hasSuffix("││  Client         Left   Annual Survey     Rate/h│"))
        #expect(lines[16].hasSuffix("││› Acme Dental     60d  $12,000 due       $142.86│"))
    }

    /// A technician's dashboard, showing one person's visits, leaves the firm's capacity to the owner.
    @Test func aTechniciansHeaderLeavesTheCapacityOut() {
        var state = Self.state
        state.technicianFilter = "js"
        let header = render(state, size: Size(width: 100, height: 30)).screen.text.prefix { $0 != "\n" }
        #expect(header == " Northwind IT │ Sun 31 Jan 2027 │ 1 active │ MRR $1,000")
    }

    /// The capacity gives way before the business name is cut.
    @Test func theCapacityGivesWayBeforeTheName() {
        var state = Self.state
        state.portfolio.settings.business = "Northwind IT Services Cooperative"
        let header = render(state, size: Size(width: 80, height: 24)).screen.text.prefix { $0 != "\n" }
        #expect(header == " Northwind IT Services Cooperative │ Sun 31 Jan 2027 │ 1 active │ MRR $1,000")
    }

    /// On a narrow screen the capacity gives way first, and the MRR stays whole at the end.
    @Test func theCapacityGivesWayBeforeTheCount() {
        let header = render(Self.state, size: Size(width: 60, height: 20)).screen.text.prefix { $0 != "\n" }
        #expect(header == " Northwind IT │ Sun 31 Jan 2027 │ 1 active │ MRR $1,000")
    }

    /// The client's detail lists the month's work to bill beyond the agreement, as `rapport bill` does, on the
    /// issue's example with the demo rate card (on site $125, remote $95, 15% off, minimum 1 h, trip $45): a billable
    /// remote request of half an hour bills an hour at $80.75, one on site of 2 hours $212.50 and the $45.00 trip.
    @Test func theClientsDetailShowsTheMonthsBill() throws {
        var state = Self.state
        var client = state.portfolio.clients[0]
        client.requests = [
            ("r1", "2027-01-12 10:00", RequestChannel.remote, 0.5), ("r2", "2027-01-14 09:00", .onsite, 2),
        ]
        .map { id, at, via, hours in
            var request = ServiceRequest(id: id, at: DayTime(at)!, via: via, summary: "Printer")
            request.closedAt = DayTime(at)
            request.hours = hours
            request.billable = true
            return request
        }
        state.portfolio.clients[0] = client
        state = update(update(state, .clientOpened).0, .documentLoaded(id: "acme-dental", client)).0
        let lines = render(state, size: Size(width: 100, height: 40)).screen.text.split(separator: "\n").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "║ "))
        }
        let start = try #require(lines.firstIndex(of: "To bill for 2027-01, beyond the agreement"))
        #expect(
            Array(lines[start + 1...start + 4]) == [
                "Tue 12 Jan         $80.75  remote: Printer (1 h at $80.75)",
                "Thu 14 Jan         $212.50  on site: Printer (2 h at $106.25)",
                "Thu 14 Jan         $45.00  trip charge",
                "Total              $338.25",
            ])
    }
}
