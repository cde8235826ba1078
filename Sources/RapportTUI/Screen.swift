/// A grid of styled cells that views draw into, copied to the terminal in one go.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    /// Creates a blank screen.
    ///
    /// - Parameters:
    ///   - width: columns.
    ///   - height: rows.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// The cell at a position.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The screen as plain text, one line per row with trailing spaces removed; for tests and golden files.
    public var text: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line.append(self[x, y].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}

/// One screen cell: a character and its style.
public struct Cell: Sendable, Equatable {
    public var character: Character = " "
    public var style: Style = .plain
    /// True for the second column of a wide character, which draws nothing itself.
    public var isContinuation = false
}

/// How a cell is drawn.
public struct Style: Sendable, Equatable, Hashable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public static let plain = Style()
}
