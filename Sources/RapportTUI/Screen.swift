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

/// How a cell is drawn. Colour only ever repeats what the text or another attribute already says, so the screen
/// reads the same under `NO_COLOR`.
public struct Style: Sendable, Equatable, Hashable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
    public var color: Color?

    public init(
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false, color: Color? = nil
    ) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let selected = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let alert = Style(bold: true, color: .red)
    public static let good = Style(color: .green)
    public static let title = Style(bold: true, color: .cyan)
}

/// The few colours the dashboard uses.
public enum Color: Sendable, Equatable, Hashable, CaseIterable {
    case red, green, yellow, cyan
}
