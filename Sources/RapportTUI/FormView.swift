import RapportCore

/// A form in a box over the dashboard: a label, the typed value and its hint on each line, and a field's error on
/// the line under it.
enum FormView {
    /// Draws the form.
    ///
    /// - Returns: where the cursor goes: the focused field's cursor.
    static func draw(_ form: FormState, state: AppState, in body: Rect, into screen: inout Screen) -> Position? {
        // Each field takes a line, and one more while it has an error.
        var lines: [(field: Int, isError: Bool)] = []
        for (index, field) in form.fields.enumerated() {
            lines.append((index, false))
            if field.error != nil { lines.append((index, true)) }
        }
        let footer = form.error == nil ? 0 : 2
        // A blank line above and below the fields, unless the rows are needed for fields.
        let padding = lines.count + 4 + footer <= body.height ? 1 : 0
        let width = min(body.width, 78)
        let height = min(body.height, lines.count + 2 + 2 * padding + footer)
        let x = body.x + (body.width - width) / 2
        let y = body.y + max(0, (body.height - height) / 2)
        screen.fill(x: x, y: y, width: width, height: height, style: .plain)
        screen.box(x: x, y: y, width: width, height: height, title: title(form, state), focused: true)
        let labelWidth = min(15, (width - 4) / 3)
        let valueX = x + 2 + labelWidth + 1
        let valueWidth = min(32, x + width - 2 - valueX)
        let visible = max(1, height - 2 - 2 * padding - footer)
        let first = firstLine(of: lines.map(\.field), focus: form.focus, visible: visible)
        let last = min(lines.count, first + visible)
        var cursor: Position?
        for (offset, line) in lines[first..<last].enumerated() {
            let field = form.fields[line.field]
            let row = y + 1 + padding + offset
            let focused = line.field == form.focus
            if line.isError {
                screen.put("✗ \(field.error ?? "")", x: valueX, y: row, width: x + width - 2 - valueX, style: .alert)
                continue
            }
            screen.put(
                DisplayText.fit(field.label, labelWidth, alignRight: true), x: x + 2, y: row,
                style: focused ? .bold : .plain)
            screen.fill(x: valueX, y: row, width: valueWidth, height: 1, style: Style(underline: true))
            let style = Style(bold: focused, underline: true)
            if !field.choices.isEmpty && (field.value.isEmpty || field.choices.contains(field.value)) {
                // A picked choice shows as one, with no cursor: ←/→ change it.
                screen.put(
                    "‹ \(field.value.isEmpty ? "none" : field.value) ›", x: valueX, y: row, width: valueWidth,
                    style: style)
            } else {
                let shown = window(of: field, width: valueWidth, focused: focused)
                let written = screen.put(shown.text, x: valueX, y: row, width: valueWidth, style: style)
                if focused, shown.showsEnd, field.cursorIsAtEnd, let suggestion = field.suggestion {
                    let rest = String(suggestion.dropFirst(field.value.count))
                    screen.put(
                        rest, x: valueX + written, y: row, width: max(0, valueWidth - written),
                        style: Style(underline: true, dim: true))
                }
                if focused { cursor = Position(x: valueX + shown.cursor, y: row) }
            }
            let noteX = valueX + valueWidth + 1
            screen.put(field.hint, x: noteX, y: row, width: max(0, x + width - 2 - noteX), style: .dim)
        }
        if lines.count > visible {
            // Where the focus is among the fields, and which way more of the form lies.
            let marks = [
                first > 0 ? "↑" : nil, "field \(form.focus + 1)/\(form.fields.count)", last < lines.count ? "↓" : nil,
            ]
            let position = " \(marks.compactMap { $0 }.joined(separator: " ")) "
            let positionX = x + width - 2 - DisplayText.width(position)
            screen.put(position, x: positionX, y: y + height - 1, style: .title)
        }
        if let error = form.error {
            screen.put("✗ \(error)", x: x + 2, y: y + height - 2, width: width - 4, style: .alert)
        }
        return cursor
    }

    /// The first line shown when the form has more lines than rows: the focused field, with its error, sits in the
    /// middle, so the fields around it show too, and the form scrolls as the focus moves. The top line is a field
    /// rather than an error whose field is out of view, where the focus allows.
    ///
    /// - Parameters:
    ///   - lines: the field each line belongs to: a field's line, then its error's.
    ///   - focus: the focused field.
    ///   - visible: how many lines fit.
    /// - Returns: the index of the first line to draw.
    static func firstLine(of lines: [Int], focus: Int, visible: Int) -> Int {
        guard lines.count > visible, let top = lines.firstIndex(of: focus), let bottom = lines.lastIndex(of: focus)
        else { return 0 }
        let centred = top - max(0, visible - (bottom - top + 1)) / 2
        var first = min(max(0, centred), lines.count - visible)
        if first > 0 && lines[first] == lines[first - 1] {
            if bottom < first - 1 + visible {
                first -= 1
            } else if first < top {
                first += 1
            }
        }
        return first
    }

    /// What a field shows in its width: its text around the cursor, with `…` where text is cut off, so the cursor
    /// is always in view; a field without focus shows its start.
    ///
    /// A line break in a note shows as `↵`, so a pasted note shows its lines.
    ///
    /// - Parameters:
    ///   - field: the field.
    ///   - width: the columns the value has.
    ///   - focused: whether the field has focus, and so a cursor to keep in view.
    /// - Returns: the text, the cursor's column in it, and whether the text runs to the value's end.
    static func window(of field: FormField, width: Int, focused: Bool) -> (text: String, cursor: Int, showsEnd: Bool) {
        let glyphs = field.value.map { character -> (text: String, width: Int) in
            let text = character == "\n" ? "↵" : DisplayText.safe(String(character), limit: .max)
            return (text, DisplayText.width(text))
        }
        let count = glyphs.count
        let cursor = focused ? min(field.cursor, count) : 0
        let total = glyphs.reduce(0) { $0 + $1.width }
        let columnOf = { (index: Int) in glyphs[..<index].reduce(0) { $0 + $1.width } }
        // Everything fits, with a column for the cursor after the last character.
        if total + (focused && cursor == count ? 1 : 0) <= width || width < 3 {
            return (glyphs.map(\.text).joined(), min(columnOf(cursor), max(0, width - 1)), true)
        }
        var start = 0
        let cursorCell = cursor < count ? max(glyphs[cursor].width, 1) : 1
        if columnOf(cursor) + cursorCell > width - 1 {
            // Scrolled: `…`, the text up to the cursor, the cursor at the right edge, and `…` when more follows.
            let room = width - 1 - (cursor + 1 < count ? 1 : 0)
            var used = cursorCell
            start = cursor
            while start > 0 && used + glyphs[start - 1].width <= room {
                start -= 1
                used += glyphs[start].width
            }
        }
        var text = start > 0 ? "…" : ""
        var column = start > 0 ? 1 : 0
        var cursorColumn = column
        var index = start
        while index < count {
            if index == cursor { cursorColumn = column }
            let limit = index + 1 < count ? width - 1 : width
            if column + glyphs[index].width > limit { break }
            text += glyphs[index].text
            column += glyphs[index].width
            index += 1
        }
        if cursor >= index { cursorColumn = column }
        if index < count { text += "…" }
        return (text, min(cursorColumn, width - 1), index == count)
    }

    private static func title(_ form: FormState, _ state: AppState) -> String {
        guard form.kind.needsClient, !form.fields.contains(where: { $0.id == .client }),
            let client = state.client(form.clientID)
        else { return form.kind.title }
        // An answer or a closing names the request too, which the form hides.
        let request = form.kind.actsOnRequest ? client.requests?.first { $0.id == form.recordID } : nil
        return "\(form.kind.title): \(client.name)" + (request.map { ", \($0.summary)" } ?? "")
    }
}
