import CNcursesw
import RapportCore

// MARK: - Errors

/// Why the dashboard could not take over the terminal, in words for the person who ran it.
struct TerminalUnavailable: Error, CustomStringConvertible {
    let description: String
}

// MARK: - The terminal

/// The real terminal, through ncurses: the one place that calls curses.
///
/// Curses and signal handlers are process-wide, so only one can be open at a time. While it is open, SIGTERM, SIGHUP
/// and SIGINT only set `stopSignal`, and a crash or `exit` restores the terminal before the process ends.
public final class NcursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private let usesColor: Bool
    /// The last screen drawn, to write only the cells that changed; nil when the next draw must repaint everything.
    private var previous: Screen?
    private var isRestored = false
    /// Keys read ahead while telling Esc from the start of a paste, given out before anything new is read.
    private var pending: [Key] = []

    /// Takes over the terminal: raw keys, no echo, hidden cursor, and colour unless `NO_COLOR` says otherwise.
    ///
    /// - Parameter environment: the process environment, for `TERM`, `NO_COLOR` and `ESCDELAY`.
    /// - Throws: `TerminalUnavailable` when standard input or output is not a terminal, or ncurses cannot drive it.
    public init(environment: [String: String]) throws {
        guard rapport_stdio_is_terminal() != 0 else {
            throw TerminalUnavailable(
                description: "the dashboard needs a terminal; run a report such as `rapport today` instead"
            )
        }
        // Without the locale, ncurses treats every byte above 127 as a separate character.
        _ = rapport_set_locale()
        // Before newterm, so that ncurses sees SIGINT and SIGTERM handled and leaves them to us.
        rapport_install_signal_handlers()
        guard let type = environment["TERM"], !type.isEmpty else {
            rapport_remove_signal_handlers()
            throw TerminalUnavailable(
                description: "TERM is not set; set it to the terminal's type, such as xterm-256color"
            )
        }
        let started = rapport_newterm(type) != nil
        if started { rapport_set_curses_active() }
        guard started, rapport_can_address_cursor() != 0, let window = rapport_stdscr() else {
            rapport_end_curses()
            rapport_remove_signal_handlers()
            throw TerminalUnavailable(
                description: "the dashboard cannot drive the terminal type \"\(type)\"; "
                    + "set TERM to one it knows, such as xterm-256color"
            )
        }
        self.window = window

        // Raw rather than cbreak, so Ctrl-C, Ctrl-Z and Ctrl-S arrive as keys instead of signals or flow control.
        raw()
        noecho()
        // Return arrives as 13 rather than being turned into 10, and curses may move the cursor down with a line feed.
        nonl()
        keypad(window, true)
        intrflush(window, false)
        // Writing the bottom-right cell must not scroll the screen up a line.
        scrollok(window, false)
        curs_set(0)
        if environment["ESCDELAY"] == nil {
            // The default second before Esc counts is a long wait; local terminals send sequences in one write.
            set_escdelay(25)
        }
        usesColor = Self.startColors(noColor: environment["NO_COLOR"])
        // Pasted text comes marked, so that it goes into a field as text instead of running as keys. Curses is told
        // the markers as keys of its own; `escapeOrPaste` catches them should they come apart from their Esc.
        _ = define_key(Self.pasteStartSequence, Self.pasteStart)
        _ = define_key(Self.pasteEndSequence, Self.pasteEnd)
        rapport_set_bracketed_paste(1)
    }

    /// Draws into a file instead of the terminal, writing what a terminal of that type would be sent, so that
    /// `rapport-bench` can count the bytes each frame costs. It reads no keys and handles no signals.
    ///
    /// - Parameters:
    ///   - path: the file to write.
    ///   - size: the terminal size to draw at.
    ///   - type: the terminal type whose sequences are written.
    /// - Throws: `TerminalUnavailable` when the file cannot be written or the type is unknown.
    public init(recordingTo path: String, size: Size, type: String = "xterm-256color") throws {
        _ = rapport_set_locale()
        guard rapport_newterm_recording(type, path, Int32(size.height), Int32(size.width)) != nil,
            let window = rapport_stdscr()
        else {
            throw TerminalUnavailable(description: "cannot record a \(type) terminal into \(path)")
        }
        rapport_set_curses_active()
        self.window = window
        nonl()
        scrollok(window, false)
        curs_set(0)
        usesColor = Self.startColors(noColor: nil)
    }

    /// The bytes written so far by a terminal made with `init(recordingTo:size:type:)`.
    public var bytesRecorded: Int {
        Int(rapport_recorded_bytes())
    }

    deinit {
        restore()
    }

    // MARK: - Terminal

    public var size: Size {
        Size(width: Int(max(getmaxx(window), 0)), height: Int(max(getmaxy(window), 0)))
    }

    public var stopSignal: Int32? {
        let number = rapport_stop_signal_number()
        return number == 0 ? nil : number
    }

    public func draw(_ screen: Screen, cursor: Position?) {
        guard !isRestored else { return }
        let columns = min(screen.width, Int(max(getmaxx(window), 0)))
        let rows = min(screen.height, Int(max(getmaxy(window), 0)))
        let diff = ScreenDiff(from: previous, to: screen)
        if diff.repaintsAll {
            // Cells outside the new screen would otherwise keep what the old one had there.
            werase(window)
        }
        for run in diff.runs where run.y < rows {
            draw(run, of: screen, columns: columns)
        }
        if let cursor, (0..<columns).contains(cursor.x), (0..<rows).contains(cursor.y) {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = screen
    }

    public func invalidate() {
        guard !isRestored else { return }
        clearok(rapport_curscr(), true)
        previous = nil
    }

    public func readKey(timeout milliseconds: Int) -> Key? {
        guard !isRestored else { return nil }
        if !pending.isEmpty { return pending.removeFirst() }
        // ERR means the timeout passed, or a signal interrupted the wait so the caller can look at `stopSignal`.
        switch read(timeout: milliseconds) {
        case .character(27): return escapeOrPaste()
        case .character(let value): return Self.key(character: value)
        case .code(Self.pasteStart): return .paste(readPaste())
        case .code(let code):
            // Resizing reshapes what curses holds for the window, so what was drawn before is no longer known.
            if code == KEY_RESIZE { previous = nil }
            return Self.key(code: code)
        case nil: return nil
        }
    }

    public func suspend() {
        guard !isRestored else { return }
        rapport_set_bracketed_paste(0)
        def_prog_mode()
        endwin()
    }

    public func resume() {
        guard !isRestored else { return }
        reset_prog_mode()
        rapport_set_bracketed_paste(1)
        invalidate()
    }

    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        rapport_end_curses()
        rapport_remove_signal_handlers()
    }

    // MARK: - Drawing

    /// Writes one run of cells, clipped to the terminal's width.
    ///
    /// - Parameters:
    ///   - run: the cells to write.
    ///   - screen: the screen to copy from.
    ///   - columns: how many columns fit on both the screen and the terminal.
    private func draw(_ run: ScreenDiff.Run, of screen: Screen, columns: Int) {
        for x in run.x..<min(run.x + run.count, columns) {
            let cell = screen[x, run.y]
            if cell.isContinuation { continue }
            let isWide = x + 1 < screen.width && screen[x + 1, run.y].isContinuation
            // A wide character cut by the right edge cannot be drawn whole, so a blank stands in for it.
            let character: Character = isWide && x + 1 >= columns ? " " : cell.character
            put(character, style: cell.style, x: x, y: run.y)
        }
    }

    /// Writes one character with a style at a position.
    ///
    /// - Parameters:
    ///   - character: the character; combining marks after the first scalar are kept, up to what a cell holds.
    ///   - style: its attributes and colour.
    ///   - x: the column.
    ///   - y: the row.
    private func put(_ character: Character, style: Style, x: Int, y: Int) {
        // The screen is meant to hold nothing `DisplayText.safe` escapes; should a control character slip through,
        // curses would draw it as two cells (^X) and shift the rest of the row.
        let safe: Character = character.unicodeScalars.first.map(DisplayText.isUnsafe) == true ? "?" : character
        var text = safe.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        var attributes = rapport_a_normal()
        if style.bold { attributes |= rapport_a_bold() }
        if style.reverse { attributes |= rapport_a_reverse() }
        if style.underline { attributes |= rapport_a_underline() }
        if style.dim { attributes |= rapport_a_dim() }
        let pair = usesColor ? style.color.map(Self.pair) ?? 0 : 0
        var cell = cchar_t()
        guard setcchar(&cell, text, attributes, pair, nil) == OK else { return }
        // In the bottom-right cell this returns ERR, because the cursor cannot move on; the cell is written anyway.
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    // MARK: - Colour

    /// Starts colour and defines a pair for each `Color`, on the terminal's own background.
    ///
    /// - Parameter noColor: the value of `NO_COLOR`; any non-empty value turns colour off.
    /// - Returns: whether cells should be drawn in colour.
    private static func startColors(noColor: String?) -> Bool {
        guard noColor?.isEmpty ?? true, has_colors(), start_color() == OK,
            rapport_color_pairs() > Color.allCases.count
        else { return false }
        // Without default-colour support, -1 is not a colour, so the background has to be black.
        let background = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        for color in Color.allCases {
            init_pair(pair(color), foreground(color), background)
        }
        return true
    }

    /// The colour pair that draws a colour.
    ///
    /// - Parameter color: the colour.
    /// - Returns: its pair number; 0 is the terminal's default and stays unused.
    private static func pair(_ color: Color) -> Int16 {
        Int16(Color.allCases.firstIndex(of: color)! + 1)
    }

    /// The curses colour for a `Color`.
    ///
    /// - Parameter color: the colour.
    /// - Returns: its curses number.
    private static func foreground(_ color: Color) -> Int16 {
        switch color {
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .cyan: Int16(COLOR_CYAN)
        }
    }

    // MARK: - Reading

    /// What one `wget_wch` gave.
    private enum Read: Equatable {
        /// A character's code point.
        case character(UInt32)
        /// A curses key code, such as `KEY_UP`.
        case code(Int32)
    }

    /// Reads one character or key code.
    ///
    /// - Parameter milliseconds: how long to wait; 0 takes only what has already arrived.
    /// - Returns: what was read, or nil when nothing came in time or a signal interrupted the wait.
    private func read(timeout milliseconds: Int) -> Read? {
        wtimeout(window, Int32(clamping: max(milliseconds, 0)))
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case OK: return .character(UInt32(code))
        case KEY_CODE_YES:
            // Resizing reshapes what curses holds for the window, so what was drawn before is no longer known.
            if Int32(code) == KEY_RESIZE { previous = nil }
            return .code(Int32(code))
        default: return nil
        }
    }

    /// After an Esc, whether the rest of a marker has already arrived: curses gives the Esc of a sequence it does
    /// not know as a key of its own, and the rest as characters after it.
    ///
    /// - Parameter marker: the marker after its Esc, such as `[200~`.
    /// - Returns: true when it followed; otherwise false and what was read instead, in order.
    private func markerFollows(_ marker: String) -> (follows: Bool, read: [Read]) {
        var read: [Read] = []
        for expected in marker.unicodeScalars {
            guard let next = self.read(timeout: 0) else { return (false, read) }
            read.append(next)
            if next != .character(expected.value) { return (false, read) }
        }
        return (true, [])
    }

    /// Esc, or the sequence it starts that curses did not know: the start of a paste, which curses may get apart
    /// from its Esc, or a key whose sequence the terminal type does not list, such as Home as `ESC [1~` under tmux
    /// with `TERM=xterm-256color`.
    ///
    /// A sequence is told from Esc and typed keys by having arrived with it, all at once.
    ///
    /// - Returns: the key, or nil for a sequence that means nothing here; what was read ahead of a plain Esc waits
    ///   in `pending`.
    private func escapeOrPaste() -> Key? {
        guard let next = read(timeout: 0) else { return .escape }
        guard next == .character(0x5B) else {
            pending += Self.keys(for: [next])
            return .escape
        }
        // A control sequence: parameters and intermediates, then a final character from @ to ~.
        var read: [Read] = [next]
        var body = ""
        while body.count < 32, let more = self.read(timeout: 0) {
            read.append(more)
            guard case .character(let value) = more, let scalar = Unicode.Scalar(value), (0x20...0x7E).contains(value)
            else { break }
            body.unicodeScalars.append(scalar)
            if (0x40...0x7E).contains(value) {
                return body == "200~" ? .paste(readPaste()) : Self.controlSequenceKeys[body]
            }
        }
        pending += Self.keys(for: read)
        return .escape
    }

    /// The keys for what was read ahead and turned out to be typed.
    private static func keys(for read: [Read]) -> [Key] {
        read.compactMap { next in
            switch next {
            case .character(let value): key(character: value)
            case .code(let code): code == pasteStart || code == pasteEnd ? nil : key(code: code)
            }
        }
    }

    /// Reads the text of a paste up to its end marker. A paste whose end never comes stops after half a second
    /// without input, so a lost marker cannot swallow the keys after it.
    ///
    /// - Returns: the text as it came, with line breaks as the terminal sent them (usually `\r`).
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        let limit = 1_000_000
        while let next = read(timeout: 500) {
            switch next {
            case .code(Self.pasteEnd):
                return String(text)
            case .character(27):
                // An Esc inside the paste either starts the end marker or is dropped: it is never a key here.
                let (follows, read) = markerFollows(String(Self.pasteEndSequence.dropFirst()))
                if follows { return String(text) }
                for case .character(let value) in read where value != 27 && text.count < limit {
                    if let scalar = Unicode.Scalar(value) { text.append(scalar) }
                }
            case .character(let value):
                if text.count < limit, let scalar = Unicode.Scalar(value) { text.append(scalar) }
            case .code:
                // A sequence in the paste that curses took for a function key is no text; drop it.
                break
            }
        }
        return String(text)
    }

    // MARK: - Keys

    /// Keys by the control sequence after their `ESC [`, for those the terminal type may not list: xterm's, and the
    /// VT220 ones that tmux and screen send whatever `TERM` says. Any other sequence is ignored rather than read as
    /// Esc and typed characters.
    private static let controlSequenceKeys: [String: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "Z": .backTab,
        "1~": .home, "7~": .home, "4~": .end, "8~": .end, "3~": .delete, "5~": .pageUp, "6~": .pageDown,
    ]

    /// The markers a terminal in bracketed-paste mode puts around pasted text.
    private static let pasteStartSequence = "\u{1B}[200~"
    private static let pasteEndSequence = "\u{1B}[201~"
    /// The key codes curses gives the markers. Curses numbers the terminal type's extended keys (Alt-Delete as
    /// `kDC3`, and so on) upwards from `KEY_MAX + 1`, so these are taken far above them, and below the 16 bits that
    /// curses keeps a code in.
    private static let pasteStart: Int32 = 0x7F00
    private static let pasteEnd: Int32 = 0x7F01

    /// The key for a character that `wget_wch` read.
    ///
    /// - Parameter value: the character's code point.
    /// - Returns: the key, or nil for a control character the dashboard has no use for.
    private static func key(character value: UInt32) -> Key? {
        switch value {
        case 8, 127: .backspace
        case 9: .tab
        case 10, 13: .enter
        case 27: .escape
        case 1...26: .control(Character(Unicode.Scalar(UInt8(value) + 96)))
        default:
            Unicode.Scalar(value).flatMap {
                $0.properties.generalCategory == .control ? nil : .character(Character($0))
            }
        }
    }

    /// The key for a function-key code that `wget_wch` read.
    ///
    /// - Parameter code: the curses key code, such as `KEY_UP`.
    /// - Returns: the key, or nil for one the dashboard has no use for.
    private static func key(code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_ENTER: .enter
        case KEY_RESIZE: .resize
        default: nil
        }
    }
}
