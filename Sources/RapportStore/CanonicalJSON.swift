import Foundation

/// The store's one JSON encoding, also used for `--json` reports: sorted keys, two-space indentation, `"key": value`, `[]` for empty lists and a
/// trailing newline, so that a one-field edit is a one-line git diff.
public enum CanonicalJSON {
    /// Encodes a value in the store's format.
    ///
    /// - Parameter value: the document.
    /// - Returns: the file's bytes.
    /// - Throws: an `EncodingError` for values JSON cannot hold, such as an infinite number.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return indent(try encoder.encode(value))
    }

    /// Re-indents compact JSON. Foundation's own pretty printer writes `"key" : value` and splits empty lists
    /// over three lines, which makes noisy diffs.
    ///
    /// - Parameter compact: JSON with no insignificant white space.
    /// - Returns: the indented text with a trailing newline.
    static func indent(_ compact: Data) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(compact.count + compact.count / 2)
        var depth = 0
        var inString = false
        var escaped = false
        let bytes = [UInt8](compact)
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inString {
                out.append(byte)
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(byte)
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if index < bytes.count && bytes[index] == close {
                    out.append(close)
                    index += 1
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(byte)
                out.append(0x20)
            default:
                out.append(byte)
            }
        }
        out.append(0x0A)
        return Data(out)
    }
}
