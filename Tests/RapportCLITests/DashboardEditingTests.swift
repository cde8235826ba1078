import Foundation
import Testing

/// Editing that forgives, end to end: a real paste into a form, and a prefilled field edited in its middle, in the
/// real binary inside tmux at the smallest size the grid takes and at a large one, read back from the screen and
/// from the store's files. The demo store is dated 2026-11-29, as in `DashboardTmuxTests`.
@Suite struct DashboardEditingTests {
    static let sizes = [(80, 24), (200, 60)]

    /// A note pasted in three lines keeps its lines in the store, and no line of it runs as keys; a paste outside a
    /// form runs nothing either, though it holds `q` and `l`.
    @Test(arguments: sizes)
    func pastedThreeLineNoteIsStoredWithItsLines(_ width: Int, _ height: Int) throws {
        let dashboard = try TmuxDashboard.open(width: width, height: height)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let before = try dashboard.client("cedar-vet-clinic").touchpoints
        try tmux.waitForScreen(showing: "3 Overdue contact (", "? help")

        // On the dashboard, q would quit and l would open a form.
        try tmux.paste("q\nl\n")
        let ignored = try tmux.waitForScreen(showing: "Pasted text goes into a form field or the / filter")
        #expect(!ignored.contains("Log contact"), "the paste opened a form:\n\(ignored)")
        #expect(!dashboard.hasEnded, "the paste quit the dashboard")

        try tmux.press("3", "l")
        try tmux.waitForScreen(showing: "Log contact", "Client Cedar Vet Clinic")
        try tmux.press("Tab", "Tab", "Tab", "Tab")
        let noteRow = try waitForCursor(after: "Note ", in: tmux)

        let note = "Called about the router\nTwo laptops quoted\nCall back Friday"
        try tmux.paste(note + "\n")
        // The field keeps the end of what was pasted in view, each line break shown as ↵.
        let pasted = try tmux.waitForScreen(showing: "↵Call back Friday")
        let rows = pasted.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(rows[noteRow].contains("Note …"), "the note's start should be cut with …:\n\(pasted)")
        #expect(pasted.contains("Log contact"), "the form closed during the paste:\n\(pasted)")
        #expect(try tmux.cursor().y == noteRow)
        #expect(try text(beforeCursorIn: tmux, count: 6) == "Friday")

        try tmux.press("Enter")
        try tmux.waitForScreen(showing: "Saved: Cedar Vet Clinic: logged a call on Sun 29 Nov")
        let after = try dashboard.client("cedar-vet-clinic").touchpoints
        #expect(after.count == before.count + 1)
        #expect(
            after.contains { $0.on == "2026-11-29" && $0.via == "call" && $0.note == note },
            "no touchpoint with the three-line note in \(after)")
    }

    /// Typing into a prefilled field edits it where the cursor is: ← from the end of the address, then text put in
    /// before the town, and the store holds the address with the insertion.
    @Test(arguments: sizes)
    func prefilledAddressIsEditedInTheMiddle(_ width: Int, _ height: Int) throws {
        let dashboard = try TmuxDashboard.open(width: width, height: height)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        #expect(try dashboard.client("acme-dental").address == "12 Main St, Springfield")
        try tmux.waitForScreen(showing: "1 Clients (", "? help")

        try tmux.press("e")
        try tmux.waitForScreen(showing: "Edit client: Acme Dental", "Address 12 Main St, Springfield")
        try tmux.press("Tab", "Tab", "Tab", "Tab")
        // The cursor starts at the end of the prefilled value.
        let addressRow = try waitForCursor(after: "Springfield", in: tmux)

        try tmux.press(contentsOf: Array(repeating: "Left", count: "Springfield".count))
        try Tmux.waitUntil("the cursor before Springfield") {
            try text(beforeCursorIn: tmux, count: 4) == "St, " ? true : nil
        }
        try tmux.type("Suite 4, ")
        let edited = try tmux.waitForScreen(showing: "Address 12 Main St, Suite 4, Springfield")
        #expect(try tmux.cursor().y == addressRow)
        #expect(try text(beforeCursorIn: tmux, count: 3) == "4, ", "the cursor moved off the insertion:\n\(edited)")

        try tmux.press("Enter")
        try tmux.waitForScreen(showing: "Saved: Acme Dental")
        #expect(try dashboard.client("acme-dental").address == "12 Main St, Suite 4, Springfield")
    }

    /// Waits until the cursor sits right after some text, and gives its row.
    private func waitForCursor(after text: String, in tmux: Tmux) throws -> Int {
        try Tmux.waitUntil("the cursor after \"\(text)\"") { () throws -> Int? in
            try self.text(beforeCursorIn: tmux, count: text.count) == text ? try tmux.cursor().y : nil
        }
    }

    /// The characters just left of the cursor, counting one per column as the form's rows have no wide character.
    private func text(beforeCursorIn tmux: Tmux, count: Int) throws -> String? {
        let (x, y) = try tmux.cursor()
        let rows = try tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        guard rows.indices.contains(y), x >= count, rows[y].count >= x else { return nil }
        return String(rows[y][(x - count)..<x])
    }
}

extension Tmux {
    /// Presses keys given as a list, such as a key repeated.
    ///
    /// - Parameter keys: tmux key names.
    /// - Throws: `RunFailure` when tmux refuses.
    func press(contentsOf keys: [String]) throws {
        for key in keys { try press(key) }
    }
}
