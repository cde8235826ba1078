import CNcursesw

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
    /// The last screen drawn, to skip unchanged rows; nil when the next draw must repaint everything.
    private var previous: Screen?
    private var isRestored = false

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
        let unchanged = previous.flatMap { $0.width == screen.width && $0.height == screen.height ? $0 : nil }
        if unchanged == nil {
            // Cells outside the new screen would otherwise keep what the old one had there.
            werase(window)
        }
        for y in 0..<rows {
            let row = y * screen.width..<(y + 1) * screen.width
            if let unchanged, unchanged.cells[row] == screen.cells[row] { continue }
            // A whole row is rewritten, so a wide character never half-covers one that was not rewritten.
            drawRow(y, of: screen, columns: columns)
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
        wtimeout(window, Int32(clamping: max(milliseconds, 0)))
        var code: wint_t = 0
        // ERR means the timeout passed, or a signal interrupted the wait so the caller can look at `stopSignal`.
        switch wget_wch(window, &code) {
        case OK: return Self.key(character: UInt32(code))
        case KEY_CODE_YES:
            // Resizing reshapes what curses holds for the window, so what was drawn before is no longer known.
            if Int32(code) == KEY_RESIZE { previous = nil }
            return Self.key(code: Int32(code))
        default: return nil
        }
    }

    public func suspend() {
        guard !isRestored else { return }
        def_prog_mode()
        endwin()
    }

    public func resume() {
        guard !isRestored else { return }
        reset_prog_mode()
        invalidate()
    }

    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        rapport_end_curses()
        rapport_remove_signal_handlers()
    }

    // MARK: - Drawing

    /// Writes one row of a screen, clipped to the terminal's width.
    ///
    /// - Parameters:
    ///   - y: the row.
    ///   - screen: the screen to copy from.
    ///   - columns: how many columns fit on both the screen and the terminal.
    private func drawRow(_ y: Int, of screen: Screen, columns: Int) {
        for x in 0..<columns {
            let cell = screen[x, y]
            if cell.isContinuation { continue }
            let isWide = x + 1 < screen.width && screen[x + 1, y].isContinuation
            // A wide character cut by the right edge cannot be drawn whole, so a blank stands in for it.
            let character: Character = isWide && x + 1 >= columns ? " " : cell.character
            put(character, style: cell.style, x: x, y: y)
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
        // The screen is meant to hold no control characters; should one slip through, curses would draw it as
        // two cells (^X) and shift the rest of the row.
        let safe: Character = character.unicodeScalars.first?.properties.generalCategory == .control ? "?" : character
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

    // MARK: - Keys

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
