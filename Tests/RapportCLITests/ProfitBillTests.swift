import Foundation
import Testing

extension RapportCLI {
    /// `rapport profit` and `rapport bill`: the issue's worked examples, from the CLI and in JSON.
    @Suite struct ProfitBillTests {
        /// A client 30 minutes away on a $1,000 retainer from 1 January 2027, with the demo rate card.
        private func retainer() throws -> TemporaryStore {
            let store = try TemporaryStore()
            try store.succeed(["init"], today: "2026-12-01")
            try store.succeed(["client", "add", "Acme Dental", "--travel-minutes", "30"], today: "2026-12-01")
            try store.succeed(
                [
                    "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "1000", "--start", "2027-01-01",
                    "--discount", "15", "--minimum-hours", "1", "--trip-charge", "45",
                ], today: "2026-12-01")
            return store
        }

        @Test func twoVisitsAndTheirTravelMakeSevenHoursAt14286() throws {
            let store = try retainer()
            try store.succeed(
                ["visit", "done", "acme-dental", "--on", "2027-01-12", "--hours", "2"], today: "2027-01-12")
            try store.succeed(
                ["visit", "done", "acme-dental", "--on", "2027-01-26", "--hours", "3"], today: "2027-01-26")
            let profit = try store.succeed(["profit"], today: "2027-01-31")
            #expect(
                profit.stdout == """
                    Effective hourly rate, Fri 1 Jan 2027 to Sun 31 Jan 2027
                    Agreement price: $106.25 an hour (the on-site rate less the discount)

                    CLIENT            FEES  VISITS  TRAVEL  REQUESTS  HOURS     RATE  RENEW AT
                    Acme Dental  $1,000.00     5 h     2 h       0 h    7 h  $142.86

                    """)
            let json = try store.succeed(["profit", "--json"], today: "2027-01-31")
            #expect(json.stdout.contains(#""effectiveRate": "142.86""#))
            #expect(json.stdout.contains(#""hours": 7"#))
            #expect(json.stdout.contains(#""renewalFee": null"#))

            // A third visit of 5 hours: 13 hours pay $76.92 each, and $106.25 for 13 hours is $1,381.25 a month.
            try store.succeed(
                ["visit", "done", "acme-dental", "--on", "2027-01-28", "--hours", "5"], today: "2027-01-28")
            let below = try store.succeed(["profit", "--json"], today: "2027-01-31")
            #expect(below.stdout.contains(#""effectiveRate": "76.92""#))
            #expect(below.stdout.contains(#""renewalFee": "1381.25""#))
        }

        @Test func theMonthsBillRoundsUpToTheMinimumAndAddsTheTrip() throws {
            let store = try retainer()
            for (via, at, hours) in [("remote", "2027-01-12 10:00", "0.5"), ("onsite", "2027-01-14 09:00", "2")] {
                try store.succeed(
                    ["request", "add", "acme-dental", "--via", via, "--at", at, "--summary", "=cmd|' /C calc'!A0"],
                    today: String(at.prefix(10)))
                let requests = RecordCommandTests.records(
                    try RecordCommandTests.document(store, "acme-dental"), "requests")
                let id = try RecordCommandTests.id(try #require(requests.last))
                try store.succeed(
                    ["request", "close", id, "--at", at, "--hours", hours, "--billable"], today: String(at.prefix(10)))
            }
            let bill = try store.succeed(["bill", "--month", "2027-01"], today: "2027-02-01")
            #expect(
                bill.stdout == """
                    Work to bill beyond the agreements, 2027-01

                    Acme Dental
                    DAY         WORK                         HOURS     RATE   AMOUNT
                    Tue 12 Jan  remote: =cmd|' /C calc'!A0     1 h   $80.75   $80.75
                    Thu 14 Jan  on site: =cmd|' /C calc'!A0    2 h  $106.25  $212.50
                    Thu 14 Jan  trip charge                                   $45.00
                    Total: $338.25

                    All clients: $338.25

                    """)
            let json = try store.succeed(
                ["bill", "--month", "2027-01", "--client", "acme-dental", "--json"],
                today: "2027-02-01")
            #expect(json.stdout.contains(#""total": "338.25""#))
            let csv = try store.succeed(["bill", "--month", "2027-01", "--csv"], today: "2027-02-01")
            #expect(
                csv.stdout == "client,name,day,kind,channel,afterHours,description,hours,rate,amount\r\n"
                    + "acme-dental,Acme Dental,2027-01-12,request,remote,no,'=cmd|' /C calc'!A0,1,80.75,80.75\r\n"
                    + "acme-dental,Acme Dental,2027-01-14,request,onsite,no,'=cmd|' /C calc'!A0,2,106.25,212.50\r\n"
                    + "acme-dental,Acme Dental,2027-01-14,trip,,no,trip charge,,,45.00\r\n")
        }
    }
}
