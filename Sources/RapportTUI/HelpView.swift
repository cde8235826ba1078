/// Every key, grouped, then what each mark on the screen means, flowing down as many columns as fit; when they do
/// not all fit, ↑↓ scroll and the border says where you are. `?` or Esc closes it.
enum HelpView {
    static let keyWidth = 14
    static let columnWidth = 38

    /// One line of the help: a section title, a key and its meaning, or a gap between sections.
    struct Line: Equatable {
        var key: String
        var meaning: String
        var isTitle: Bool
    }

    /// What the marks in the panes mean, so that none goes unexplained; short enough for a column at 80 wide.
    static let marks: [(mark: String, meaning: String)] = [
        ("!  S  H", "overdue/survey/hours"), ("v/mo", "visits a month"), ("✓ ~ !", "good, watch, at risk"),
        ("lapsed", "renewal day passed"), ("overdue", "next step is late"), ("›", "selected row"),
        ("…", "text cut to fit"), ("12/40", "row 12 of 40"), ("C", "open sync conflict"),
    ]

    /// The help's lines in order: the key table's sections, then the marks.
    static let lines: [Line] = {
        var lines: [Line] = []
        let sections = KeyMap.help + [(section: "Marks", keys: marks.map { (key: $0.mark, meaning: $0.meaning) })]
        for section in sections {
            if !lines.isEmpty { lines.append(Line(key: "", meaning: "", isTitle: false)) }
            lines.append(Line(key: section.section, meaning: "", isTitle: true))
            lines += section.keys.map { Line(key: $0.key, meaning: $0.meaning, isTitle: false) }
        }
        return lines
    }()

    static func draw(scroll: Int, in body: Rect, into screen: inout Screen) {
        screen.fill(x: body.x, y: body.y, width: body.width, height: body.height, style: .plain)
        screen.box(
            x: body.x, y: body.y, width: body.width, height: body.height, title: "Help: every key and mark",
            focused: true)
        let rows = body.height - 2
        let columns = max(1, (body.width - 2) / columnWidth)
        guard rows > 0 else { return }
        // Scrolled no further than shows the last line at the bottom of the last column.
        let first = max(0, min(scroll, lines.count - rows * columns))
        var slot = 0
        var shown = first
        for line in lines.dropFirst(first) {
            // A gap between sections is not needed at the top of a column.
            if line.key.isEmpty && slot % rows == 0 {
                shown += 1
                continue
            }
            let column = slot / rows
            guard column < columns else { break }
            let x = body.x + 2 + column * columnWidth
            let y = body.y + 1 + slot % rows
            slot += 1
            shown += 1
            let width = min(columnWidth - 2, body.x + body.width - 2 - x)
            if line.isTitle {
                screen.put(line.key, x: x, y: y, width: width, style: .title)
            } else {
                screen.put(line.key, x: x, y: y, width: min(keyWidth, width), style: .bold)
                screen.put(line.meaning, x: x + keyWidth + 1, y: y, width: width - keyWidth - 1)
            }
        }
        if first > 0 || shown < lines.count {
            let position = " \(shown)/\(lines.count) "
            screen.put(position, x: body.x + body.width - position.count - 2, y: body.y + body.height - 1, style: .dim)
        }
    }
}
