import Foundation
import Testing

/// Undo end to end: the dashboard on the demo store in tmux, at the smallest size it lays out in full and at a big
/// one, ends an agreement after asking, and `u` takes it back through the store, leaving the client's file exactly
/// as it was.
@Suite struct UndoTmuxTests {
    @Test(arguments: [(80, 24), (200, 60)])
    func endingAnAgreementAsksFirstAndUndoPutsItBackExactly(width: Int, height: Int) throws {
        let dashboard = try TmuxDashboard.open(today: "2026-12-06", width: width, height: height)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let file = dashboard.store.clientFile("acme-dental")
        try tmux.waitForScreen(showing: "Sun 6 Dec 2026", "1 Clients (", "? help")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))

        // Acme Dental heads the clients pane.
        try tmux.press("1", "Enter")
        try tmux.waitForScreen(showing: "Acme Dental (acme-dental, active)", "Fee", "$900.00 a month")
        try tmux.press("E")
        try tmux.waitForScreen(showing: "End agreement (lost): Acme Dental", "Ends on 2026-12-06")
        try tmux.press("Enter")
        let asked = try tmux.waitForScreen(
            showing: "End Acme Dental's agreement on Sun 6 Dec? y / n", "y yes, go ahead", "n no, leave it")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "written before the answer:\n\(asked)")

        try tmux.press("y")
        try tmux.waitForScreen(
            showing: "Saved: Acme Dental: ended the agreement on Sun 6 Dec", "Acme Dental (acme-dental, former)")
        let ended = try JSONValue(parsing: String(contentsOfFile: file, encoding: .utf8))
        guard case .object(let client) = ended, case .array(let terms)? = client["terms"],
            case .object(let last)? = terms.last
        else {
            Issue.record("no terms in \(ended)")
            return
        }
        #expect(client["status"] == .string("former"))
        #expect(last["until"] == .string("2026-12-06"))

        try tmux.press("u")
        let undone = try tmux.waitForScreen(
            showing: "Undid: Acme Dental: ended the agreement on Sun 6 Dec", "Acme Dental (acme-dental, active)")
        #expect(undone.contains("$900.00 a month"), "\(undone)")
        let after = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(
            try JSONValue(parsing: String(decoding: after, as: UTF8.self))
                == JSONValue(parsing: String(decoding: before, as: UTF8.self)))
        // Byte for byte, stamps included: what undo put back carries the stamps it had.
        #expect(after == before)
    }
}
