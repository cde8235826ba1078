import Foundation
import Testing

extension RapportCLI {
    /// `log edit|delete`, `visit edit|delete`, `survey edit|delete`, `hours edit|delete` and `person edit|remove`:
    /// a record named by its id (or any start of it that no other record of its kind shares) is found in whichever
    /// client holds it, and only the fields named change in its file.
    @Suite struct RecordCommandTests {
        /// A client's file as parsed JSON.
        static func document(_ store: TemporaryStore, _ id: String) throws -> [String: JSONValue] {
            let json = try JSONValue(parsing: String(contentsOfFile: store.clientFile(id), encoding: .utf8))
            guard case .object(let members) = json else { throw RunFailure(description: "not an object: \(json)") }
            return members
        }

        /// The records of a list in a client's file.
        static func records(_ document: [String: JSONValue], _ key: String) -> [[String: JSONValue]] {
            guard case .array(let values)? = document[key] else { return [] }
            return values.compactMap { if case .object(let members) = $0 { members } else { nil } }
        }

        /// The id of a record in a client's file.
        static func id(_ record: [String: JSONValue]) throws -> String {
            guard case .string(let id)? = record["id"] else { throw RunFailure(description: "no id in \(record)") }
            return id
        }

        /// A client's file with one record of a list replaced.
        static func replacing(
            _ document: [String: JSONValue], _ key: String, at index: Int, with record: [String: JSONValue]?
        ) -> [String: JSONValue] {
            var list = records(document, key)
            if let record { list[index] = record } else { list.remove(at: index) }
            var changed = document
            changed[key] = .array(list.map(JSONValue.object))
            return changed
        }

        @Test func logEditChangesOnlyTheNamedFieldsOfTheContact() throws {
            let store = try Scenario.copy()
            let before = try Self.document(store, "acme-dental")
            var call = Self.records(before, "touchpoints")[0]
            let id = try Self.id(call)

            let edited = try store.succeed([
                "log", "edit", String(id.prefix(12)), "--note", "Asked about four laptops", "--follow-up", "none",
            ])
            #expect(edited.stdout == "acme-dental: edited the call of Tue 1 Dec\n")
            call["note"] = .string("Asked about four laptops")
            call["followUp"] = nil
            #expect(try Self.document(store, "acme-dental") == Self.replacing(before, "touchpoints", at: 0, with: call))

            let deleted = try store.succeed(["log", "delete", id.uppercased()])
            #expect(deleted.stdout == "acme-dental: deleted the call of Tue 1 Dec\n")
            #expect(try Self.document(store, "acme-dental") == Self.replacing(before, "touchpoints", at: 0, with: nil))
        }

        @Test func visitEditAndDeleteChangeTheVisitsRecord() throws {
            let store = try Scenario.copy()
            let before = try Self.document(store, "acme-dental")
            let visits = Self.records(before, "visits")
            let doneIndex = try #require(visits.firstIndex { $0["status"] == .string("done") })
            var done = visits[doneIndex]
            let id = try Self.id(done)

            let edited = try store.succeed(["visit", "edit", id, "--hours", "2", "--note", "Patched and rebooted"])
            #expect(edited.stdout == "acme-dental: edited the done visit of Tue 17 Nov\n")
            done["hours"] = .number(2)
            done["note"] = .string("Patched and rebooted")
            #expect(
                try Self.document(store, "acme-dental") == Self.replacing(before, "visits", at: doneIndex, with: done))

            let refused = try store.rapport(["visit", "edit", id, "--on", "2026-12-02"])
            #expect(refused.status == 1)
            #expect(refused.stderr == "Error: acme-dental: --on: a visit on Wed 2 Dec cannot be done yet\n")

            let deleted = try store.succeed(["visit", "delete", id])
            #expect(deleted.stdout == "acme-dental: deleted the done visit of Tue 17 Nov\n")
            #expect(
                try Self.document(store, "acme-dental") == Self.replacing(before, "visits", at: doneIndex, with: nil))
        }

        @Test func surveyEditAndDelete() throws {
            let store = try Scenario.copy()
            let before = try Self.document(store, "birch-law")
            var survey = Self.records(before, "surveys")[0]
            let id = try Self.id(survey)

            let edited = try store.succeed(["survey", "edit", id, "--answered", "2026-11-14", "--score", "8"])
            #expect(edited.stdout == "birch-law: edited the survey sent Tue 10 Nov\n")
            survey["answered"] = .string("2026-11-14")
            survey["score"] = .number(8)
            #expect(try Self.document(store, "birch-law") == Self.replacing(before, "surveys", at: 0, with: survey))

            let deleted = try store.succeed(["survey", "delete", id])
            #expect(deleted.stdout == "birch-law: deleted the survey answered Sat 14 Nov\n")
            #expect(try Self.document(store, "birch-law") == Self.replacing(before, "surveys", at: 0, with: nil))
        }

        @Test func hoursEditAndDeleteKeepTheBankAboveZero() throws {
            let store = try Scenario.copy()
            try store.succeed(["hours", "add", "birch-law", "--hours", "5", "--note", "Top-up"])
            let before = try Self.document(store, "birch-law")
            let term = Self.records(before, "terms")[0]
            guard case .object(let bank)? = term["hoursBank"], case .array(let adjustments)? = bank["adjustments"],
                case .object(let topUp)? = adjustments.first
            else {
                Issue.record("no top-up in \(term)")
                return
            }
            let id = try Self.id(topUp)

            let edited = try store.succeed(["hours", "edit", id, "--hours", "6"])
            #expect(
                edited.stdout == """
                    birch-law: edited the 5 h top-up of Tue 1 Dec
                    hours bank: 3 of 26 h used, 23 left (12%)

                    """)
            let refused = try store.rapport(["hours", "edit", id, "--hours=-30"])
            #expect(refused.status == 1)
            #expect(
                refused.stderr
                    == "Error: birch-law: --hours: the bank would hold -10 h purchased and topped up; it never goes "
                    + "below zero\n")

            let deleted = try store.succeed(["hours", "delete", String(id.prefix(14))])
            #expect(
                deleted.stdout == """
                    birch-law: deleted the 6 h top-up of Tue 1 Dec
                    hours bank: 3 of 20 h used, 17 left (15%)

                    """)
        }

        @Test func personEditAndRemoveNameThePersonByNameOrID() throws {
            let store = try Scenario.copy()
            let before = try Self.document(store, "acme-dental")
            var dana = Self.records(before, "people")[0]
            let id = try Self.id(dana)

            let edited = try store.succeed(["person", "edit", "acme-dental", "Dana Ruiz", "--phone", "+1 555 0199"])
            #expect(edited.stdout == "acme-dental: edited Dana Ruiz\n")
            dana["phone"] = .string("+1 555 0199")
            #expect(try Self.document(store, "acme-dental") == Self.replacing(before, "people", at: 0, with: dana))

            // `client show` lists each person's id, which the commands take as well as the name.
            let show = try store.succeed(["client", "show", "acme-dental"]).stdout
            let line = try #require(show.split(separator: "\n").first { $0.hasPrefix("Dana Ruiz (primary)") })
            let short = try #require(line.split(separator: " ").first { id.hasPrefix($0) && $0.count >= 8 })
            try store.succeed(["person", "edit", "acme-dental", String(short), "--email", "", "--role", "Manager"])
            dana["email"] = nil
            dana["role"] = .string("Manager")
            #expect(try Self.document(store, "acme-dental") == Self.replacing(before, "people", at: 0, with: dana))

            let unknown = try store.rapport(["person", "edit", "acme-dental", "Sam", "--phone", "1"])
            #expect(unknown.status == 1)
            #expect(
                unknown.stderr
                    == "Error: acme-dental has no person called \"Sam\" or with an id starting so; the people are "
                    + "Dana Ruiz (\(short))\n")

            let removed = try store.succeed(["person", "remove", "acme-dental", "dana"])
            #expect(removed.stdout == "acme-dental: removed Dana Ruiz\n")
            #expect(Self.records(try Self.document(store, "acme-dental"), "people").isEmpty)
        }

        /// The walkthrough logged a call for Acme Dental and an email for Birch & Lowe Law with `--today 2026-12-01`,
        /// so their ids start with the same day.
        @Test func unknownAmbiguousAndMisplacedIDsAreRefusedAndNothingIsWritten() throws {
            let store = try Scenario.copy()
            let call = try Self.id(Self.records(try Self.document(store, "acme-dental"), "touchpoints")[0])
            let email = try Self.id(Self.records(try Self.document(store, "birch-law"), "touchpoints")[0])
            let shared = String(zip(call, email).prefix { $0 == $1 }.map(\.0))
            try #require(shared.count >= 8, "\(call) and \(email) share only \(shared)")
            let visit = try Self.id(Self.records(try Self.document(store, "acme-dental"), "visits")[0])
            let files = try store.snapshot()

            let unknown = try store.rapport(["log", "edit", "zz", "--note", "x"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr == "Error: no contact has an id starting \"zz\"\n")

            let ambiguous = try store.rapport(["log", "delete", shared])
            #expect(ambiguous.status == 1)
            #expect(
                ambiguous.stderr
                    == "Error: \"\(shared)\" starts 2 contact ids (acme-dental \(call.prefix(shared.count + 1)), "
                    + "birch-law \(email.prefix(shared.count + 1))); type more of it\n")

            let misplaced = try store.rapport(["log", "delete", visit])
            #expect(misplaced.status == 1)
            #expect(misplaced.stderr == "Error: \"\(visit)\" is a visit of acme-dental, not a contact\n")

            let nothing = try store.rapport(["log", "edit", call])
            #expect(nothing.stderr == "Error: acme-dental: name at least one field to change, e.g. --note\n")
            let future = try store.rapport(["log", "edit", call, "--on", "2026-12-05"])
            #expect(future.stderr == "Error: acme-dental: --on: a contact cannot be logged in the future\n")

            #expect(try store.snapshot() == files)
        }

        /// `rapport log CLIENT …` still logs a contact: `add` is the default.
        @Test func logWithAClientStillLogsAContact() throws {
            let store = try Scenario.copy()
            let logged = try store.succeed(["log", "acme-dental", "--via", "email", "--note", "Quote"])
            #expect(logged.stdout == "acme-dental: logged an email on Tue 1 Dec\n")
            #expect(
                try store.succeed(["log", "add", "birch-law", "--via", "call"]).stdout
                    == "birch-law: logged a call on Tue 1 Dec\n")
        }
    }
}
