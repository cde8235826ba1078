import Foundation
import Testing

extension RapportCLI {
    /// `request add|respond|close|list` and `settings holiday`: requests are logged through the one change path and
    /// judged against the agreement's response promise in business hours.
    @Suite struct RequestCommandTests {
        /// A client whose agreement promises a phone answer within 30 minutes.
        private func acme() throws -> TemporaryStore {
            let store = try TemporaryStore()
            try store.succeed(["init"], today: "2026-06-01")
            try store.succeed(["client", "add", "Acme Dental"], today: "2026-06-01")
            try store.succeed(
                [
                    "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "1000", "--start", "2026-06-01",
                    "--phone-minutes", "30", "--onsite-hours", "4",
                ], today: "2026-06-01")
            return store
        }

        @Test func aFridayEveningPhoneRequestAnsweredMondayMorningIsMet() throws {
            let store = try acme()
            let added = try store.succeed(
                [
                    "request", "add", "acme-dental", "--via", "phone", "--at", "2027-01-08 17:50", "--summary",
                    "Printer offline",
                ], today: "2027-01-08")
            #expect(added.stdout == "acme-dental: logged a phone request at Fri 8 Jan 17:50\n")
            let open = try store.succeed(["request", "list", "--open"], today: "2027-01-11 08:10")
            let id = try #require(
                RecordCommandTests.records(try RecordCommandTests.document(store, "acme-dental"), "requests").first
                    .map(RecordCommandTests.id))
            let short = String(id.prefix(8))
            #expect(
                open.stdout == """
                    Requests, as of Mon 11 Jan 08:10

                    ID        CLIENT       VIA    ASKED            DUE               STANDING   SUMMARY
                    \(short)  Acme Dental  phone  Fri 8 Jan 17:50  Mon 11 Jan 08:20  10 m left  Printer offline

                    """)

            let answered = try store.succeed(
                ["request", "respond", short, "--at", "2027-01-11 08:15"], today: "2027-01-11")
            #expect(
                answered.stdout == "acme-dental: answered the phone request of Fri 8 Jan 17:50 at Mon 11 Jan 08:15\n")
            try store.succeed(
                ["request", "close", short, "--at", "2027-01-11 09:00", "--hours", "0.5", "--billable"],
                today: "2027-01-11")
            let json = try store.succeed(["request", "list", "--json"], today: "2027-01-12")
            #expect(json.stdout.contains(#""deadline": "2027-01-11 08:20""#))
            #expect(json.stdout.contains(#""outcome": "met""#))
            #expect(json.stdout.contains(#""responseMinutes": 25"#))
            #expect(json.stdout.contains(#""standing": "met in 25 m""#))
            #expect(try store.succeed(["request", "list", "--open"], today: "2027-01-12").stdout.hasSuffix("None.\n"))
        }

        @Test func aHolidayPushesTheDeadlineToTheNextBusinessDay() throws {
            let store = try acme()
            let holiday = try store.succeed(["settings", "holiday", "add", "2027-01-11"], today: "2027-01-08")
            #expect(holiday.stdout == "settings: added Mon 11 Jan 2027 as a holiday\n")
            try store.succeed(
                [
                    "request", "add", "acme-dental", "--via", "phone", "--at", "2027-01-08 17:50", "--summary",
                    "Printer offline",
                ], today: "2027-01-08")
            let list = try store.succeed(["request", "list", "--json"], today: "2027-01-12 08:30")
            #expect(list.stdout.contains(#""deadline": "2027-01-12 08:20""#))
            #expect(list.stdout.contains(#""standing": "missed by 10 m""#))
            #expect(
                try store.succeed(["settings", "holiday", "list"]).stdout == "Mon 11 Jan 2027\n")
            try store.succeed(["settings", "holiday", "remove", "2027-01-11"])
            #expect(try store.succeed(["settings", "holiday", "list"]).stdout == "No holidays.\n")
        }

        @Test func aResponseBeforeTheRequestIsRefused() throws {
            let store = try acme()
            try store.succeed(
                ["request", "add", "acme-dental", "--via", "remote", "--at", "2027-01-08 10:00", "--summary", "VPN"],
                today: "2027-01-08")
            let id = try #require(
                RecordCommandTests.records(try RecordCommandTests.document(store, "acme-dental"), "requests").first
                    .map(RecordCommandTests.id))
            let refused = try store.rapport(
                ["request", "respond", id, "--at", "2027-01-08 09:00"], today: "2027-01-08")
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("the response is before the request itself (Fri 8 Jan 10:00)"))
        }

        /// Logs a request and returns its id.
        private func request(_ store: TemporaryStore, _ via: String, at: String, answered: String? = nil) throws
            -> String
        {
            try store.succeed(
                ["request", "add", "acme-dental", "--via", via, "--at", at, "--summary", "Help with \(via)"],
                today: String(at.prefix(10)))
            let requests = RecordCommandTests.records(try RecordCommandTests.document(store, "acme-dental"), "requests")
            let id = try RecordCommandTests.id(try #require(requests.last))
            if let answered {
                try store.succeed(["request", "respond", id, "--at", answered], today: String(answered.prefix(10)))
            }
            return id
        }

        @Test func slaCountsMetAndMissedPromisesAndTheRenewalSaysWhy() throws {
            let store = try acme()
            _ = try request(store, "phone", at: "2027-01-08 17:50", answered: "2027-01-11 08:15")
            _ = try request(store, "phone", at: "2027-01-11 09:00", answered: "2027-01-11 10:10")
            _ = try request(store, "onsite", at: "2027-01-12 09:00")
            _ = try request(store, "phone", at: "2027-01-12 14:00")

            let sla = try store.succeed(["sla"], today: "2027-01-12 14:10")
            #expect(
                sla.stdout == """
                    Response promises, 2027-01, as of Tue 12 Jan 14:10

                    CLIENT       CHANNEL  JUDGED  MET  MISSED  KEPT  MEDIAN
                    Acme Dental  phone         2    1       1   50%    25 m
                    Acme Dental  on site       1    0       1    0%       -

                    Waiting for an answer
                    CLIENT       VIA      ASKED             DUE               STANDING            SUMMARY
                    Acme Dental  on site  Tue 12 Jan 09:00  Tue 12 Jan 13:00  missed by 1 h 10 m  Help with onsite
                    Acme Dental  phone    Tue 12 Jan 14:00  Tue 12 Jan 14:30  20 m left           Help with phone

                    """)
            let json = try store.succeed(
                ["sla", "--month", "2027-01", "--client", "acme-dental", "--json"],
                today: "2027-01-12 14:10")
            #expect(json.stdout.contains(#""compliancePercent": 50"#))
            #expect(json.stdout.contains(#""medianResponseMinutes": null"#))
            #expect(
                try store.succeed(["sla", "--month", "2026-12"], today: "2027-01-12 14:10").stdout.contains(
                    "No request of the month has been judged yet."))

            let renewals = try store.succeed(["renewals", "--within", "200"], today: "2027-01-13")
            #expect(renewals.stdout.contains("! at risk"))
            #expect(
                renewals.stdout.contains("Acme Dental: 2 of 3 phone responses missed, 1 of 1 on site response missed\n")
            )
        }
    }
}
