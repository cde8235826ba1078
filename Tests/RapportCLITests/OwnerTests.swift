import Foundation
import Testing

extension RapportCLI {
    /// The owner's side on the walkthrough store (see `Scenario`), every command run on Tuesday 1 Dec 2026: the
    /// renewal pipeline with its health marks, surveys to send, hours banks, the revenue picture, the rate card,
    /// prospects and the team.
    ///
    /// The expected values follow from the rules in the README, worked out in each test's comment.
    @Suite struct OwnerTests {
        // MARK: - Renewal pipeline

        /// Dune's lapsed term is renewed for 3 months (1 Nov to 1 Feb); its survey of the last term scored 9 and
        /// this term's 8, a call yesterday, no visit rule (0/0), so: a score of 8 is "watch", and the proposal of
        /// 30 Nov sets its stage. Fern Studio, a 2-month term from 6 Oct, had both its first-Tuesday visits done
        /// (2/2; today's is not due yet), scored 9, and was emailed 4 days ago: "good". Acme (1 of 21 visits) and
        /// Birch (1 of 19) fall below 75% of their visits: "at risk". Soonest renewal first.
        @Test func renewalsShowScoresVisitsContactHealthAndTheProposal() throws {
            let store = try Scenario.copy()
            try store.succeed(["renew", "dune-outfitters", "--term", "3"])
            try store.succeed(["survey", "answered", "dune-outfitters", "--score", "8", "--on", "2026-11-25"])
            try store.succeed(["log", "dune-outfitters", "--via", "call", "--on", "2026-11-30"])
            let proposal = try store.succeed(["proposal", "dune-outfitters", "--on", "yesterday"])
            #expect(proposal.stdout == "dune-outfitters: marked the renewal proposal sent on Mon 30 Nov\n")
            try store.succeed(["client", "add", "Fern Studio"])
            try store.succeed([
                "agreement", "set", "fern-studio", "--kind", "retainer", "--fee", "400", "--start", "2026-10-06",
                "--term", "2", "--visits", "FREQ=MONTHLY;BYDAY=1TU",
            ])
            try store.succeed(["visit", "done", "fern-studio", "--on", "2026-10-06", "--hours", "1"])
            try store.succeed(["visit", "done", "fern-studio", "--on", "2026-11-03", "--hours", "1"])
            try store.succeed(["survey", "answered", "fern-studio", "--score", "9", "--on", "2026-11-20"])
            try store.succeed(["log", "fern-studio", "--via", "email", "--on", "2026-11-27"])

            let json = try store.succeed(["renewals", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "date": "2026-12-01",
                              "renewals": [
                                {
                                  "annualValue": "4800.00", "client": "fern-studio", "daysLeft": 5,
                                  "daysSinceContact": 4, "health": "good", "missedResponses": [], "uncoveredNeeds": [], "monthlyFee": "400.00",
                                  "name": "Fern Studio", "previousScore": null, "proposalSent": null, "nextTerm": null,
                                  "renewsOn": "2026-12-06", "score": 9, "stage": "survey-answered",
                                  "surveyStatus": "answered", "visitsDelivered": 2, "visitsPromised": 2
                                },
                                {
                                  "annualValue": "10800.00", "client": "acme-dental", "daysLeft": 45,
                                  "daysSinceContact": 0, "health": "at-risk", "missedResponses": [], "uncoveredNeeds": [], "monthlyFee": "900.00",
                                  "name": "Acme Dental", "previousScore": null, "proposalSent": null, "nextTerm": null,
                                  "renewsOn": "2027-01-15", "score": null, "stage": "survey-due",
                                  "surveyStatus": "due", "visitsDelivered": 1, "visitsPromised": 21
                                },
                                {
                                  "annualValue": "3000.00", "client": "dune-outfitters", "daysLeft": 62,
                                  "daysSinceContact": 1, "health": "watch", "missedResponses": [], "uncoveredNeeds": [], "monthlyFee": "250.00",
                                  "name": "Dune Outfitters", "previousScore": 9, "proposalSent": "2026-11-30", "nextTerm": null,
                                  "renewsOn": "2027-02-01", "score": 8, "stage": "proposal-sent",
                                  "surveyStatus": "answered", "visitsDelivered": 0, "visitsPromised": 0
                                },
                                {
                                  "annualValue": "15000.00", "client": "birch-law", "daysLeft": 90,
                                  "daysSinceContact": 11, "health": "at-risk", "missedResponses": [], "uncoveredNeeds": [], "monthlyFee": "1250.00",
                                  "name": "Birch & Lowe Law", "previousScore": null, "proposalSent": null, "nextTerm": null,
                                  "renewsOn": "2027-03-01", "score": null, "stage": "survey-sent",
                                  "surveyStatus": "sent", "visitsDelivered": 1, "visitsPromised": 19
                                }
                              ],
                              "totalAnnualValue": "33600.00",
                              "within": 120
                            }
                            """))
            #expect(
                try store.succeed(["renewals"]).stdout == """
                    Renewals in the next 120 days, from Tue 1 Dec 2026

                    CLIENT            RENEWS           LEFT      ANNUAL  SURVEY    SCORE      VISITS  CONTACT  HEALTH     STAGE
                    Fern Studio       Sun 6 Dec 2026     5d   $4,800.00  answered  9             2/2   4d ago  ✓ good     survey-answered
                    Acme Dental       Fri 15 Jan 2027   45d  $10,800.00  due       -            1/21    today  ! at risk  survey-due
                    Dune Outfitters   Mon 1 Feb 2027    62d   $3,000.00  answered  8 (was 9)     0/0   1d ago  ~ watch    proposal-sent Mon 30 Nov
                    Birch & Lowe Law  Mon 1 Mar 2027    90d  $15,000.00  sent      -            1/19  11d ago  ! at risk  survey-sent

                    At stake: $33,600.00 a year

                    """)
        }

        /// A score two below the last term's is "at risk" whatever else holds. Renewing early queues the next term
        /// from 1 Feb without the proposal; the term in force keeps its own until it ends.
        @Test func aDroppedScoreIsAtRiskAndRenewingQueuesTheNextTermWithoutTheProposal() throws {
            let store = try Scenario.copy()
            try renewWithADroppedScoreAndAProposal(store)
            let before = try renewal("dune-outfitters", in: store.succeed(["renewals", "--json"]))
            #expect(before?["score"] == .number(7))
            #expect(before?["previousScore"] == .number(9))
            #expect(before?["health"] == .string("at-risk"))
            #expect(before?["stage"] == .string("proposal-sent"))
            #expect(before?["proposalSent"] == .string("2026-12-01"))

            let renewed = try store.succeed(["renew", "dune-outfitters"])
            #expect(renewed.stdout.hasSuffix("next term: Mon 1 Feb 2027 to Sat 1 May 2027 at $250.00 a month\n"))
            let after = try renewal("dune-outfitters", in: store.succeed(["renewals", "--json"]))
            #expect(after?["stage"] == .string("renewed"))
            #expect(after?["renewsOn"] == .string("2027-02-01"))
            #expect(after?["proposalSent"] == .string("2026-12-01"))
            #expect(
                after?["nextTerm"] == .object(["start": .string("2027-02-01"), "monthlyFee": .string("250.00")]))
            let file = try JSONValue(
                parsing: String(contentsOfFile: store.clientFile("dune-outfitters"), encoding: .utf8))
            guard case .object(let client) = file, case .array(let terms)? = client["terms"],
                case .object(let next)? = terms.last, case .object(let current)? = terms.dropLast().last
            else {
                Issue.record("no terms in \(file)")
                return
            }
            #expect(next["start"] == .string("2027-02-01"))
            #expect(next["proposalSent"] == nil)
            #expect(current["proposalSent"] == .string("2026-12-01"))
        }

        /// Once the renewed term has started, it has no score yet and compares with the last term's 7.
        @Test func aRenewedTermThatHasStartedComparesWithTheLastTermsScore() throws {
            let store = try Scenario.copy()
            try renewWithADroppedScoreAndAProposal(store)
            try store.succeed(["renew", "dune-outfitters"])
            let after = try renewal(
                "dune-outfitters",
                in: store.succeed(["renewals", "--within", "200", "--json"], today: "2027-02-01"))
            #expect(after?["renewsOn"] == .string("2027-05-01"))
            #expect(after?["stage"] == .string("upcoming"))
            #expect(after?["proposalSent"] == .null)
            #expect(after?["score"] == .null)
            #expect(after?["previousScore"] == .number(7))
            #expect(after?["nextTerm"] == .null)
        }

        // MARK: - Surveys

        /// Acme's yearly survey fell due 60 days before its 15 Jan renewal, on 16 Nov. Fern Studio renews on 1 Jun
        /// 2027 and is surveyed quarterly: 2 Apr, then 2 Jan, 2 Oct and 2 Jul before it; the 2 Oct one is unmet and
        /// its quarter still runs, so it is due, 60 days late. Once sent, both leave the list.
        @Test func surveysToSendThisWeekFollowTheCadenceAndLeaveOnceSent() throws {
            let store = try Scenario.copy()
            try store.succeed(["client", "add", "Fern Studio"])
            try store.succeed([
                "agreement", "set", "fern-studio", "--kind", "retainer", "--fee", "400", "--start", "2026-06-01",
                "--survey-cadence", "quarterly",
            ])
            let json = try store.succeed(["surveys", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "date": "2026-12-01",
                              "days": 7,
                              "surveys": [
                                {
                                  "cadence": "quarterly", "client": "fern-studio", "due": "2026-10-02",
                                  "name": "Fern Studio", "renewsOn": "2027-06-01"
                                },
                                {
                                  "cadence": "yearly", "client": "acme-dental", "due": "2026-11-16",
                                  "name": "Acme Dental", "renewsOn": "2027-01-15"
                                }
                              ]
                            }
                            """))
            #expect(
                try store.succeed(["surveys"]).stdout == """
                    Surveys to send, Tue 1 Dec to Mon 7 Dec

                    CLIENT       DUE                       RENEWS           CADENCE
                    Fern Studio  Fri 2 Oct   60 days late  Tue 1 Jun 2027   quarterly
                    Acme Dental  Mon 16 Nov  15 days late  Fri 15 Jan 2027  yearly

                    When one goes out: rapport survey sent CLIENT

                    """)

            try store.succeed(["survey", "sent", "acme-dental"])
            try store.succeed(["survey", "sent", "fern-studio"])
            #expect(
                try store.succeed(["surveys"]).stdout == """
                    Surveys to send, Tue 1 Dec to Mon 7 Dec

                    None due.

                    """)
        }

        // MARK: - Hours banks

        /// Birch bought 20 hours and used 3 (its 17 Nov visit). A top-up of 4 makes 24; a correction of -20.5
        /// leaves 3.5, 86% used: the 80% alert. Another -0.375 leaves 3.125, 96%: the 95% alert. Another -1
        /// overruns the bank by 0.875. Quarter hours keep the sums exact.
        @Test func hoursTopUpsAndCorrectionsMoveTheAlerts() throws {
            let store = try Scenario.copy()
            #expect(try hoursBank(of: "birch-law", in: store)?["alert"] == .null)

            let topUp = try store.succeed(["hours", "add", "birch-law", "--hours", "4", "--note", "Second block"])
            #expect(
                topUp.stdout == """
                    birch-law: added 4 h to the hours bank
                    hours bank: 3 of 24 h used, 21 left (13%)

                    """)
            let correction = try store.succeed(["hours", "add", "birch-law", "--hours", "-20.5", "--on", "yesterday"])
            #expect(
                correction.stdout == """
                    birch-law: took 20.5 h from the hours bank
                    hours bank: 3 of 3.5 h used, 0.5 left (86%)  ALERT: 80% used

                    """)
            #expect(
                try hoursBank(of: "birch-law", in: store).map(JSONValue.object)
                    == JSONValue(
                        parsing: """
                            {
                              "adjustments": -16.5, "alert": "80%", "overrun": 0, "percentUsed": 86,
                              "purchased": 20, "remaining": 0.5, "used": 3
                            }
                            """))
            let show = try store.succeed(["client", "show", "birch-law"]).stdout
            #expect(show.contains("Hours bank       3 of 3.5 h used, 0.5 left (86%)  ALERT: 80% used\n"), "\(show)")

            try store.succeed(["hours", "add", "birch-law", "--hours", "-0.375"])
            #expect(try hoursBank(of: "birch-law", in: store)?["alert"] == .string("95%"))
            let overrun = try store.succeed(["hours", "add", "birch-law", "--hours", "-1"])
            #expect(overrun.stdout.hasSuffix("3 of 2.125 h used, overrun 0.875 h (141%)  ALERT: overrun\n"))
            #expect(try hoursBank(of: "birch-law", in: store)?["alert"] == .string("overrun"))
            #expect(try hoursBank(of: "birch-law", in: store)?["remaining"] == .number(0))

            // The bank never holds less than nothing: a correction past zero is refused with the balance.
            let before = try store.snapshot()
            let refused = try store.rapport(["hours", "add", "birch-law", "--hours=-500"])
            #expect(refused.status == 1)
            #expect(
                refused.stderr
                    == "Error: birch-law: --hours: the bank holds 2.125 h purchased and topped up; a correction can take "
                    + "off at most that, e.g. -2.125\n")
            #expect(try store.snapshot() == before)

            let file = try String(contentsOfFile: store.clientFile("birch-law"), encoding: .utf8)
            #expect(file.contains("\"note\": \"Second block\",\n"))
            #expect(file.contains("\"on\": \"2026-11-30\""))
        }

        // MARK: - Revenue picture

        /// Renewing Dune's lapsed agreement at $300 starts its next term on 1 Nov, so the MRR goes from 2,150 to
        /// 2,450: 300 in the small tier (under 500), Acme's 900 and Birch's 1,250 in the sweet spot. At the end of
        /// each month: Jan and Feb hold Acme (from 15 Jan) and Dune's first term, 1,150; Birch joins on 1 Mar,
        /// 2,400; from Nov Dune's new fee, 2,450. Ahead: Acme renews in Jan 2027 (10,800), Birch in Mar (15,000),
        /// Dune in Nov (3,600).
        @Test func revenueBreaksDownByTierOverTheYearAndByRenewalMonth() throws {
            let store = try Scenario.copy()
            let renewed = try store.succeed(["renew", "dune-outfitters", "--fee", "300"])
            #expect(
                renewed.stdout == """
                    dune-outfitters: renewed the agreement
                    next term: Sun 1 Nov 2026 to Mon 1 Nov 2027 at $300.00 a month

                    """)
            let json = try store.succeed(["revenue", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "activeAgreements": 3, "arr": "29400.00", "date": "2026-12-01", "mrr": "2450.00",
                              "history": [
                                {"month": "2026-01", "mrr": "1150.00"}, {"month": "2026-02", "mrr": "1150.00"},
                                {"month": "2026-03", "mrr": "2400.00"}, {"month": "2026-04", "mrr": "2400.00"},
                                {"month": "2026-05", "mrr": "2400.00"}, {"month": "2026-06", "mrr": "2400.00"},
                                {"month": "2026-07", "mrr": "2400.00"}, {"month": "2026-08", "mrr": "2400.00"},
                                {"month": "2026-09", "mrr": "2400.00"}, {"month": "2026-10", "mrr": "2400.00"},
                                {"month": "2026-11", "mrr": "2450.00"}, {"month": "2026-12", "mrr": "2450.00"}
                              ],
                              "renewalsByMonth": [
                                {"annualValue": "0.00", "month": "2026-12", "renewals": 0},
                                {"annualValue": "10800.00", "month": "2027-01", "renewals": 1},
                                {"annualValue": "0.00", "month": "2027-02", "renewals": 0},
                                {"annualValue": "15000.00", "month": "2027-03", "renewals": 1},
                                {"annualValue": "0.00", "month": "2027-04", "renewals": 0},
                                {"annualValue": "0.00", "month": "2027-05", "renewals": 0},
                                {"annualValue": "0.00", "month": "2027-06", "renewals": 0},
                                {"annualValue": "0.00", "month": "2027-07", "renewals": 0},
                                {"annualValue": "0.00", "month": "2027-08", "renewals": 0},
                                {"annualValue": "0.00", "month": "2027-09", "renewals": 0},
                                {"annualValue": "0.00", "month": "2027-10", "renewals": 0},
                                {"annualValue": "3600.00", "month": "2027-11", "renewals": 1}
                              ],
                              "tiers": [
                                {"agreements": 1, "arr": "3600.00", "from": "0.00", "mrr": "300.00", "name": "small"},
                                {
                                  "agreements": 2, "arr": "25800.00", "from": "500.00", "mrr": "2150.00",
                                  "name": "sweet spot"
                                },
                                {"agreements": 0, "arr": "0.00", "from": "1500.01", "mrr": "0.00", "name": "large"}
                              ]
                            }
                            """))
            #expect(
                try store.succeed(["revenue"]).stdout == """
                    Revenue, Tue 1 Dec 2026

                    MRR                 $2,450.00
                    ARR                $29,400.00
                    Active agreements           3

                    By tier
                    TIER        MONTHLY FEE     AGREEMENTS        MRR         ARR
                    small       under $500               1    $300.00   $3,600.00
                    sweet spot  $500 to $1,500           2  $2,150.00  $25,800.00
                    large       over $1,500              0      $0.00       $0.00

                    MRR over the last 12 months  ▁▁██████████  $1,150.00 to $2,450.00
                    Jan 2026  $1,150.00  ███████████
                    Feb 2026  $1,150.00  ███████████
                    Mar 2026  $2,400.00  ████████████████████████
                    Apr 2026  $2,400.00  ████████████████████████
                    May 2026  $2,400.00  ████████████████████████
                    Jun 2026  $2,400.00  ████████████████████████
                    Jul 2026  $2,400.00  ████████████████████████
                    Aug 2026  $2,400.00  ████████████████████████
                    Sep 2026  $2,400.00  ████████████████████████
                    Oct 2026  $2,400.00  ████████████████████████
                    Nov 2026  $2,450.00  ████████████████████████
                    Dec 2026  $2,450.00  ████████████████████████

                    Renewals in the next 12 months
                    MONTH     RENEWALS    AT STAKE
                    Jan 2027         1  $10,800.00
                    Mar 2027         1  $15,000.00
                    Nov 2027         1   $3,600.00

                    At stake: $29,400.00 a year

                    """)
        }

        // MARK: - Rate card

        /// The default card: on-site 125 and remote 95 less 15% are 106.25 and 80.75; after-hours and emergency
        /// work is billed at the discounted on-site rate since the premiums are waived; the trip charge and the
        /// minimum stay.
        @Test func rateCardPutsAgreementPricesNextToTypicalOnes() throws {
            let store = try Scenario.copy()
            #expect(
                try store.succeed(["ratecard"]).stdout == """
                    Northwind IT: rate card

                                           TYPICAL  WITH AN AGREEMENT
                    On-site, per hour      $125.00  $106.25 (15% off)
                    Remote, per hour        $95.00  $80.75 (15% off)
                    After hours, per hour  $185.00  $106.25 (premium waived)
                    Emergency, per hour    $250.00  $106.25 (premium waived)
                    Trip charge             $45.00  $45.00
                    Minimum billed             1 h  1 h

                    Every agreement includes
                      • Guaranteed response: 4 hours on site, 30 minutes by phone, 1 hour remote
                      • Scheduled on-site visits at least twice a month
                      • Proactive maintenance: remote log checks and patching
                      • Discounted hourly rate for work outside the agreement
                      • After-hours and emergency premiums waived
                      • A yearly review and satisfaction survey before renewal

                    """)
            #expect(
                try store.succeed(["ratecard", "--format", "markdown"]).stdout == """
                    # Northwind IT: rate card

                    | | Typical | With an agreement |
                    |---|---:|---|
                    | On-site, per hour | $125.00 | $106.25 (15% off) |
                    | Remote, per hour | $95.00 | $80.75 (15% off) |
                    | After hours, per hour | $185.00 | $106.25 (premium waived) |
                    | Emergency, per hour | $250.00 | $106.25 (premium waived) |
                    | Trip charge | $45.00 | $45.00 |
                    | Minimum billed | 1 h | 1 h |

                    ## Every agreement includes

                    - Guaranteed response: 4 hours on site, 30 minutes by phone, 1 hour remote
                    - Scheduled on-site visits at least twice a month
                    - Proactive maintenance: remote log checks and patching
                    - Discounted hourly rate for work outside the agreement
                    - After-hours and emergency premiums waived
                    - A yearly review and satisfaction survey before renewal

                    """)
        }

        /// Only the options given change; `--benefit` replaces the list. 135 and 95 less 20% are 108 and 76.
        @Test func rateCardSetChangesTheSettingsThroughOneWrite() throws {
            let store = try Scenario.copy()
            let set = try store.succeed([
                "ratecard", "set", "--onsite", "135", "--discount", "20", "--minimum-hours", "0.5",
                "--benefit", "4-hour on-site response", "--benefit", "Weekly patching | log checks",
            ])
            #expect(set.stdout == "settings: updated the rate card\n")
            let json = try store.succeed(["ratecard", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "agreementDiscountPercent": 20,
                              "benefits": ["4-hour on-site response", "Weekly patching | log checks"],
                              "business": "Northwind IT",
                              "currency": "USD",
                              "minimumHours": 0.5,
                              "rates": [
                                {"agreement": "108.00", "item": "onsite", "premiumWaived": false, "typical": "135.00"},
                                {"agreement": "76.00", "item": "remote", "premiumWaived": false, "typical": "95.00"},
                                {
                                  "agreement": "108.00", "item": "after-hours", "premiumWaived": true,
                                  "typical": "185.00"
                                },
                                {
                                  "agreement": "108.00", "item": "emergency", "premiumWaived": true,
                                  "typical": "250.00"
                                },
                                {"agreement": "45.00", "item": "trip", "premiumWaived": false, "typical": "45.00"}
                              ]
                            }
                            """))
            let markdown = try store.succeed(["ratecard", "--format", "markdown"]).stdout
            #expect(markdown.contains("| Minimum billed | 0.5 h | 0.5 h |\n"), "\(markdown)")
            #expect(markdown.contains("- Weekly patching \\| log checks\n"), "\(markdown)")
            let settings = try String(contentsOfFile: "\(store.path)/settings.json", encoding: .utf8)
            #expect(settings.contains("\"onsiteHourly\": \"135.00\","))
            #expect(settings.contains("\"remoteHourly\": \"95.00\","))
        }

        // MARK: - Prospects

        /// Open prospects come first in stage order, each with its next step; Cedar's of 28 Nov has passed. Signing
        /// Linden wins it and makes it an active client; losing Maple makes it a former one. The open pipeline is
        /// the estimated fees of the open prospects: 900 + 400 + 1,200, then Cedar's 400 alone.
        @Test func pipelineFollowsProspectsFromLeadToWonOrLost() throws {
            let store = try Scenario.copy()
            let added = try store.succeed([
                "prospect", "add", "Linden Pharmacy", "--trigger", "emergency", "--fee", "900", "--next-step",
                "Offer an audit", "--on", "fri",
            ])
            #expect(added.stdout == "linden-pharmacy: added as a new client\n")
            try store.succeed([
                "prospect", "add", "Maple Lab", "--trigger", "unhappy-with-provider", "--stage", "proposal-sent",
                "--fee", "1,200",
            ])
            let moved = try store.succeed([
                "prospect", "update", "cedar-bakery", "--trigger", "audit", "--stage", "audit-done", "--fee", "400",
                "--next-step", "Send the proposal", "--on", "2026-11-28",
            ])
            #expect(moved.stdout == "cedar-bakery: moved the prospect to audit-done\n")
            let json = try store.succeed(["pipeline", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "date": "2026-12-01",
                              "openEstimatedMRR": "2500.00",
                              "prospects": [
                                {
                                  "client": "linden-pharmacy", "estimatedMonthlyFee": "900.00", "lostReason": null,
                                  "name": "Linden Pharmacy", "nextStep": "Offer an audit", "nextStepOn": "2026-12-04",
                                  "overdue": false, "stage": "lead", "trigger": "emergency"
                                },
                                {
                                  "client": "cedar-bakery", "estimatedMonthlyFee": "400.00", "lostReason": null,
                                  "name": "Cedar Bakery", "nextStep": "Send the proposal", "nextStepOn": "2026-11-28",
                                  "overdue": true, "stage": "audit-done", "trigger": "audit"
                                },
                                {
                                  "client": "maple-lab", "estimatedMonthlyFee": "1200.00", "lostReason": null,
                                  "name": "Maple Lab", "nextStep": null, "nextStepOn": null, "overdue": false,
                                  "stage": "proposal-sent", "trigger": "unhappy-with-provider"
                                }
                              ]
                            }
                            """))
            #expect(
                try store.succeed(["pipeline"]).stdout == """
                    Pipeline, Tue 1 Dec 2026

                    CLIENT           STAGE          TRIGGER                EST. MONTHLY  NEXT STEP          DUE
                    Linden Pharmacy  lead           emergency                   $900.00  Offer an audit     Fri 4 Dec
                    Cedar Bakery     audit-done     audit                       $400.00  Send the proposal  Sat 28 Nov overdue
                    Maple Lab        proposal-sent  unhappy-with-provider     $1,200.00  -                  -

                    Open: 3 prospects, $2,500.00 a month estimated

                    """)

            try store.succeed([
                "agreement", "set", "linden-pharmacy", "--kind", "retainer", "--fee", "950", "--start", "today",
            ])
            let lost = try store.succeed(["prospect", "update", "maple-lab", "--stage", "lost", "--reason", "Too dear"])
            #expect(lost.stdout == "maple-lab: moved the prospect to lost\n")
            #expect(
                try store.succeed(["pipeline"]).stdout == """
                    Pipeline, Tue 1 Dec 2026

                    CLIENT           STAGE       TRIGGER                EST. MONTHLY  NEXT STEP          DUE
                    Cedar Bakery     audit-done  audit                       $400.00  Send the proposal  Sat 28 Nov overdue
                    Linden Pharmacy  won         emergency                   $900.00  -                  -
                    Maple Lab        lost        unhappy-with-provider     $1,200.00  lost: Too dear     -

                    Open: 1 prospect, $400.00 a month estimated

                    """)
            let clients = try store.succeed(["client", "list"]).stdout
            #expect(
                clients.contains("linden-pharmacy  Linden Pharmacy   active    retainer     $950.00  Wed 1 Dec 2027\n"))
            #expect(clients.contains("maple-lab        Maple Lab         former    -"))
        }

        // MARK: - Team

        /// `--skill` and `--cert` repeat; on `edit` they replace the list, and a list not given is kept.
        @Test func teamListsSkillsAndCertificationsAndEditsThem() throws {
            let store = try Scenario.copy()
            let added = try store.succeed([
                "team", "add", "al", "Al Reyes", "--skill", "Windows Server", "--skill", "Backup", "--cert",
                "CompTIA A+",
            ])
            #expect(added.stdout == "settings: added Al Reyes to the team\n")
            try store.succeed(["team", "edit", "mk", "--skill", "Microsoft 365", "--skill", "Printers"])
            try store.succeed([
                "team", "edit", "al", "--name", "Alex Reyes", "--cert", "Microsoft Certified Professional",
            ])
            let json = try store.succeed(["team", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "technicians": [
                                {
                                  "certifications": [], "id": "js", "name": "Jo Smith", "skills": [],
                                  "visitsThisWeek": 1
                                },
                                {
                                  "certifications": [], "id": "mk", "name": "Mo Khan",
                                  "skills": ["Microsoft 365", "Printers"], "visitsThisWeek": 1
                                },
                                {
                                  "certifications": ["Microsoft Certified Professional"], "id": "al",
                                  "name": "Alex Reyes", "skills": ["Windows Server", "Backup"], "visitsThisWeek": 0
                                }
                              ]
                            }
                            """))
            #expect(
                try store.succeed(["team"]).stdout == """
                    ID  NAME        VISITS THIS WEEK  SKILLS                   CERTIFICATIONS
                    js  Jo Smith                   1  -                        -
                    mk  Mo Khan                    1  Microsoft 365, Printers  -
                    al  Alex Reyes                 0  Windows Server, Backup   Microsoft Certified Professional

                    """)
            // The new technician can be given visits at once.
            try store.succeed(["visit", "add", "acme-dental", "--on", "2026-12-03", "--technician", "al"])
            #expect(
                try store.succeed(["today", "--technician", "al"], today: "2026-12-03").stdout.contains(
                    "Acme Dental  al"))
        }

        // MARK: - Bad input

        /// Each is refused with a message naming the option and a good value, and nothing is written.
        @Test func badOwnerInputNamesTheOptionAndWritesNothing() throws {
            let store = try Scenario.copy()
            let cadence = try store.refuses([
                "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "900", "--start", "2026-01-15",
                "--survey-cadence", "monthly",
            ])
            #expect(cadence.status == 64)
            #expect(
                cadence.usageMessage
                    == "Error: The value 'monthly' is invalid for '--survey-cadence <survey-cadence>'. "
                    + "Please provide one of 'yearly', 'twice-yearly' or 'quarterly'.")

            let stage = try store.refuses(["prospect", "update", "cedar-bakery", "--stage", "signed"])
            #expect(stage.status == 64)
            #expect(
                stage.usageMessage == """
                    Error: The value 'signed' is invalid for '--stage <stage>'. Please provide one of the following:
                      - lead
                      - audit-scheduled
                      - audit-done
                      - proposal-sent
                      - won
                      - lost
                    """)

            let discount = try store.refuses(["ratecard", "set", "--discount", "-5"])
            #expect(discount.status == 64)
            #expect(
                discount.usageMessage
                    == "Error: The value '-5' is invalid for '--discount <discount>': "
                    + "\"-5\" is not a percentage; use a whole number from 0 to 100, e.g. 15")

            let trigger = try store.refuses(["prospect", "add", "Oak Cafe", "--trigger", "other"])
            #expect(
                trigger.usageMessage
                    == "Error: The value 'other' is invalid for '--trigger <trigger>': "
                    + "\"other\" is not a trigger; use emergency, audit, unhappy-with-provider or referral")

            let won = try store.refuses(["prospect", "add", "Oak Cafe", "--trigger", "referral", "--stage", "won"])
            #expect(won.status == 1)
            #expect(
                won.stderr
                    == "Error: oak-cafe: --stage: a prospect is won by setting its agreement (`rapport agreement set`)\n"
            )

            let retainer = try store.refuses(["hours", "add", "acme-dental", "--hours", "5"])
            #expect(retainer.status == 1)
            #expect(retainer.stderr == "Error: acme-dental: client: only a block agreement has an hours bank\n")
            let zero = try store.refuses(["hours", "add", "birch-law", "--hours", "0"])
            #expect(zero.stderr == "Error: birch-law: --hours: must be a number of hours other than 0, e.g. 10 or -2\n")

            let future = try store.refuses(["proposal", "acme-dental", "--on", "tomorrow"])
            #expect(future.stderr == "Error: acme-dental: --on: a proposal cannot be sent in the future\n")

            let minimum = try store.refuses(["ratecard", "set", "--minimum-hours", "-1"])
            #expect(minimum.stderr == "Error: settings: --minimum-hours: must be from 0 to 24 hours, e.g. 1\n")

            let nothing = try store.refuses(["ratecard", "set"])
            #expect(nothing.stderr == "Error: nothing to change; give at least one option, e.g. --onsite 135\n")

            let technician = try store.refuses(["team", "edit", "zz", "--name", "Zed"])
            #expect(technician.stderr == "Error: settings: id: no technician \"zz\"\n")
            let twice = try store.refuses(["team", "add", "js", "Jo Smythe"])
            #expect(twice.stderr == "Error: settings: id: there is already a technician \"js\"\n")

            let both = try store.refuses(["ratecard", "--json", "--format", "markdown"])
            #expect(both.status == 64)
            #expect(both.usageMessage == "Error: --json and --format cannot be used together; pick one")
        }

        // MARK: - Helpers

        /// Renews Dune's lapsed agreement for 3 months (1 Nov to 1 Feb), records a score of 7 against the last
        /// term's 9, a call today, and the proposal sent today.
        private func renewWithADroppedScoreAndAProposal(_ store: TemporaryStore) throws {
            try store.succeed(["renew", "dune-outfitters", "--term", "3"])
            try store.succeed(["survey", "answered", "dune-outfitters", "--score", "7", "--on", "2026-11-25"])
            try store.succeed(["log", "dune-outfitters", "--via", "call"])
            try store.succeed(["proposal", "dune-outfitters"])
        }

        /// A client's renewal entry from `renewals --json`.
        private func renewal(_ client: String, in result: RunResult) throws -> [String: JSONValue]? {
            guard case .object(let report) = try JSONValue(parsing: result.stdout),
                case .array(let entries)? = report["renewals"]
            else { return nil }
            for case .object(let entry) in entries where entry["client"] == .string(client) {
                return entry
            }
            return nil
        }

        /// The `hoursBank` object of `client show --json`.
        private func hoursBank(of client: String, in store: TemporaryStore) throws -> [String: JSONValue]? {
            guard
                case .object(let report) = try JSONValue(
                    parsing: store.succeed(["client", "show", client, "--json"]).stdout)
            else { return nil }
            guard case .object(let bank)? = report["hoursBank"] else { return nil }
            return bank
        }
    }
}

extension TemporaryStore {
    /// Runs a command that must be refused: a non-zero exit, nothing on stdout and no file of the store changed.
    ///
    /// - Parameters:
    ///   - arguments: the command.
    ///   - today: the `--today` date.
    /// - Returns: what it printed, for checking the message.
    /// - Throws: when the process cannot run.
    func refuses(_ arguments: [String], today: String = TemporaryStore.today) throws -> RunResult {
        let before = try snapshot()
        let result = try rapport(arguments, today: today)
        #expect(result.status != 0, "rapport \(arguments.joined(separator: " ")) succeeded")
        #expect(result.stdout == "")
        #expect(try snapshot() == before, "rapport \(arguments.joined(separator: " ")) changed the store")
        return result
    }
}
