import Testing

@testable import RapportTUI

/// The terminal writes only the cells that changed since the last frame, and a wide character always whole.
@Suite struct ScreenDiffTests {
    /// A 10×3 screen with a line of text on each row.
    func screen(_ lines: [String] = ["first", "second", "third"], width: Int = 10) -> Screen {
        var screen = Screen(width: width, height: lines.count)
        for (y, line) in lines.enumerated() { screen.put(line, x: 0, y: y, width: width, style: .plain) }
        return screen
    }

    @Test func firstFrameWritesEveryCell() {
        let diff = ScreenDiff(from: nil, to: screen())
        #expect(diff.repaintsAll)
        #expect(diff.runs == (0..<3).map { ScreenDiff.Run(y: $0, x: 0, count: 10) })
        #expect(diff.changedCells == 30)
    }

    @Test func newSizeWritesEveryCell() {
        let diff = ScreenDiff(from: screen(width: 12), to: screen())
        #expect(diff.repaintsAll)
        #expect(diff.changedCells == 30)
    }

    @Test func sameFrameWritesNothing() {
        let diff = ScreenDiff(from: screen(), to: screen())
        #expect(!diff.repaintsAll)
        #expect(diff.runs == [])
        #expect(screen().changedCells(since: screen()) == 0)
    }

    @Test func changedCellsMakeOneRunPerStretch() {
        let diff = ScreenDiff(from: screen(), to: screen(["first", "secant", "thirty"]))
        // "second" → "secant" differs at columns 3 and 5, with an equal n between: two runs. "third" → "thirty"
        // differs at columns 4 and 5: one.
        #expect(
            diff.runs == [
                ScreenDiff.Run(y: 1, x: 3, count: 1), ScreenDiff.Run(y: 1, x: 5, count: 1),
                ScreenDiff.Run(y: 2, x: 4, count: 2),
            ])
        #expect(diff.changedCells == 4)
    }

    @Test func styleChangeAloneIsWritten() {
        var selected = screen()
        selected.put("second", x: 0, y: 1, width: 10, style: .selected)
        #expect(ScreenDiff(from: screen(), to: selected).runs == [ScreenDiff.Run(y: 1, x: 0, count: 6)])
    }

    @Test func wideCharacterIsWrittenWholeWhenOnlyItsFirstColumnChanged() {
        let diff = ScreenDiff(from: screen(["東京", "", ""]), to: screen(["京京", "", ""]))
        #expect(diff.runs == [ScreenDiff.Run(y: 0, x: 0, count: 2)])
    }

    @Test func runStartingOnASecondColumnTakesTheFirstToo() {
        let before = screen(["a東b", "", ""])
        var after = before
        after[2, 0].style = .selected
        #expect(ScreenDiff(from: before, to: after).runs == [ScreenDiff.Run(y: 0, x: 1, count: 2)])
    }

    @Test func narrowTextOverAWideCharacterCoversBothColumns() {
        let diff = ScreenDiff(from: screen(["x東y", "", ""]), to: screen(["xaby", "", ""]))
        #expect(diff.runs == [ScreenDiff.Run(y: 0, x: 1, count: 2)])
    }
}
