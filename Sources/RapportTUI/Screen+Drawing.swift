import RapportCore

// MARK: - Drawing text into the grid

extension Screen {
    /// Writes text at a position, clipped to a width, with wide characters taking two cells; text that is cut ends
    /// with `…`, here and so everywhere on the screen.
    ///
    /// Stored text passes through `DisplayText.safe` first, so no control character ever reaches the terminal.
    ///
    /// - Parameters:
    ///   - text: the text.
    ///   - x: the first column.
    ///   - y: the row.
    ///   - width: the most columns to use; nil for the rest of the row.
    ///   - style: the style of every cell written.
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < self.width else { return 0 }
        let limit = min(width ?? (self.width - x), self.width - x)
        // Nearly all text is plain ASCII, which has nothing to escape and one column per byte.
        if text.isPrintableASCII {
            let count = min(text.utf8.count, max(limit, 0))
            for (offset, byte) in text.utf8.prefix(count).enumerated() where x + offset >= 0 {
                self[x + offset, y] = Cell(ascii: byte, style: style)
            }
            // Text that is cut says so.
            if count < text.utf8.count && count > 0 && x + count - 1 >= 0 {
                self[x + count - 1, y] = Cell(character: "…", style: style)
            }
            return count
        }
        var column = x
        var last: (column: Int, width: Int)?
        for character in DisplayText.safe(text, limit: max(limit, 0) + 1) {
            let w = DisplayText.width(of: character)
            guard w > 0 else { continue }
            if column + w > x + limit {
                markCut(after: last, at: column, end: x + limit, y: y, style: style)
                break
            }
            if column >= 0 {
                self[column, y] = Cell(character: character, style: style)
                if w == 2 { self[column + 1, y] = Cell(character: " ", style: style, isContinuation: true) }
            }
            last = (column, w)
            column += w
        }
        return column - x
    }

    /// Ends cut text with `…`: in the cell after it when one is free, else over its last character.
    private mutating func markCut(
        after last: (column: Int, width: Int)?, at column: Int, end: Int, y: Int, style: Style
    ) {
        if column < end, column >= 0 {
            self[column, y] = Cell(character: "…", style: style)
        } else if let last, last.column >= 0 {
            self[last.column, y] = Cell(character: "…", style: style)
            if last.width == 2 { self[last.column + 1, y] = Cell(character: " ", style: style) }
        }
    }

    /// Fills a rectangle with blanks of a style, e.g. to paint a selected row.
    ///
    /// - Parameters:
    ///   - x: the left column.
    ///   - y: the top row.
    ///   - width: columns.
    ///   - height: rows.
    ///   - style: the style of the blanks.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, style: Style) {
        for row in max(y, 0)..<min(y + height, self.height) {
            for column in max(x, 0)..<min(x + width, self.width) {
                self[column, row] = Cell(ascii: 0x20, style: style)
            }
        }
    }

    /// Draws a box with a title in its top border.
    ///
    /// - Parameters:
    ///   - x: the left column.
    ///   - y: the top row.
    ///   - width: columns, borders included.
    ///   - height: rows, borders included.
    ///   - title: the title.
    ///   - focused: a focused box has a bold double-line border, so focus does not depend on colour.
    public mutating func box(x: Int, y: Int, width: Int, height: Int, title: String, focused: Bool) {
        guard width >= 2, height >= 2 else { return }
        let style = focused ? Style(bold: true, color: .cyan) : Style.plain
        let (h, v, tl, tr, bl, br): (Character, Character, Character, Character, Character, Character) =
            focused ? ("═", "║", "╔", "╗", "╚", "╝") : ("─", "│", "┌", "┐", "└", "┘")
        for column in x + 1..<x + width - 1 {
            set(column, y, h, style)
            set(column, y + height - 1, h, style)
        }
        for row in y + 1..<y + height - 1 {
            set(x, row, v, style)
            set(x + width - 1, row, v, style)
        }
        set(x, y, tl, style)
        set(x + width - 1, y, tr, style)
        set(x, y + height - 1, bl, style)
        set(x + width - 1, y + height - 1, br, style)
        put(" \(title) ", x: x + 2, y: y, width: width - 4, style: focused ? .title : .bold)
    }

    private mutating func set(_ x: Int, _ y: Int, _ character: Character, _ style: Style) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        self[x, y] = Cell(character: character, style: style)
    }
}
