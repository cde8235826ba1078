import Foundation
import Testing

/// The store the README walkthrough builds, every command run with `--today 2026-12-01` (a Tuesday).
///
/// - Acme Dental: a $900 retainer from 2026-01-15, visited on the 1st and 3rd Tuesday at 09:00 by js. The visit of
///   17 Nov was done, a call today asks for a follow-up today, and the visit of 15 Dec is cancelled.
/// - Birch & Lowe Law: a $1,250 block of 20 hours from 2026-03-01, visited every other Tuesday at 14:00 by mk,
///   with contact every 30 days. The 17 Nov visit was done, an email on 20 Nov promised a follow-up on 27 Nov that
///   never came, the survey went out on 10 Nov, and the visit of 15 Dec moved to 16 Dec at 10:00.
/// - Cedar Bakery: a prospect without an agreement.
/// - Dune Outfitters: a $250 fixed agreement from 2025-11-01 that lapsed on 2026-11-01 with no renewal; its survey
///   was answered in September and nobody has logged a contact.
enum Scenario {
    /// One command of the walkthrough and what it should print.
    struct Step {
        var arguments: [String]
        var confirmation: String
    }

    static let steps: [Step] = [
        Step(
            arguments: [
                "init", "--business", "Northwind IT", "--technician", "js=Jo Smith", "--technician", "mk=Mo Khan",
            ],
            confirmation: "Created a rapport store at STORE"),
        Step(
            arguments: [
                "client", "add", "Acme Dental", "--workstations", "18", "--servers", "1",
                "--address", "12 Main St, Springfield", "--travel-minutes", "25", "--source", "emergency",
            ],
            confirmation: "acme-dental: added as a new client"),
        Step(
            arguments: [
                "person", "add", "acme-dental", "Dana Ruiz", "--role", "Office manager", "--phone", "+1 555 0100",
                "--email", "dana@acme.example",
            ],
            confirmation: "acme-dental: added Dana Ruiz"),
        Step(
            arguments: [
                "agreement", "set", "acme-dental", "--kind", "retainer", "--fee", "900", "--start", "2026-01-15",
                "--visits", "FREQ=MONTHLY;BYDAY=1TU,3TU", "--visit-time", "09:00", "--technician", "js",
            ],
            confirmation: "acme-dental: set the agreement from Thu 15 Jan"),
        Step(
            arguments: [
                "visit", "done", "acme-dental", "--on", "2026-11-17", "--hours", "1.5", "--note", "Patched server",
            ],
            confirmation: "acme-dental: marked the visit on Tue 17 Nov done (1.5 h)"),
        Step(
            arguments: [
                "log", "acme-dental", "--via", "call", "--by", "js", "--note", "Asked about new laptops",
                "--follow-up", "2026-12-01",
            ],
            confirmation: "acme-dental: logged a call on Tue 1 Dec"),
        Step(
            arguments: ["visit", "cancel", "acme-dental", "--on", "2026-12-15", "--note", "Office closed"],
            confirmation: "acme-dental: cancelled the visit on Tue 15 Dec"),
        Step(
            arguments: [
                "client", "add", "Birch & Lowe Law", "--id", "birch-law", "--workstations", "30", "--servers", "2",
                "--address", "4 Elm Rd, Shelbyville", "--travel-minutes", "40", "--source", "referral",
            ],
            confirmation: "birch-law: added as a new client"),
        Step(
            arguments: [
                "agreement", "set", "birch-law", "--kind", "block", "--fee", "1,250.00", "--start", "2026-03-01",
                "--hours", "20", "--visits", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "--visit-time", "14:00",
                "--technician", "mk", "--contact-every", "30",
            ],
            confirmation: "birch-law: set the agreement from Sun 1 Mar"),
        Step(
            arguments: ["visit", "done", "birch-law", "--on", "2026-11-17", "--hours", "3"],
            confirmation: "birch-law: marked the visit on Tue 17 Nov done (3 h)"),
        Step(
            arguments: [
                "log", "birch-law", "--via", "email", "--on", "2026-11-20", "--by", "mk", "--note",
                "Sent firewall quote",
                "--follow-up", "2026-11-27",
            ],
            confirmation: "birch-law: logged an email on Fri 20 Nov"),
        Step(
            arguments: ["survey", "sent", "birch-law", "--on", "2026-11-10"],
            confirmation: "birch-law: marked the survey sent on Tue 10 Nov"),
        Step(
            arguments: ["visit", "move", "birch-law", "--from", "2026-12-15", "--to", "2026-12-16", "--at", "10:00"],
            confirmation: "birch-law: moved the visit of Tue 15 Dec to Wed 16 Dec"),
        Step(
            arguments: ["client", "add", "Cedar Bakery", "--status", "prospect", "--source", "audit"],
            confirmation: "cedar-bakery: added as a new client"),
        Step(
            arguments: ["client", "add", "Dune Outfitters", "--workstations", "12"],
            confirmation: "dune-outfitters: added as a new client"),
        Step(
            arguments: [
                "agreement", "set", "dune-outfitters", "--kind", "fixed", "--fee", "250", "--start", "2025-11-01",
            ],
            confirmation: "dune-outfitters: set the agreement from Sat 1 Nov"),
        Step(
            arguments: [
                "survey", "answered", "dune-outfitters", "--score", "9", "--on", "2026-09-10", "--comment",
                "Quick replies",
            ],
            confirmation: "dune-outfitters: recorded a survey score of 9"),
    ]

    /// The walkthrough built once for the whole target by `.walkthrough`, and what each step printed.
    @TaskLocal static var built: (store: TemporaryStore, printed: [RunResult])?

    /// The walkthrough store, for reading its files; a test that runs commands works on a `copy()`.
    static var master: TemporaryStore {
        get throws { try #require(built, "the suite needs the .walkthrough trait").store }
    }

    /// What each step printed while the walkthrough was built, in order.
    static var printed: [RunResult] {
        get throws { try #require(built, "the suite needs the .walkthrough trait").printed }
    }

    /// A copy of the walkthrough store in a fresh scratch directory, for one test to change or break.
    ///
    /// - Returns: the copy.
    /// - Throws: when the walkthrough was not built or cannot be copied.
    static func copy() throws -> TemporaryStore {
        let copy = try TemporaryStore()
        try FileManager.default.copyItem(atPath: try master.path, toPath: copy.path)
        return copy
    }
}

/// Builds the walkthrough store once around every test of the suite it is applied to, and removes it afterwards.
///
/// Building it takes a process launch per step; copying it for each test takes a few file copies.
struct Walkthrough: SuiteTrait, TestScoping {
    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let store = try TemporaryStore()
        let printed = try Scenario.steps.map { try store.succeed($0.arguments) }
        try await Scenario.$built.withValue((store, printed)) {
            try await function()
        }
    }
}

extension Trait where Self == Walkthrough {
    /// Builds the walkthrough store for the suite: see `Scenario`.
    static var walkthrough: Self { Self() }
}

/// Every end-to-end test of the `rapport` binary; the suites nested in it share one walkthrough store.
@Suite(.walkthrough) struct RapportCLI {}
