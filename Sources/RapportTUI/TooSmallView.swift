/// Shown instead of the dashboard when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(into screen: inout Screen) {
        let need = "need \(minimumSize.width)×\(minimumSize.height)"
        let now = "now \(screen.width)×\(screen.height)"
        // The message wraps rather than being cut on a very small terminal.
        let lines = screen.width >= 22 ? ["too small, \(need)", now] : ["too small,", need, now]
        for (index, line) in lines.enumerated() where index < screen.height {
            let x = max(0, (screen.width - line.count) / 2)
            screen.put(line, x: x, y: max(0, screen.height / 2 - 1) + index, style: line == now ? .plain : .bold)
        }
    }
}
