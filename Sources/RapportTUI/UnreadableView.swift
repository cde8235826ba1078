import RapportStore

/// Shown for a client whose file cannot be read: where the problem is and how to fix it.
enum UnreadableView {
    static func draw(_ problem: FileProblem, id: String, in body: Rect, into screen: inout Screen) {
        screen.box(
            x: body.x, y: body.y, width: body.width, height: body.height, title: "\(id): unreadable", focused: true)
        let lines: [(String, Style)] = [
            ("This client's file could not be read, so it is left untouched:", .plain),
            ("", .plain),
            (problem.description, .alert),
            ("", .plain),
            ("Fix the file in an editor and the dashboard picks it up within a second,", .plain),
            ("or bring back an earlier version: rapport restore \(id) --list", .plain),
        ]
        var y = body.y + 2
        for (text, style) in lines where y < body.y + body.height - 1 {
            // Long reasons wrap rather than vanish past the edge.
            var rest = Substring(text)
            repeat {
                let width = body.width - 4
                screen.put(String(rest.prefix(width)), x: body.x + 2, y: y, width: width, style: style)
                rest = rest.dropFirst(width)
                y += 1
            } while !rest.isEmpty && y < body.y + body.height - 1
        }
    }
}
