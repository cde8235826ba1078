/// Asks before quitting would discard what was typed into a form.
enum QuitPromptView {
    static func draw(in body: Rect, into screen: inout Screen) {
        let text = "Discard what you typed and quit? y / n"
        let width = min(text.count + 4, body.width)
        let x = body.x + (body.width - width) / 2
        let y = body.y + body.height / 2 - 1
        screen.fill(x: x, y: y, width: width, height: 3, style: .plain)
        screen.box(x: x, y: y, width: width, height: 3, title: "Quit", focused: true)
        screen.put(text, x: x + 2, y: y + 1, width: width - 4, style: .bold)
    }
}
