import RapportCore
import RapportTestSupport
import Testing

@testable import RapportReports

/// The bill's rules beyond the worked example of the CLI tests: the after-hours premium and its waiver, and a
/// block agreement's hours beyond its bank.
@Suite struct BillReportTests {
    static let month = Day("2027-01-01")!

    /// A client on an agreement of a kind, with requests closed after hours.
    static func client(kind: AgreementKind, waived: Bool, hours: Double? = nil) -> Client {
        var agreement = Agreement(
            kind: kind, monthlyFee: Money(500), start: Day("2026-07-01")!, hourlyDiscountPercent: 10,
            afterHoursPremiumWaived: waived, minimumHours: 1, hoursBank: hours.map { HoursBank(purchased: $0) })
        agreement.tripCharge = Money(30)
        var client = Client(id: "acme", name: "Acme")
        client.terms = [agreement.asTerm()]
        return client
    }

    static func closedAfterHours(_ via: RequestChannel, hours: Double) -> ServiceRequest {
        var request = ServiceRequest(
            id: "r\(via.rawValue)", at: DayTime("2027-01-09 22:00")!, via: via, summary: "Server down")
        request.respondedAt = request.at
        request.closedAt = DayTime("2027-01-09 23:30")!
        request.hours = hours
        request.billable = true
        request.afterHours = true
        return request
    }

    @Test func afterHoursWorkPaysThePremiumUnlessTheAgreementWaivesIt() {
        var client = Self.client(kind: .retainer, waived: false)
        client.requests = [Self.closedAfterHours(.remote, hours: 1.5)]
        let settings = Settings()
        let premium = BillReport(Portfolio(clients: [client], settings: settings), month: Self.month)
        // $185 after hours in full; 1.5 h is $277.50.
        #expect(premium.clients.first?.lines.map(\.amount) == [Money("277.50")!])
        #expect(premium.clients.first?.lines.first?.work == "remote after hours: Server down")

        var waived = Self.client(kind: .retainer, waived: true)
        waived.requests = client.requests
        let plain = BillReport(Portfolio(clients: [waived], settings: settings), month: Self.month)
        // $95 remote less 10% is $85.50; 1.5 h is $128.25.
        #expect(plain.clients.first?.lines.map(\.amount) == [Money("128.25")!])
    }

    @Test func aBlockAgreementBillsTheMonthsHoursBeyondItsBank() throws {
        var client = Self.client(kind: .block, waived: true, hours: 4)
        for (day, hours) in [("2026-12-15", 3.0), ("2027-01-12", 2.0), ("2027-01-20", 1.5)] {
            client = try Change.completeVisit(on: Day(day)!, hours: hours, note: nil, technician: nil)
                .apply(to: client, today: Day("2027-01-31")!)
        }
        let bill = BillReport(Portfolio(clients: [client], settings: Settings()), month: Self.month)
        // 6.5 h used of 4 by the end of January, none over by the end of December: 2.5 h at $125 less 10%.
        #expect(
            bill.clients.first?.lines == [
                BillReport.Line(
                    day: Day("2027-01-31")!, kind: "overrun", channel: nil, afterHours: false,
                    description: "block hours beyond the bank", hours: 2.5, rate: Money("112.50")!,
                    amount: Money("281.25")!)
            ])
    }
}
