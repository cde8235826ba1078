import Foundation
import Testing

/// The owner's views in a real terminal, at the smallest supported grid size and on a large screen: each scrolls to
/// its end, and Esc always leads back to the grid; and the requests view, on the issue's example.
@Suite struct ViewsTmuxTests {
    static let sizes = [(80, 24), (200, 60)]

    @Test(arguments: sizes)
    func theRevenueViewScrollsToItsLastLine(_ width: Int, _ height: Int) throws {
        let dashboard = try TmuxDashboard.open(width: width, height: height)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        // The view's last line is the rate card's last benefit, as `rapport ratecard` lists them.
        let card = try dashboard.store.succeed(["ratecard", "--json"], today: TmuxDashboard.today).stdout
        guard case .object(let json) = try JSONValue(parsing: card), case .array(let benefits)? = json["benefits"],
            case .string(let last)? = benefits.last
        else {
            Issue.record("no benefits in rapport ratecard --json:\n\(card)")
            return
        }
        try tmux.waitForScreen(showing: "1 Clients (", "? help")
        try tmux.press("8")
        let top = try tmux.waitForScreen(showing: "[8 Revenue]", "MRR $")
        if height < 30 {
            #expect(!top.contains("• \(last)"), "the last line should start below the screen at \(width)×\(height)")
        }
        try tmux.press("G")
        let end = try tmux.waitForScreen(showing: "• \(last)")
        let lines = end.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("• \(last)") })
        if height < 30 {
            // Scrolled: the last line sits on the view's last row, above the border that shows the position.
            #expect(lines[row + 1].hasPrefix("╚"), "\(end)")
            let position = try #require(lines[row + 1].split(separator: " ").first { $0.contains("/") })
            let parts = position.split(separator: "/")
            #expect(parts.count == 2 && parts[0] == parts[1], "not at the last line: \(position)")
        }
    }

    @Test(arguments: sizes)
    func escapeLeavesEachOwnersViewForTheGrid(_ width: Int, _ height: Int) throws {
        let dashboard = try TmuxDashboard.open(width: width, height: height)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        try tmux.waitForScreen(showing: "1 Clients (", "4 Renewals (", "? help")
        try tmux.press("3")
        try tmux.waitForScreen(showing: "╔═ 3 Overdue contact (")
        for (digit, name) in [
            ("5", "Renewal pipeline"), ("6", "Surveys"), ("7", "Prospects"), ("8", "Revenue"), ("9", "Team"),
        ] {
            try tmux.press(digit)
            try tmux.waitForScreen(showing: "[\(digit) \(name)]")
            try tmux.press("Escape")
            // Back on the grid, with the pane focused before the view.
            let grid = try tmux.waitForScreen(showing: "╔═ 3 Overdue contact (", "1 Clients (", "4 Renewals (")
            #expect(!grid.contains("[\(digit) \(name)]"), "still in view \(digit):\n\(grid)")
        }
    }

    /// The issue's example on the dashboard: a phone call on Friday 8 January at 17:50, with a 30-minute promise,
    /// shows at 08:10 on Monday with 10 minutes left, due at 08:20; `A` answers it through the store, as `rapport
    /// request respond` does, 20 business minutes after it came in.
    @Test func theRequestsViewCountsTheTimeLeftAndAnswersTheSelectedRequest() throws {
        let dashboard = try TmuxDashboard.open(
            through: .commands([
                ["init"], ["client", "add", "Birch Law", "--travel-minutes", "30"],
                [
                    "agreement", "set", "birch-law", "--kind", "retainer", "--fee", "1000", "--start", "2027-01-01",
                    "--phone-minutes", "30",
                ],
                [
                    "request", "add", "birch-law", "--via", "phone", "--at", "2027-01-08 17:50", "--summary",
                    "Printer offline",
                ],
            ]), today: "2027-01-11 08:10")
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        try tmux.waitForScreen(showing: "1 Clients (", "? help")
        try tmux.press("R")
        try tmux.waitForScreen(
            showing: "[R Requests]", "› 10 m left", "Birch Law", "Mon 11 Jan 08:20", "Printer offline", "A answer")
        try tmux.press("A")
        try tmux.waitForScreen(showing: "Answer request: Birch Law, Printer offline", "Answered at 2027-01-11 08:10")
        try tmux.press("Enter")
        try tmux.waitForScreen(
            showing: "met in 20 m", "answered the phone request of Fri 8 Jan 17:50 at Mon 11 Jan 08:10")
        let list = try dashboard.store.succeed(["request", "list", "--json"], today: "2027-01-11 08:10").stdout
        #expect(list.contains(#""respondedAt": "2027-01-11 08:10""#), "\(list)")
    }
}
