import RapportCore

/// A yes-or-no question in a small box over the screen: quitting with typed input, or a destructive change.
enum PromptView {
    /// Draws the question.
    ///
    /// - Parameters:
    ///   - title: the box's title.
    ///   - question: the question, to which ` y / n` is added.
    ///   - body: the area to centre it in.
    ///   - screen: where to draw.
    static func draw(title: String, question: String, in body: Rect, into screen: inout Screen) {
        let text = "\(question) y / n"
        let width = min(DisplayText.width(text) + 4, body.width)
        let x = body.x + (body.width - width) / 2
        let y = body.y + body.height / 2 - 1
        screen.fill(x: x, y: y, width: width, height: 3, style: .plain)
        screen.box(x: x, y: y, width: width, height: 3, title: title, focused: true)
        // A question too long for the screen keeps its end, where the y / n is.
        let shown = DisplayText.width(text) > width - 4 ? tail(of: text, fitting: width - 4) : text
        screen.put(shown, x: x + 2, y: y + 1, width: width - 4, style: .bold)
    }

    /// The end of a long question, where the y / n is; `…` marks the hidden start.
    private static func tail(of text: String, fitting width: Int) -> String {
        var kept = ""
        var used = 1
        for character in text.reversed() {
            let w = DisplayText.width(of: character)
            if used + w > width { break }
            kept.insert(character, at: kept.startIndex)
            used += w
        }
        return "…" + kept
    }
}
