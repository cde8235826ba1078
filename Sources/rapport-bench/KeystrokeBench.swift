import RapportCore
import RapportStore
import RapportTUI

/// Times keystrokes in the dashboard in-process: the key's action, `update` and a full `render`, which is all the
/// work a keystroke costs apart from copying the screen to the terminal.
struct KeystrokeBench {
    private var state: AppState
    private let size: Size
    /// Something every frame contributes to, so that the optimizer cannot drop the rendering.
    private(set) var checksum = 0

    /// Opens a store and builds the dashboard's first state on it, as the dashboard does at start.
    ///
    /// - Parameters:
    ///   - path: the store directory.
    ///   - now: the dashboard's day and time.
    ///   - size: the terminal size to render at.
    /// - Throws: `BenchError` when the store cannot be opened.
    init(store path: String, now: DayTime, size: Size) throws(BenchError) {
        let store: Store
        do {
            store = try Store(opening: path)
        } catch {
            throw BenchError("cannot open the store at \(path): \(error)")
        }
        state = AppState(store: store, now: now)
        self.size = size
        checksum = render(state, size: size).screen.width
    }

    /// Moves down the Clients pane to its last row and back up, over and over.
    ///
    /// - Parameter count: how many keystrokes to time.
    /// - Returns: the seconds each one took.
    mutating func scroll(_ count: Int) -> [Double] {
        state.focus = .clients
        let last = state.rows(.clients).count - 1
        var down = true
        return (0..<count).map { _ in
            if state.selected(.clients) >= last { down = false }
            if state.selected(.clients) <= 0 { down = true }
            return press(down ? .down : .up)
        }
    }

    /// Filters the Clients pane: `/`, a word typed letter by letter, erased letter by letter, then Esc; with one
    /// word after another until enough keys are timed.
    ///
    /// - Parameters:
    ///   - words: what to type; words from client names, so that the filter matches a few rows.
    ///   - count: how many keystrokes to time, at least.
    /// - Returns: the seconds each one took.
    mutating func filter(typing words: [String], _ count: Int) -> [Double] {
        state.focus = .clients
        var seconds: [Double] = []
        while !words.isEmpty, seconds.count < count {
            for word in words {
                let keys =
                    [Key.character("/")] + word.map { Key.character($0) }
                    + Array(repeating: Key.backspace, count: word.count) + [.escape]
                seconds += keys.map { press($0) }
            }
        }
        return seconds
    }

    private mutating func press(_ key: Key) -> Double {
        let start = Monotonic.now()
        if let action = KeyMap.action(for: key, in: state) {
            state = update(state, action).0
        }
        let frame = render(state, size: size)
        let seconds = Monotonic.now() - start
        checksum &+= frame.screen.cells.count &+ (frame.cursor?.x ?? 0)
        return seconds
    }
}
