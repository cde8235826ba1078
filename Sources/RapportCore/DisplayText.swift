/// Makes stored text safe to show on a terminal.
///
/// Names and notes can hold escape sequences (a hand-edited file, an import): written raw they could retitle the
/// window, set the clipboard through OSC 52, or reverse text with bidi controls. Every line printed goes through here.
public enum DisplayText {
    /// The text with control characters shown as visible escapes such as `\u{1B}`, on one line.
    ///
    /// - Parameters:
    ///   - text: stored text.
    ///   - limit: the most characters to keep; longer text ends with `…`.
    /// - Returns: text that a terminal will not interpret.
    public static func safe(_ text: String, limit: Int = 500) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            guard count < limit else {
                out.append("…")
                break
            }
            if isUnsafe(scalar) {
                out +=
                    scalar == "\n" || scalar == "\t" ? " " : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    /// Text of several lines made safe the same way, line by line, whatever its length: the one rule every report
    /// passes through on its way to the terminal, whatever each cell did before.
    ///
    /// - Parameter text: the text, with `\n` between lines.
    /// - Returns: the text with every other control character shown as a visible escape.
    public static func safeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { safe(String($0), limit: .max) }
            .joined(separator: "\n")
    }

    /// Whether a scalar must not reach a terminal as it is: C0 and C1 controls, DEL, bidi overrides and isolates,
    /// and line or paragraph separators.
    ///
    /// - Parameter scalar: the scalar.
    /// - Returns: true when it must be escaped.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x061C: true
        default: false
        }
    }

    /// The number of terminal columns a string takes: wide East Asian characters take two, combining marks none.
    ///
    /// - Parameter text: safe text.
    /// - Returns: the width in columns.
    public static func width(_ text: String) -> Int {
        // Printable ASCII is one column a byte; every frame measures thousands of such cells.
        if text.utf8.allSatisfy({ (0x20..<0x80).contains($0) }) { return text.utf8.count }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    /// The terminal columns one character takes.
    ///
    /// - Parameter character: the character.
    /// - Returns: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        // No combining mark comes before U+0300 and no wide character before U+1100, so the look-up of the
        // character's category is left for the rest.
        if first.value < 0x300 { return 1 }
        if first.properties.generalCategory == .nonspacingMark || first.properties.generalCategory == .enclosingMark {
            return 0
        }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// The text cut or padded with spaces to exactly a number of columns.
    ///
    /// - Parameters:
    ///   - text: safe text.
    ///   - columns: the width to fill.
    ///   - alignRight: pad on the left instead, for numbers.
    /// - Returns: text whose `width` is exactly `columns`; cut text ends with `…`.
    public static func fit(_ text: String, _ columns: Int, alignRight: Bool = false) -> String {
        guard columns > 0 else { return "" }
        let total = width(text)
        if total <= columns {
            let padding = String(repeating: " ", count: columns - total)
            return alignRight ? padding + text : text + padding
        }
        var out = ""
        var used = 0
        for character in text {
            let w = width(of: character)
            if used + w > columns - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…" + String(repeating: " ", count: columns - 1 - used)
    }
}
