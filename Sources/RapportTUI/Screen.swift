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
///
/// The character is kept as its UTF-8 bytes in two words rather than as a `Character`, so that a cell is plain bits:
/// every keystroke builds, compares and draws a frame of twelve thousand cells, and a `Character` is copied,
/// compared and destroyed through calls that a plain value does not need. A character of more than 15 bytes, such
/// as an emoji joined from several, is kept as U+FFFD; a terminal cannot be trusted to draw it in one cell anyway.
public struct Cell: Sendable, Equatable {
    /// The first eight bytes of the character's UTF-8, the first in the lowest byte.
    private var low: UInt64
    /// The next seven bytes, and the byte count in the highest byte.
    private var high: UInt64
    public var style: Style
    /// True for the second column of a wide character, which draws nothing itself.
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        (low, high) = Cell.pack(character)
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A cell of one printable ASCII byte, without going through a `Character`.
    ///
    /// - Parameters:
    ///   - ascii: the byte, from 0x20 to 0x7E.
    ///   - style: the style.
    init(ascii: UInt8, style: Style) {
        low = UInt64(ascii)
        high = 1 << 56
        self.style = style
        isContinuation = false
    }

    public var character: Character {
        get {
            let count = Int(high >> 56)
            return withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { bytes in
                Character(String(decoding: bytes.prefix(count), as: UTF8.self))
            }
        }
        set { (low, high) = Cell.pack(newValue) }
    }

    /// A character's UTF-8 in the two words, or U+FFFD's when it takes more than fifteen bytes.
    private static func pack(_ character: Character) -> (low: UInt64, high: UInt64) {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return (UInt64(byte), 1 << 56) }
        guard utf8.count <= 15 else { return pack("\u{FFFD}") }
        var words: (low: UInt64, high: UInt64) = (0, UInt64(utf8.count) << 56)
        for (index, byte) in utf8.enumerated() {
            if index < 8 {
                words.low |= UInt64(byte) << (8 * index)
            } else {
                words.high |= UInt64(byte) << (8 * (index - 8))
            }
        }
        return words
    }
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
