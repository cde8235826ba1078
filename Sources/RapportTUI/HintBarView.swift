/// The bottom line: the keys that apply now. The last two, help and quit wherever those keys work, stay at every width.
enum HintBarView {
    static func draw(_ state: AppState, row: Int, into screen: inout Screen) {
        var hints = KeyMap.hints(for: state)
        let text = { (hints: [(key: String, meaning: String)]) in
            hints.map { "\($0.key) \($0.meaning)" }.joined(separator: "  ")
        }
        // Drop the least useful hints first, but never the last two.
        while hints.count > 2 && text(hints).count > screen.width - 2 {
            hints.remove(at: hints.count - 3)
        }
        var x = 1
        for (index, hint) in hints.enumerated() {
            if index > 0 { x += 2 }
            x += screen.put(hint.key, x: x, y: row, style: .bold)
            x += screen.put(" \(hint.meaning)", x: x, y: row, width: screen.width - x)
        }
    }
}
