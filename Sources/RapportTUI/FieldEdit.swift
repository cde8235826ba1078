/// A readline-style edit of the focused form field at its cursor: the keys of a shell's command line.
public enum FieldEdit: Sendable, Equatable {
    /// ← and →, on a field without choices.
    case cursorLeft, cursorRight
    /// Home or Ctrl-A, End or Ctrl-E.
    case cursorToStart, cursorToEnd
    /// Backspace: the character before the cursor.
    case deleteBefore
    /// Delete: the character at the cursor.
    case deleteAt
    /// Ctrl-U: everything before the cursor.
    case deleteToStart
    /// Ctrl-K: everything from the cursor on.
    case deleteToEnd
    /// Ctrl-W: the word before the cursor, and the blanks between it and the cursor.
    case deleteWordBefore
}

// MARK: - Editing a field's text at its cursor

extension FormField {
    /// Applies an edit at the cursor.
    ///
    /// - Parameter edit: the edit.
    mutating func apply(_ edit: FieldEdit) {
        var characters = Array(value)
        var cursor = self.cursor
        switch edit {
        case .cursorLeft: cursor = max(0, cursor - 1)
        case .cursorRight: cursor = min(characters.count, cursor + 1)
        case .cursorToStart: cursor = 0
        case .cursorToEnd: cursor = characters.count
        case .deleteBefore:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteAt:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor...)
        case .deleteWordBefore:
            var start = cursor
            while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
            while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        }
        set(characters, cursor: cursor)
    }

    /// Puts text in at the cursor and moves the cursor past it.
    ///
    /// - Parameter text: the text, typed or pasted.
    mutating func insert(_ text: String) {
        var characters = Array(value)
        let cursor = self.cursor
        characters.insert(contentsOf: text, at: cursor)
        set(characters, cursor: cursor + text.count)
    }

    /// Text pasted into this field as it goes in: line breaks are kept in a note and become spaces elsewhere, the
    /// paste's own final line breaks are dropped, and tabs outside a note and every other control character go.
    ///
    /// - Parameter pasted: the text as the terminal delivered it.
    /// - Returns: the text to insert.
    func pasteable(_ pasted: String) -> String {
        Self.pasteable(pasted, keepingLines: isLongText)
    }

    /// Pasted text made fit for a field or the filter.
    ///
    /// - Parameters:
    ///   - pasted: the text as the terminal delivered it, where a line may end in `\r\n`, `\r` or `\n`.
    ///   - keepingLines: whether line breaks stay, as `\n`; otherwise each becomes a space.
    /// - Returns: the text to insert.
    static func pasteable(_ pasted: String, keepingLines: Bool) -> String {
        var lines = pasted.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while lines.last == "\n" { lines.removeLast() }
        var text = ""
        for scalar in lines.unicodeScalars {
            switch scalar {
            case "\n": text.unicodeScalars.append(keepingLines ? "\n" : " ")
            case "\t": text.unicodeScalars.append(keepingLines ? "\t" : " ")
            default:
                if scalar.properties.generalCategory != .control { text.unicodeScalars.append(scalar) }
            }
        }
        return text
    }

    /// Replaces the text and places the cursor.
    private mutating func set(_ characters: [Character], cursor: Int) {
        value = String(characters)
        // Counted on the new string, where a combining mark may have joined the character before it.
        charactersAfterCursor = max(0, value.count - String(characters[..<min(cursor, characters.count)]).count)
    }
}
