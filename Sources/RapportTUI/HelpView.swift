/// Every key, grouped, flowing down as many columns as fit; `?` or Esc closes it.
enum HelpView {
    static let keyWidth = 14
    static let columnWidth = 38

    static func draw(in body: Rect, into screen: inout Screen) {
        screen.fill(x: body.x, y: body.y, width: body.width, height: body.height, style: .plain)
        screen.box(
            x: body.x, y: body.y, width: body.width, height: body.height, title: "Help: every key", focused: true)
        var lines: [(key: String, meaning: String, isTitle: Bool)] = []
        for section in KeyMap.help {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append((section.section, "", true))
            lines += section.keys.map { ($0.key, $0.meaning, false) }
        }
        let rows = body.height - 2
        let columns = max(1, (body.width - 2) / columnWidth)
        guard rows > 0 else { return }
        var slot = 0
        for line in lines {
            // A gap between sections is not needed at the top of a column.
            if line.key.isEmpty && slot % rows == 0 { continue }
            let column = slot / rows
            guard column < columns else { break }
            let x = body.x + 2 + column * columnWidth
            let y = body.y + 1 + slot % rows
            slot += 1
            let width = min(columnWidth - 2, body.x + body.width - 2 - x)
            if line.isTitle {
                screen.put(line.key, x: x, y: y, width: width, style: .title)
            } else {
                screen.put(line.key, x: x, y: y, width: min(keyWidth, width), style: .bold)
                screen.put(line.meaning, x: x + keyWidth + 1, y: y, width: width - keyWidth - 1)
            }
        }
    }
}
