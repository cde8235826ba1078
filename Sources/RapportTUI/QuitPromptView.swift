/// Asks yes or no in a small box over the screen: before quitting would discard what was typed into a form, and
/// before Esc would discard a form's changes.
enum QuitPromptView {
    static func draw(in body: Rect, into screen: inout Screen) {
        draw("Discard what you typed and quit? y / n", title: "Quit", in: body, into: &screen)
    }

    /// Draws the question "discard changes?" that Esc on a changed form asks.
    static func drawDiscard(in body: Rect, into screen: inout Screen) {
        draw("Discard changes? y / n", title: "Cancel", in: body, into: &screen)
    }

    private static func draw(_ text: String, title: String, in body: Rect, into screen: inout Screen) {
        let width = min(text.count + 4, body.width)
        let x = body.x + (body.width - width) / 2
        let y = body.y + body.height / 2 - 1
        screen.fill(x: x, y: y, width: width, height: 3, style: .plain)
        screen.box(x: x, y: y, width: width, height: 3, title: title, focused: true)
        screen.put(text, x: x + 2, y: y + 1, width: width - 4, style: .bold)
    }
}
