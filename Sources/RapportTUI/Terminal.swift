/// The terminal the dashboard draws on, behind a protocol so that everything but one file is testable without one.
public protocol Terminal: AnyObject {
    /// The current size in columns and rows.
    var size: Size { get }

    /// Copies a screen to the terminal, changing only what differs from the last one.
    ///
    /// - Parameters:
    ///   - screen: the frame to show.
    ///   - cursor: where to put a visible cursor, or nil to hide it.
    func draw(_ screen: Screen, cursor: Position?)

    /// Forgets what is on the terminal so the next `draw` repaints every cell (Ctrl-L).
    func invalidate()

    /// Waits for a key.
    ///
    /// - Parameter milliseconds: how long to wait; the dashboard polls the store between keys.
    /// - Returns: the key, or nil when none came in time.
    func readKey(timeout milliseconds: Int) -> Key?

    /// The signal, SIGTERM, SIGHUP or SIGINT, that asked the program to stop, if one did.
    var stopSignal: Int32? { get }

    /// Restores the terminal to how it was. Safe to call more than once.
    func restore()

    /// Hands the terminal to another program, such as the user's editor, until `resume()`.
    func suspend()

    /// Takes the terminal back after `suspend()` and repaints everything on the next draw.
    func resume()
}

/// A size in terminal cells.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// A cell position, column `x` and row `y`, from the top left.
public struct Position: Equatable, Sendable {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
