/// The line above the hints: the filter being typed, the last save or reload, and warnings about the store.
enum StatusLineView {
    /// Draws the status line.
    ///
    /// - Returns: the cursor position while a filter is being typed.
    static func draw(_ state: AppState, row: Int, into screen: inout Screen) -> Position? {
        if state.filtering {
            let prompt = "Filter \(state.focus.title.dropFirst(2)): /"
            let x = screen.put(prompt, x: 1, y: row, style: .bold) + 1
            let typed = state.filters[state.focus] ?? ""
            let width = screen.put(typed, x: x, y: row, width: screen.width - x - 1)
            return Position(x: min(x + width, screen.width - 1), y: row)
        }
        var notes: [(String, Style)] = []
        if let status = state.status { notes.append((status.text, status.isError ? .alert : .good)) }
        if let reason = state.readOnlyReason { notes.append(("Read-only: \(reason)", .alert)) }
        if !state.unreadable.isEmpty {
            let count = state.unreadable.count
            notes.append(("\(count) unreadable client file\(count == 1 ? "" : "s"); run rapport check", .alert))
        }
        var x = 1
        for (text, style) in notes where x < screen.width - 1 {
            x += screen.put(text, x: x, y: row, width: screen.width - x - 1, style: style) + 3
        }
        return nil
    }
}
