/// The panes: the grid's four in a 2×2 grid from 80×24 up, one of them under a tab strip below that, and the
/// owner's views one at a time under their own tab strip.
enum DashboardView {
    static func draw(_ state: AppState, in body: Rect, into screen: inout Screen) {
        if state.focus.isInGrid && body.width >= 80 && body.height >= 21 {
            let leftWidth = body.width / 2
            let topHeight = body.height / 2
            let areas: [Pane: Rect] = [
                .clients: Rect(x: body.x, y: body.y, width: leftWidth, height: topHeight),
                .visits: Rect(x: body.x + leftWidth, y: body.y, width: body.width - leftWidth, height: topHeight),
                .overdue: Rect(x: body.x, y: body.y + topHeight, width: leftWidth, height: body.height - topHeight),
                .renewals: Rect(
                    x: body.x + leftWidth, y: body.y + topHeight, width: body.width - leftWidth,
                    height: body.height - topHeight),
            ]
            for pane in Pane.grid {
                PaneView.draw(pane, state: state, in: areas[pane]!, into: &screen)
            }
            return
        }
        let strip = state.focus.isInGrid ? Pane.grid : Pane.allCases.filter { !$0.isInGrid }
        let labels = strip.map { $0 == state.focus ? "[\($0.digit) \($0.shortName)]" : " \($0.digit) \($0.shortName) " }
        // The focused tab always shows whole: the tabs before it give way when the strip is wider than the screen.
        var first = 0
        if let focused = strip.firstIndex(of: state.focus) {
            while first < focused && labels[first...focused].reduce(0, { $0 + $1.count }) > body.width { first += 1 }
        }
        var x = body.x
        for (pane, label) in zip(strip, labels).dropFirst(first) {
            x += screen.put(
                label, x: x, y: body.y, width: body.x + body.width - x, style: pane == state.focus ? .bold : .dim)
        }
        let area = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        PaneView.draw(state.focus, state: state, in: area, into: &screen)
    }
}
