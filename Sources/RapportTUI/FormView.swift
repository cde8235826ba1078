import RapportCore

/// A form in a box over the dashboard: a label, the typed value and its hint on each line, and a field's error on
/// the line under it.
enum FormView {
    /// Draws the form.
    ///
    /// - Returns: where the cursor goes: the end of the focused field's text.
    static func draw(_ form: FormState, state: AppState, in body: Rect, into screen: inout Screen) -> Position? {
        // Each field takes a line, and one more while it has an error.
        var lines: [(field: Int, isError: Bool)] = []
        for (index, field) in form.fields.enumerated() {
            lines.append((index, false))
            if field.error != nil { lines.append((index, true)) }
        }
        let footer = form.error == nil ? 0 : 2
        let width = min(body.width, 78)
        let height = min(body.height, lines.count + 4 + footer)
        let x = body.x + (body.width - width) / 2
        let y = body.y + max(0, (body.height - height) / 2)
        screen.fill(x: x, y: y, width: width, height: height, style: .plain)
        screen.box(x: x, y: y, width: width, height: height, title: title(form, state), focused: true)
        let labelWidth = min(15, (width - 4) / 3)
        let valueX = x + 2 + labelWidth + 1
        let valueWidth = min(32, x + width - 2 - valueX)
        let visible = max(1, height - 4 - footer)
        // With too few rows the form scrolls so the focused field stays visible.
        let focusLine = lines.firstIndex { $0.field == form.focus } ?? 0
        let first = max(0, min(focusLine + 1, lines.count) - visible)
        var cursor: Position?
        for (offset, line) in lines[first..<min(lines.count, first + visible)].enumerated() {
            let field = form.fields[line.field]
            let row = y + 2 + offset
            let focused = line.field == form.focus
            if line.isError {
                screen.put("✗ \(field.error ?? "")", x: valueX, y: row, width: x + width - 2 - valueX, style: .alert)
                continue
            }
            screen.put(
                DisplayText.fit(field.label, labelWidth, alignRight: true), x: x + 2, y: row,
                style: focused ? .bold : .plain)
            var shown = field.choices.isEmpty ? field.value : "‹ \(field.value.isEmpty ? "none" : field.value) ›"
            if focused { shown = tail(of: shown, fitting: valueWidth - 1) }
            screen.fill(x: valueX, y: row, width: valueWidth, height: 1, style: Style(underline: true))
            let written = screen.put(
                shown, x: valueX, y: row, width: valueWidth, style: Style(bold: focused, underline: true))
            if focused, let suggestion = field.suggestion {
                let rest = String(suggestion.dropFirst(field.value.count))
                screen.put(
                    rest, x: valueX + written, y: row, width: max(0, valueWidth - written),
                    style: Style(underline: true, dim: true))
            }
            if focused && field.choices.isEmpty {
                cursor = Position(x: min(valueX + written, valueX + valueWidth - 1), y: row)
            }
            let noteX = valueX + valueWidth + 1
            screen.put(field.hint, x: noteX, y: row, width: max(0, x + width - 2 - noteX), style: .dim)
        }
        if let error = form.error {
            screen.put("✗ \(error)", x: x + 2, y: y + height - 2, width: width - 4, style: .alert)
        }
        return cursor
    }

    /// The end of a long value, so that what is being typed stays in view; `…` marks the hidden start.
    static func tail(of text: String, fitting width: Int) -> String {
        let safe = DisplayText.safe(text, limit: 10_000)
        guard DisplayText.width(safe) > width, width > 1 else { return safe }
        var kept = ""
        var used = 1
        for character in safe.reversed() {
            let w = DisplayText.width(of: character)
            if used + w > width { break }
            kept.insert(character, at: kept.startIndex)
            used += w
        }
        return "…" + kept
    }

    private static func title(_ form: FormState, _ state: AppState) -> String {
        guard form.kind.needsClient, !form.fields.contains(where: { $0.id == .client }),
            let client = state.client(form.clientID)
        else { return form.kind.title }
        return "\(form.kind.title): \(client.name)"
    }
}
