import Foundation
import RapportCore
import Testing

@testable import RapportTUI

@Suite struct RenderTests {
    func screen(_ state: AppState, _ width: Int, _ height: Int) -> String {
        render(state, size: Size(width: width, height: height)).screen.text
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func dashboardShowsFourPanesInAGrid(_ width: Int, _ height: Int) throws {
        try assertGolden(screen(Fixture.state, width, height), "dashboard-\(width)x\(height)")
    }

    /// A bold row is bold from its border to its border, gaps between columns included, so that the terminal is
    /// sent one change of attributes for the row; an unstyled row leaves its gaps plain.
    @Test func anEmphasisedRowIsStyledAcrossItsGaps() throws {
        let frame = render(Fixture.state, size: Size(width: 120, height: 40)).screen
        let lines = frame.text.split(separator: "\n", omittingEmptySubsequences: false)
        let today = try #require(lines.firstIndex { $0.contains("Today") && $0.contains("Acme Dental") })
        let start = lines[today].distance(
            from: lines[today].startIndex, to: lines[today].range(of: "Today")!.lowerBound)
        let line = (start..<start + 40).map { frame[$0, today] }
        #expect(line.contains { $0.character == " " })
        #expect(line.allSatisfy { $0.style == .bold })
        let plain = try #require(lines.firstIndex { $0.contains("Bolt Law") && $0.contains("28d") })
        let gap = lines[plain].distance(from: lines[plain].startIndex, to: lines[plain].range(of: "28d")!.upperBound)
        #expect(frame[gap, plain].character == " ")
        #expect(frame[gap, plain].style == .plain)
    }

    @Test func helpScrollsToItsMarksAtEightyByTwentyFour() {
        var state = Fixture.state
        state.showingHelp = true
        state = update(state, KeyMap.action(for: .end, in: state)!).0
        let shown = screen(state, 80, 24)
        #expect(shown.contains("Marks"), "\(shown)")
        #expect(shown.contains("v/mo           visits a month"), "\(shown)")
        #expect(!shown.contains("…   ║"), "a meaning is cut:\n\(shown)")
        #expect(shown.contains(" \(HelpView.lines.count)/\(HelpView.lines.count) ═╝"), "\(shown)")
        // Closing the help forgets the scroll.
        state = update(state, KeyMap.action(for: .character("?"), in: state)!).0
        #expect(state.helpScroll == 0)
    }

    @Test func narrowTerminalShowsOnePaneUnderTabs() throws {
        var state = Fixture.state
        state.focus = .visits
        try assertGolden(screen(state, 60, 16), "dashboard-tabs-60x16")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func clientDetailShowsProfileAgreementAndTimeline(_ width: Int, _ height: Int) throws {
        var state = Fixture.state
        state.detail = Detail(clientID: "cedar-vet")
        try assertGolden(screen(state, width, height), "detail-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func formShowsTheFieldErrorBesideTheField(_ width: Int, _ height: Int) throws {
        var state = Fixture.state
        state = update(state, .formRequested(.completeVisit)).0
        state = update(state, .formFieldMoved(by: 2)).0
        for character in "lots" { state = update(state, .formTyped(character)).0 }
        state = update(state, .formSubmitted).0
        try assertGolden(screen(state, width, height), "form-error-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func helpListsEveryKey(_ width: Int, _ height: Int) throws {
        var state = Fixture.state
        state.showingHelp = true
        try assertGolden(screen(state, width, height), "help-\(width)x\(height)")
    }

    @Test(arguments: [(39, 24), (80, 9)])
    func tooSmallTerminalSaysHowBigItMustBe(_ width: Int, _ height: Int) {
        let text = screen(Fixture.state, width, height)
        #expect(text.contains("too small, need 40×10"))
        #expect(text.contains("now \(width)×\(height)"))
    }

    @Test func tinyTerminalWrapsTheMessage() {
        #expect(screen(Fixture.state, 20, 5) == "\n     too small,\n     need 40×10\n      now 20×5\n")
    }

    @Test func tooSmallScreenIsGolden() throws {
        try assertGolden(screen(Fixture.state, 39, 9), "too-small-39x9")
    }

    @Test(arguments: [40, 60, 80, 120, 200])
    func hintBarAlwaysOffersHelp(_ width: Int) {
        let lines = screen(Fixture.state, width, 24).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last?.contains("? help") == true)
    }

    @Test func storedControlCharactersNeverReachTheScreen() {
        var state = Fixture.state
        state.portfolio.clients[0].name = "Evil\u{1B}]52;c;aGk=\u{07}\u{202E}Co"
        let frame = render(state, size: Size(width: 120, height: 40))
        #expect(
            !frame.screen.cells.contains { cell in cell.character.unicodeScalars.contains { DisplayText.isUnsafe($0) } }
        )
        #expect(frame.screen.text.contains("Evil\\u{1B}]52;c;aGk="))
    }

    @Test func wideCharactersKeepColumnsAligned() throws {
        var state = Fixture.state
        state.portfolio.clients[0].name = "東京 Dental"
        let lines = screen(state, 80, 24).split(separator: "\n").map(String.init)
        let wide = try #require(lines.first { $0.contains("東京") })
        let narrow = try #require(lines.first { $0.contains("Bolt Law") && $0.contains("retainer") })
        func column(of word: String, in line: String) -> Int {
            DisplayText.width(String(line[..<line.range(of: word)!.lowerBound]))
        }
        #expect(column(of: "retainer", in: wide) == column(of: "retainer", in: narrow))
    }

    @Test func cursorSitsAtTheEndOfTheFocusedField() {
        var state = update(Fixture.state, .formRequested(.addClient)).0
        for character in "Zü" { state = update(state, .formTyped(character)).0 }
        let frame = render(state, size: Size(width: 80, height: 24))
        let cursor = try! #require(frame.cursor)
        #expect(frame.screen[cursor.x - 1, cursor.y].character == "ü")
    }
}
