import RapportCore
import RapportStore
import RapportTUI

/// Times keystrokes in the dashboard in-process: the key's action, `update`, a full `render` and the diff against the
/// last frame, which is all the work a keystroke costs apart from curses writing the changed cells; and counts the
/// cells that changed and the bytes a terminal is sent for them.
struct KeystrokeBench {
    /// One keystroke's figures.
    struct Sample {
        /// Action, update, render and diff.
        var seconds: Double
        /// Cells that differ from the frame before.
        var changedCells: Int
        /// What curses wrote to an xterm-256color terminal to show the frame.
        var bytes: Int
    }

    private var state: AppState
    private let size: Size
    /// The frame on the recorded terminal.
    private var previous: Screen
    /// Draws every frame into a file, as the terminal would be sent it.
    private let terminal: NcursesTerminal

    /// Opens a store and builds the dashboard's first state on it, as the dashboard does at start.
    ///
    /// - Parameters:
    ///   - path: the store directory.
    ///   - now: the dashboard's day and time.
    ///   - size: the terminal size to render at.
    ///   - recording: the file the terminal's bytes are written to.
    /// - Throws: `BenchError` when the store cannot be opened or the terminal not recorded.
    init(store path: String, now: DayTime, size: Size, recordingTo recording: String) throws(BenchError) {
        let store: Store
        do {
            store = try Store(opening: path)
        } catch {
            throw BenchError("cannot open the store at \(path): \(error)")
        }
        state = AppState(store: store, now: now)
        self.size = size
        do {
            terminal = try NcursesTerminal(recordingTo: recording, size: size)
        } catch {
            throw BenchError("\(error)")
        }
        let first = render(state, size: size)
        terminal.draw(first.screen, cursor: first.cursor)
        previous = first.screen
    }

    /// Ends curses on the recording.
    func finish() {
        terminal.restore()
    }

    /// Moves down the Clients pane to its last row and back up, over and over.
    ///
    /// - Parameter count: how many keystrokes to time.
    /// - Returns: each keystroke's figures.
    mutating func scroll(_ count: Int) -> [Sample] {
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
    /// - Returns: each keystroke's figures.
    mutating func filter(typing words: [String], _ count: Int) -> [Sample] {
        state.focus = .clients
        var samples: [Sample] = []
        while !words.isEmpty, samples.count < count {
            for word in words {
                let keys =
                    [Key.character("/")] + word.map { Key.character($0) }
                    + Array(repeating: Key.backspace, count: word.count) + [.escape]
                samples += keys.map { press($0) }
            }
        }
        return samples
    }

    private mutating func press(_ key: Key) -> Sample {
        let start = Monotonic.now()
        if let action = KeyMap.action(for: key, in: state) {
            state = update(state, action).0
        }
        let frame = render(state, size: size)
        let changedCells = frame.screen.changedCells(since: previous)
        let seconds = Monotonic.now() - start
        let before = terminal.bytesRecorded
        terminal.draw(frame.screen, cursor: frame.cursor)
        previous = frame.screen
        return Sample(seconds: seconds, changedCells: changedCells, bytes: terminal.bytesRecorded - before)
    }
}
