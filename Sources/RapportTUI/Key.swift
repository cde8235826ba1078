/// A key press, decoded from the terminal.
public enum Key: Equatable, Sendable, Hashable {
    /// A printable character, including non-ASCII ones such as `ü` or `東`.
    case character(Character)
    /// A control key, such as Ctrl-L as `.control("l")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// The terminal changed size.
    case resize
    /// Text the terminal marked as pasted (bracketed paste), line breaks as `\n`; it is text, never keys.
    case paste(String)
}
