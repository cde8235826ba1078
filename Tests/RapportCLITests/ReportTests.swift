import Foundation
import Testing

extension RapportCLI {
    /// Each report on the walkthrough store (see `Scenario`), as JSON for scripts and as text for people.
    ///
    /// The expected values follow from the domain rules in DESIGN.md, worked out in each test's comment.
    @Suite struct ReportTests {
        /// Today, Tuesday 1 Dec, is the 1st Tuesday (Acme at 09:00) and falls on Birch's fortnightly Tuesday: RFC 5545
        /// counts INTERVAL=2 from the week of the start, Sunday 1 Mar, whose Tuesday is before the start, so the visits
        /// are 10 Mar, 24 Mar, … 17 Nov, 1 Dec. Each visit brings the address, the primary contact and the last done
        /// visit's note; the one follow-up due today is Acme's call, logged today, which no later contact answered yet.
        /// Birch's email of 20 Nov asked for a follow-up on 27 Nov, and nobody has been in touch since: overdue. The
        /// call logged today is today's one contact, done.
        @Test func todayListsVisitsWithAddressContactAndLastNote() throws {
            let store = try Scenario.copy()
            let json = try store.succeed(["today", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "contacts": [
                                {
                                  "by": "js",
                                  "client": "acme-dental",
                                  "followUp": "2026-12-01",
                                  "name": "Acme Dental",
                                  "note": "Asked about new laptops",
                                  "via": "call"
                                }
                              ],
                              "date": "2026-12-01",
                              "followUps": [
                                {
                                  "by": "js",
                                  "client": "acme-dental",
                                  "done": false,
                                  "due": "2026-12-01",
                                  "loggedOn": "2026-12-01",
                                  "name": "Acme Dental",
                                  "note": "Asked about new laptops",
                                  "via": "call"
                                }
                              ],
                              "overdueFollowUps": [
                                {
                                  "by": "mk",
                                  "client": "birch-law",
                                  "done": false,
                                  "due": "2026-11-27",
                                  "loggedOn": "2026-11-20",
                                  "name": "Birch & Lowe Law",
                                  "note": "Sent firewall quote",
                                  "via": "email"
                                }
                              ],
                              "visits": [
                                {
                                  "address": "12 Main St, Springfield",
                                  "at": "09:00",
                                  "client": "acme-dental",
                                  "contact": {
                                    "email": "dana@acme.example",
                                    "name": "Dana Ruiz",
                                    "phone": "+1 555 0100",
                                    "primary": true,
                                    "role": "Office manager"
                                  },
                                  "lastVisit": {"note": "Patched server", "on": "2026-11-17"},
                                  "name": "Acme Dental",
                                  "note": null,
                                  "on": "2026-12-01",
                                  "status": "planned",
                                  "technician": "js",
                                  "travelMinutes": 25
                                },
                                {
                                  "address": "4 Elm Rd, Shelbyville",
                                  "at": "14:00",
                                  "client": "birch-law",
                                  "contact": null,
                                  "lastVisit": {"note": null, "on": "2026-11-17"},
                                  "name": "Birch & Lowe Law",
                                  "note": null,
                                  "on": "2026-12-01",
                                  "status": "planned",
                                  "technician": "mk",
                                  "travelMinutes": 40
                                }
                              ]
                            }
                            """))
            #expect(
                try store.succeed(["today"]).stdout == """
                    Today, Tue 1 Dec 2026

                    09:00  Acme Dental  js
                           12 Main St, Springfield (25 min away)
                           Ask for Dana Ruiz, Office manager, +1 555 0100
                           Last visit Tue 17 Nov: Patched server
                    14:00  Birch & Lowe Law  mk
                           4 Elm Rd, Shelbyville (40 min away)
                           Last visit Tue 17 Nov: no note

                    Follow-ups due today
                      Acme Dental: call on Tue 1 Dec by js: Asked about new laptops

                    Overdue follow-ups
                      Birch & Lowe Law: email on Fri 20 Nov by mk, due Fri 27 Nov: Sent firewall quote

                    Contacts logged today
                      Acme Dental: call by js: Asked about new laptops  [done]

                    """)
        }

        /// `--technician mk` keeps Birch's visit and mk's overdue follow-up, and drops Acme's follow-up and call,
        /// which js logged.
        @Test func todayForOneTechnicianShowsOnlyTheirVisitsAndFollowUps() throws {
            let store = try Scenario.copy()
            #expect(
                try store.succeed(["today", "--technician", "mk"]).stdout == """
                    Today, Tue 1 Dec 2026

                    14:00  Birch & Lowe Law  mk
                           4 Elm Rd, Shelbyville (40 min away)
                           Last visit Tue 17 Nov: no note

                    Follow-ups due today
                    None.

                    Overdue follow-ups
                      Birch & Lowe Law: email on Fri 20 Nov by mk, due Fri 27 Nov: Sent firewall quote

                    """)
        }

        /// Three weeks from today, 1–21 Dec: both visits today, Acme's 15 Dec visit is cancelled and so left out, and
        /// Birch's 15 Dec occurrence shows on the day it moved to, 16 Dec at 10:00. The default window is 14 days,
        /// 1–14 Dec, which holds only today's two visits.
        @Test func upcomingListsPlannedVisitsWhereTheyMovedAndLeavesOutCancelledOnes() throws {
            let store = try Scenario.copy()
            let json = try store.succeed(["upcoming", "--days", "21", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "from": "2026-12-01",
                              "to": "2026-12-21",
                              "visits": [
                                {
                                  "address": "12 Main St, Springfield",
                                  "at": "09:00",
                                  "client": "acme-dental",
                                  "contact": {
                                    "email": "dana@acme.example",
                                    "name": "Dana Ruiz",
                                    "phone": "+1 555 0100",
                                    "primary": true,
                                    "role": "Office manager"
                                  },
                                  "lastVisit": {"note": "Patched server", "on": "2026-11-17"},
                                  "name": "Acme Dental",
                                  "note": null,
                                  "on": "2026-12-01",
                                  "status": "planned",
                                  "technician": "js",
                                  "travelMinutes": 25
                                },
                                {
                                  "address": "4 Elm Rd, Shelbyville",
                                  "at": "14:00",
                                  "client": "birch-law",
                                  "contact": null,
                                  "lastVisit": {"note": null, "on": "2026-11-17"},
                                  "name": "Birch & Lowe Law",
                                  "note": null,
                                  "on": "2026-12-01",
                                  "status": "planned",
                                  "technician": "mk",
                                  "travelMinutes": 40
                                },
                                {
                                  "address": "4 Elm Rd, Shelbyville",
                                  "at": "10:00",
                                  "client": "birch-law",
                                  "contact": null,
                                  "lastVisit": {"note": null, "on": "2026-11-17"},
                                  "name": "Birch & Lowe Law",
                                  "note": null,
                                  "on": "2026-12-16",
                                  "status": "planned",
                                  "technician": "mk",
                                  "travelMinutes": 40
                                }
                              ]
                            }
                            """))
            #expect(
                try store.succeed(["upcoming", "--days", "21"]).stdout == """
                    Upcoming visits, Tue 1 Dec to Mon 21 Dec

                    Tue 1 Dec   09:00  Acme Dental       js  12 Main St, Springfield
                                14:00  Birch & Lowe Law  mk  4 Elm Rd, Shelbyville
                    Wed 16 Dec  10:00  Birch & Lowe Law  mk  4 Elm Rd, Shelbyville

                    """)
            #expect(
                try store.succeed(["upcoming"]).stdout == """
                    Upcoming visits, Tue 1 Dec to Mon 14 Dec

                    Tue 1 Dec  09:00  Acme Dental       js  12 Main St, Springfield
                               14:00  Birch & Lowe Law  mk  4 Elm Rd, Shelbyville

                    """)
        }

        /// Dune was never contacted: 395 days since its agreement started on 2025-11-01, over the default 14.
        /// Birch's last contact was the 20 Nov email, 11 days ago and within its own limit of 30, but the follow-up
        /// promised for 27 Nov has passed with no contact since. Acme was called today. Longest silence first.
        @Test func overdueListsSilentClientsLongestSilenceFirstWithTheReason() throws {
            let store = try Scenario.copy()
            let json = try store.succeed(["overdue", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "clients": [
                                {
                                  "client": "dune-outfitters",
                                  "daysSince": 395,
                                  "lastContact": null,
                                  "limitDays": 14,
                                  "name": "Dune Outfitters",
                                  "reason": "never-contacted",
                                  "reasonDate": null
                                },
                                {
                                  "client": "birch-law",
                                  "daysSince": 11,
                                  "lastContact": "2026-11-20",
                                  "limitDays": 30,
                                  "name": "Birch & Lowe Law",
                                  "reason": "follow-up-passed",
                                  "reasonDate": "2026-11-27"
                                }
                              ],
                              "date": "2026-12-01"
                            }
                            """))
            #expect(
                try store.succeed(["overdue"]).stdout == """
                    Overdue contact, Tue 1 Dec 2026

                    CLIENT            LAST CONTACT  DAYS  LIMIT  REASON
                    Dune Outfitters   never          395     14  never contacted
                    Birch & Lowe Law  Fri 20 Nov      11     30  follow-up due Fri 27 Nov

                    """)
        }

        /// Renewal is start + 12 months. Dune was due on 2026-11-01, 30 days ago, and was not renewed, so it has
        /// lapsed; its survey was answered within that term. Acme renews 2027-01-15, 45 days out: today is past
        /// 2026-11-16 (renewal − 60 days) with no survey, so the survey is due. Birch renews 2027-03-01, 90 days out;
        /// its survey was sent on 10 Nov. At stake: 12 × (250 + 900 + 1,250) = 28,800. Health: Dune has not been
        /// contacted in the 395 days since its start, more than twice its limit of 14; Acme had 1 of its 21 visits
        /// (1st and 3rd Tuesdays from 15 Jan to 30 Nov) done and Birch 1 of its 19 fortnightly ones, under 75%: all
        /// three are at risk. Contact counts the call logged today for Acme and the email of 20 Nov for Birch.
        @Test func renewalsShowLapsedFirstWithSurveyStatusAndMoneyAtStake() throws {
            let store = try Scenario.copy()
            let json = try store.succeed(["renewals", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "date": "2026-12-01",
                              "renewals": [
                                {
                                  "annualValue": "3000.00",
                                  "client": "dune-outfitters",
                                  "daysLeft": -30,
                                  "monthlyFee": "250.00",
                                  "name": "Dune Outfitters",
                                  "renewsOn": "2026-11-01",
                                  "stage": "lapsed",
                                  "surveyStatus": "answered",
                                  "score": 9,
                                  "nextTerm": null,
                                  "previousScore": null,
                                  "visitsDelivered": 0,
                                  "visitsPromised": 0,
                                  "daysSinceContact": null,
                                  "health": "at-risk",
                                  "missedResponses": [],
                                  "uncoveredNeeds": [],
                                  "proposalSent": null
                                },
                                {
                                  "annualValue": "10800.00",
                                  "client": "acme-dental",
                                  "daysLeft": 45,
                                  "monthlyFee": "900.00",
                                  "name": "Acme Dental",
                                  "renewsOn": "2027-01-15",
                                  "stage": "survey-due",
                                  "surveyStatus": "due",
                                  "score": null,
                                  "nextTerm": null,
                                  "previousScore": null,
                                  "visitsDelivered": 1,
                                  "visitsPromised": 21,
                                  "daysSinceContact": 0,
                                  "health": "at-risk",
                                  "missedResponses": [],
                                  "uncoveredNeeds": [],
                                  "proposalSent": null
                                },
                                {
                                  "annualValue": "15000.00",
                                  "client": "birch-law",
                                  "daysLeft": 90,
                                  "monthlyFee": "1250.00",
                                  "name": "Birch & Lowe Law",
                                  "renewsOn": "2027-03-01",
                                  "stage": "survey-sent",
                                  "surveyStatus": "sent",
                                  "score": null,
                                  "nextTerm": null,
                                  "previousScore": null,
                                  "visitsDelivered": 1,
                                  "visitsPromised": 19,
                                  "daysSinceContact": 11,
                                  "health": "at-risk",
                                  "missedResponses": [],
                                  "uncoveredNeeds": [],
                                  "proposalSent": null
                                }
                              ],
                              "totalAnnualValue": "28800.00",
                              "within": 120
                            }
                            """))
            #expect(
                try store.succeed(["renewals"]).stdout == """
                    Renewals in the next 120 days, from Tue 1 Dec 2026

                    CLIENT            RENEWS             LEFT      ANNUAL  SURVEY    SCORE  VISITS  CONTACT  HEALTH     STAGE
                    Dune Outfitters   Sun 1 Nov 2026   lapsed   $3,000.00  answered  9         0/0    never  ! at risk  lapsed
                    Acme Dental       Fri 15 Jan 2027     45d  $10,800.00  due       -        1/21    today  ! at risk  survey-due
                    Birch & Lowe Law  Mon 1 Mar 2027      90d  $15,000.00  sent      -        1/19  11d ago  ! at risk  survey-sent

                    At stake: $28,800.00 a year

                    """)
        }

        /// Only Acme's and Birch's agreements are active today (start ≤ today < renewal); Dune's lapsed and Cedar has
        /// none. MRR = 900 + 1,250 = 2,150 and ARR = 12 × MRR = 25,800, all in the sweet spot ($500 to $1,500).
        /// At the end of Jan and Feb: Acme (from 15 Jan) and Dune, 1,150; Birch from 1 Mar, 2,400; Dune lapsed on
        /// 1 Nov, 2,150. Dune's lapsed renewal is still at stake, so it counts in the current month.
        @Test func revenueSumsTheFeesOfActiveAgreementsOnly() throws {
            let store = try Scenario.copy()
            let json = try store.succeed(["revenue", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "activeAgreements": 2, "arr": "25800.00", "date": "2026-12-01", "mrr": "2150.00",
                              "history": [
                                {"month": "2026-01", "mrr": "1150.00"}, {"month": "2026-02", "mrr": "1150.00"},
                                {"month": "2026-03", "mrr": "2400.00"}, {"month": "2026-04", "mrr": "2400.00"},
                                {"month": "2026-05", "mrr": "2400.00"}, {"month": "2026-06", "mrr": "2400.00"},
                                {"month": "2026-07", "mrr": "2400.00"}, {"month": "2026-08", "mrr": "2400.00"},
                                {"month": "2026-09", "mrr": "2400.00"}, {"month": "2026-10", "mrr": "2400.00"},
                                {"month": "2026-11", "mrr": "2150.00"}, {"month": "2026-12", "mrr": "2150.00"}
                              ],
                              "renewalsByMonth": [
                                {"annualValue": "3000.00", "month": "2026-12", "renewals": 1},
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
                                {"annualValue": "0.00", "month": "2027-11", "renewals": 0}
                              ],
                              "tiers": [
                                {"agreements": 0, "arr": "0.00", "from": "0.00", "mrr": "0.00", "name": "small"},
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

                    MRR                 $2,150.00
                    ARR                $25,800.00
                    Active agreements           2

                    By tier
                    TIER        MONTHLY FEE     AGREEMENTS        MRR         ARR
                    small       under $500               0      $0.00       $0.00
                    sweet spot  $500 to $1,500           2  $2,150.00  $25,800.00
                    large       over $1,500              0      $0.00       $0.00

                    MRR over the last 12 months  ▁▁████████▇▇  $1,150.00 to $2,400.00
                    Jan 2026  $1,150.00  ████████████
                    Feb 2026  $1,150.00  ████████████
                    Mar 2026  $2,400.00  ████████████████████████
                    Apr 2026  $2,400.00  ████████████████████████
                    May 2026  $2,400.00  ████████████████████████
                    Jun 2026  $2,400.00  ████████████████████████
                    Jul 2026  $2,400.00  ████████████████████████
                    Aug 2026  $2,400.00  ████████████████████████
                    Sep 2026  $2,400.00  ████████████████████████
                    Oct 2026  $2,400.00  ████████████████████████
                    Nov 2026  $2,150.00  ██████████████████████
                    Dec 2026  $2,150.00  ██████████████████████

                    Renewals in the next 12 months
                    MONTH     RENEWALS    AT STAKE
                    Dec 2026         1   $3,000.00
                    Jan 2027         1  $10,800.00
                    Mar 2027         1  $15,000.00

                    At stake: $28,800.00 a year

                    """)
        }

        /// Every client by id with its agreement; the overdue flag matches the overdue report.
        @Test func clientListShowsEachAgreementAndWhoIsOverdue() throws {
            let store = try Scenario.copy()
            let json = try store.succeed(["client", "list", "--json"])
            #expect(
                try JSONValue(parsing: json.stdout)
                    == JSONValue(
                        parsing: """
                            {
                              "clients": [
                                {
                                  "id": "acme-dental",
                                  "kind": "retainer",
                                  "lapsed": false,
                                  "monthlyFee": "900.00",
                                  "name": "Acme Dental",
                                  "overdue": false,
                                  "renewsOn": "2027-01-15",
                                  "status": "active",
                                  "surveyDue": true,
                                  "hoursAlert": null,
                                  "visitsPerMonth": 2
                                },
                                {
                                  "id": "birch-law",
                                  "kind": "block",
                                  "lapsed": false,
                                  "monthlyFee": "1250.00",
                                  "name": "Birch & Lowe Law",
                                  "overdue": true,
                                  "renewsOn": "2027-03-01",
                                  "status": "active",
                                  "surveyDue": false,
                                  "hoursAlert": null,
                                  "visitsPerMonth": 2.2
                                },
                                {
                                  "id": "cedar-bakery",
                                  "kind": null,
                                  "lapsed": false,
                                  "monthlyFee": null,
                                  "name": "Cedar Bakery",
                                  "overdue": false,
                                  "renewsOn": null,
                                  "status": "prospect",
                                  "surveyDue": false,
                                  "hoursAlert": null,
                                  "visitsPerMonth": null
                                },
                                {
                                  "id": "dune-outfitters",
                                  "kind": "fixed",
                                  "lapsed": true,
                                  "monthlyFee": "250.00",
                                  "name": "Dune Outfitters",
                                  "overdue": true,
                                  "renewsOn": "2026-11-01",
                                  "status": "active",
                                  "surveyDue": false,
                                  "hoursAlert": null,
                                  "visitsPerMonth": 0
                                }
                              ],
                              "unreadable": []
                            }
                            """))
            #expect(
                try store.succeed(["client", "list"]).stdout == """
                    ID               NAME              STATUS    AGREEMENT    MONTHLY  RENEWS
                    acme-dental      Acme Dental       active    retainer     $900.00  Fri 15 Jan 2027  survey due
                    birch-law        Birch & Lowe Law  active    block      $1,250.00  Mon 1 Mar 2027   overdue
                    cedar-bakery     Cedar Bakery      prospect  -                  -  -
                    dune-outfitters  Dune Outfitters   active    fixed        $250.00  Sun 1 Nov 2026   lapsed, overdue

                    """)
        }
    }
}
