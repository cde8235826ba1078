import RapportCore
import Testing

@testable import RapportTUI

/// The requests view lists the open requests by the time left, red once a promise is missed, and its keys answer and
/// close the selected one through the forms and the one `Change` path.
@Suite struct RequestViewTests {
    /// Tuesday 1 December 2026 at 10:00. Acme promises 30 minutes by phone and an hour remotely; Bolt 30 minutes by
    /// phone. Acme's printer call of 09:00 is missed, its VPN request of 09:20 has 20 minutes left, Bolt's call of
    /// Monday 16:00 was answered at 16:10 and waits to be closed, and Acme's closed request is not open.
    static var state: AppState {
        var state = OwnerViewTests.state
        let promises = ResponseTimes(onsiteHours: 4, phoneMinutes: 30, remoteHours: 1)
        state.portfolio.clients[0].terms[0].response = promises
        state.portfolio.clients[1].terms[state.portfolio.clients[1].terms.count - 1].response = promises
        var closed = request("r-closed", "2026-12-01 08:00", .phone, "Password reset")
        closed.respondedAt = DayTime("2026-12-01 08:05")
        closed.closedAt = DayTime("2026-12-01 08:20")
        state.portfolio.clients[0].requests = [
            closed, request("r-late", "2026-12-01 09:00", .phone, "Printer offline"),
            request("r-soon", "2026-12-01 09:20", .remote, "VPN down"),
        ]
        var answered = request("r-answered", "2026-11-30 16:00", .phone, "Email bouncing")
        answered.respondedAt = DayTime("2026-11-30 16:10")
        state.portfolio.clients[1].requests = [answered]
        return update(state, .paneFocused(.requests)).0
    }

    static func request(_ id: String, _ at: String, _ via: RequestChannel, _ summary: String) -> ServiceRequest {
        ServiceRequest(id: id, at: DayTime(at)!, via: via, summary: summary)
    }

    @Test func openRequestsComeByTheTimeLeftAndAMissedOneIsRed() {
        let rows = Self.state.rows(.requests)
        #expect(rows.map(\.requestID) == ["r-late", "r-soon", "r-answered"])
        #expect(
            rows.map(\.cells) == [
                ["missed by 30 m", "Acme Dental", "phone", "Tue 1 Dec 09:30", "Printer offline", "Tue 1 Dec 09:00"],
                ["20 m left", "Acme Dental", "remote", "Tue 1 Dec 10:20", "VPN down", "Tue 1 Dec 09:20"],
                ["met in 10 m", "Bolt Law", "phone", "Mon 30 Nov 16:30", "Email bouncing", "Mon 30 Nov 16:00"],
            ])
        #expect(rows.map(\.alert) == [true, false, false])
    }

    /// The clock moving on within the day counts the time left again, and leaves the other panes as they were.
    @Test func theTimeLeftMovesWithTheClock() {
        let later = update(Self.state, .clockMoved(DayTime("2026-12-01 10:25")!)).0
        #expect(later.rows(.requests).map { $0.cells[0] } == ["missed by 55 m", "missed by 5 m", "met in 10 m"])
        #expect(later.rows(.requests).map(\.alert) == [true, true, false])
        #expect(later.rows(.renewals) == Self.state.rows(.renewals))
        var fresh = AppState(now: DayTime("2026-12-01 10:25")!, portfolio: Self.state.portfolio)
        fresh.focus = .requests
        #expect(later.paneRows == fresh.paneRows)
    }

    @Test func rOpensTheViewAndAAndCActOnTheSelectedRequest() throws {
        #expect(KeyMap.action(for: .character("R"), in: Fixture.state) == .paneFocused(.requests))
        let state = update(Self.state, .selectionMoved(by: 1)).0
        let answering = update(state, try #require(KeyMap.action(for: .character("A"), in: state))).0
        #expect(answering.form?.kind == .respondToRequest)
        #expect(answering.form?.recordID == "r-soon")
        #expect(answering.form?.clientID == "acme-dental")
        #expect(answering.form?.fields.map(\.value) == ["2026-12-01 10:00"])
        let closing = update(state, try #require(KeyMap.action(for: .character("C"), in: state))).0
        #expect(closing.form?.kind == .closeRequest)
        #expect(closing.form?.fields.map(\.label) == ["Closed at", "Hours", "Billable", "After hours", "Note"])
        #expect(KeyMap.hints(for: state).contains { $0 == ("A", "answer") })
    }

    @Test func answeringNeedsARequestSelected() {
        let state = update(Fixture.state, .formRequested(.respondToRequest)).0
        #expect(state.form == nil)
        #expect(state.status == Status("Select an open request first: R lists them", isError: true))
        #expect(!KeyMap.hints(for: Fixture.state).contains { $0.key == "A" })
    }

    @Test func aBadTimeIsShownBesideItsField() {
        var state = update(Self.state, .formRequested(.closeRequest)).0
        state.form!.fields[0].value = "monday"
        state.form!.fields[1].value = ""
        #expect(
            state.form!.submission(in: state)
                == .failure(
                    FieldErrors([
                        .at: "\"monday\" is not a date and time; use YYYY-MM-DD HH:MM, e.g. 2027-01-08 17:50",
                        .hours: "give the hours, e.g. 1.5",
                    ])))
    }

    /// The issue's example: a phone call on Friday 8 January 2027 at 17:50, with a 30-minute promise, is due on
    /// Monday at 08:20; at 08:10 it has 10 minutes left.
    @Test(arguments: [(80, 24), (120, 40)])
    func requestsViewIsGolden(_ width: Int, _ height: Int) throws {
        var state = Self.state
        state.now = DayTime("2027-01-11 08:10")!
        state.portfolio.clients[0].requests = [Self.request("r-friday", "2027-01-08 17:50", .phone, "Printer offline")]
        try assertGolden(
            render(state, size: Size(width: width, height: height)).screen.text, "requests-\(width)x\(height)")
    }

    @Test func aMissedRequestIsDrawnRed() throws {
        let screen = render(Self.state, size: Size(width: 100, height: 30)).screen
        let line = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(line.firstIndex { $0.contains("missed by 30 m") })
        let column = line[row].distance(from: line[row].startIndex, to: line[row].range(of: "missed")!.lowerBound)
        #expect(screen[column, row].style.color == .red)
        let next = row + 1
        #expect(screen[column, next].style.color == nil)
    }
}
