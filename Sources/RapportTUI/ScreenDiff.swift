/// What a terminal must write to turn the last frame into the next: runs of changed cells, row by row.
///
/// Drawing only the runs keeps a keystroke's work in proportion to what it changed, so moving the selection down a
/// 200×60 dashboard rewrites two rows' worth of cells rather than the screen.
struct ScreenDiff: Sendable, Equatable {
    /// Cells `x..<x + count` of row `y`.
    struct Run: Sendable, Equatable {
        var y: Int
        var x: Int
        var count: Int
    }

    /// The runs, top to bottom and left to right.
    let runs: [Run]
    /// Whether every cell is written: there is no previous frame, or it had another size.
    let repaintsAll: Bool

    /// Works out the runs between two frames.
    ///
    /// - Parameters:
    ///   - previous: the frame on the terminal now, or nil when it is not known.
    ///   - screen: the frame to show.
    init(from previous: Screen?, to screen: Screen) {
        guard let previous, previous.width == screen.width, previous.height == screen.height else {
            repaintsAll = true
            runs = (0..<screen.height).compactMap { y in
                screen.width > 0 ? Run(y: y, x: 0, count: screen.width) : nil
            }
            return
        }
        repaintsAll = false
        var runs: [Run] = []
        for y in 0..<screen.height {
            var x = 0
            while x < screen.width {
                guard previous[x, y] != screen[x, y] else {
                    x += 1
                    continue
                }
                // A wide character is written whole: a run never starts on its second column or ends on its first.
                let start = Self.isSecondHalf(x, y, in: screen) || Self.isSecondHalf(x, y, in: previous) ? x - 1 : x
                var end = x + 1
                while end < screen.width, previous[end, y] != screen[end, y] { end += 1 }
                if end < screen.width, Self.isSecondHalf(end, y, in: screen) || Self.isSecondHalf(end, y, in: previous)
                {
                    end += 1
                }
                if let last = runs.last, last.y == y, last.x + last.count >= start {
                    runs[runs.count - 1].count = end - last.x
                } else {
                    runs.append(Run(y: y, x: start, count: end - start))
                }
                x = end
            }
        }
        self.runs = runs
    }

    /// How many cells the runs cover.
    var changedCells: Int { runs.reduce(0) { $0 + $1.count } }

    /// Whether a cell is the second column of a wide character.
    private static func isSecondHalf(_ x: Int, _ y: Int, in screen: Screen) -> Bool {
        x > 0 && screen[x, y].isContinuation
    }
}

extension Screen {
    /// How many cells differ from an earlier frame, counted as the terminal writes them; every cell when the sizes
    /// differ. `rapport-bench` sets the bytes written per keystroke against it.
    ///
    /// - Parameter previous: the earlier frame, or nil.
    /// - Returns: the cells to write.
    public func changedCells(since previous: Screen?) -> Int {
        ScreenDiff(from: previous, to: self).changedCells
    }
}
