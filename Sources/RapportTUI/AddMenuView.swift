/// What `a` can add, each with the key that adds it, as the key table lists them; the next key chooses.
enum AddMenuView {
    /// The menu's lines: each key of the add section of the key table, and what it adds.
    static let lines: [(key: String, meaning: String)] = KeyBinding.table.compactMap(\.help)
        .filter { $0.section == .add }.map { ($0.key, $0.meaning) }

    static func draw(in body: Rect, into screen: inout Screen) {
        let width = min(30, body.width)
        let height = min(lines.count + 2, body.height)
        let x = body.x + (body.width - width) / 2
        let y = body.y + max(0, (body.height - height) / 2)
        screen.fill(x: x, y: y, width: width, height: height, style: .plain)
        screen.box(x: x, y: y, width: width, height: height, title: "Add", focused: true)
        for (row, line) in lines.prefix(height - 2).enumerated() {
            screen.put(line.key, x: x + 2, y: y + 1 + row, width: 2, style: .bold)
            screen.put(line.meaning, x: x + 5, y: y + 1 + row, width: width - 7)
        }
    }
}
