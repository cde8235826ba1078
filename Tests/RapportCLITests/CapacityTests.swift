import Foundation
import Testing

extension RapportCLI {
    /// `rapport capacity` and `rapport team set`: the weekly hours the agreements commit against the target.
    @Suite struct CapacityTests {
        /// Jo works 40 hours a week and visits Acme, 30 minutes away, on the 1st and 3rd Tuesday, 3 hours at least:
        /// 2 visits a month of 3 hours and an hour's travel are 96/52 = 1.85 hours a week, 5% of 40. A client of
        /// 2 visits of 3 hours 40 minutes away adds 2 × 4⅓ × 12/52 = 2 hours a week: 3.85 of 40 is 10%, under the
        /// 75% target, and 30 − 1.85 hours of room hold 14 such clients.
        @Test func aClientOfTwoVisitsAMonthFitsUnderTheTarget() throws {
            let store = try TemporaryStore()
            try store.succeed(["init", "--technician", "js=Jo Smith"])
            let set = try store.succeed(["team", "set", "js", "--hours-per-week", "40"])
            #expect(set.stdout == "settings: set technician js to 40 hours a week\n")
            try store.succeed(["client", "add", "Acme", "--travel-minutes", "30"])
            try store.succeed([
                "agreement", "set", "acme", "--kind", "retainer", "--fee", "900", "--start", "2026-06-01",
                "--visits", "FREQ=MONTHLY;BYDAY=1TU,3TU", "--technician", "js", "--minimum-hours", "3",
            ])
            let capacity = try store.succeed(["capacity", "--add", "2/month 3h 40min"])
            #expect(
                capacity.stdout == """
                    Capacity, Tue 1 Dec 2026, target 75%

                    TECHNICIAN  HOURS/WEEK  COMMITTED  USED  WITH 2/month 3h 40min
                    Jo Smith          40 h      1.8 h    5%  yes (5% → 10%)
                    Firm              40 h      1.8 h    5%  yes (5% → 10%)

                    Requests of the last 90 days: 0 h a week, in the firm's figure
                    Room for 14 more clients of 2/month 3h 40min

                    """)
            let json = try store.succeed(["capacity", "--json"])
            #expect(json.stdout.contains(#""moreClients": 15"#))
            #expect(json.stdout.contains(#""workload": "2/month 3h 30min""#))
        }

        @Test func aNeedNoOneCoversIsAGapAndARenewalRisk() throws {
            let store = try TemporaryStore()
            try store.succeed(["init", "--technician", "js=Jo Smith", "--technician", "mk=Mo Khan"])
            try store.succeed(["team", "edit", "js", "--skill", "Exchange", "--skill", "QuickBooks"])
            try store.succeed(["team", "edit", "mk", "--skill", "exchange"])
            try store.succeed(["client", "add", "Acme"])
            try store.succeed([
                "agreement", "set", "acme", "--kind", "retainer", "--fee", "900", "--start", "2026-01-15",
            ])
            let edited = try store.succeed(["client", "edit", "acme", "--needs", "exchange, quickbooks,cisco-asa"])
            #expect(edited.stdout == "acme: updated the profile\n")
            let gaps = try store.succeed(["team", "gaps"])
            #expect(
                gaps.stdout == """
                    Skills against clients' needs

                    NEED        COVERED BY  CLIENTS
                    cisco-asa   no one      acme
                    quickbooks  only js     acme

                    Add a skill: rapport team edit ID --skill NAME (repeat for each)

                    """)
            let renewals = try store.succeed(["renewals"])
            #expect(
                renewals.stdout.hasSuffix("Acme: no one on the team knows cisco-asa\n\nAt stake: $10,800.00 a year\n"))
        }
    }
}
