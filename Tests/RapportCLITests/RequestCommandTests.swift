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
                    "--phone-minutes", "30",
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
    }
}
