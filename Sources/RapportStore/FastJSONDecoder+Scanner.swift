import Foundation

extension FastJSONDecoder {
    /// Checks a file's syntax in one pass and writes its tape.
    ///
    /// It refuses exactly what `JSONDiagnostics.Parser` refuses (see there for the rules: strict RFC 8259 over UTF-8,
    /// no duplicated keys, no unpaired surrogate escapes, at most 512 levels deep), and gives up on a byte order mark
    /// and on keys that are not plain ASCII, whose equality Swift judges by canonical equivalence rather than bytes.
    /// It loops over an explicit stack instead of recursing, and skips runs of plain bytes eight at a time.
    struct Scanner {
        /// An open object or list.
        private struct Open {
            var token: Int
            var isObject: Bool
            /// Where this object's keys start in `keys`.
            var firstKey: Int
            /// Whether each key so far sorts after the one before, as in every file the store writes: then a new
            /// key that sorts after the last one cannot repeat any.
            var isSorted = true
        }

        /// A key of an open object, for finding duplicates.
        private struct Key {
            var start: Int
            var count: Int
        }

        private let bytes: UnsafeBufferPointer<UInt8>
        private var index = 0
        private var tokens: [Token] = []
        private var open: [Open] = []
        private var keys: [Key] = []

        private init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// Scans a whole file.
        ///
        /// - Parameter bytes: the file's bytes, which must outlive the tape.
        /// - Returns: the tape, its first token the top-level value.
        /// - Throws: `Unsupported` at the first problem or case left to the strict path.
        static func tape(of bytes: UnsafeBufferPointer<UInt8>) throws(Unsupported) -> Tape {
            var scanner = Scanner(bytes: bytes)
            try scanner.scanDocument()
            return Tape(tokens: scanner.tokens, bytes: bytes)
        }

        private mutating func scanDocument() throws(Unsupported) {
            let count = bytes.count
            // An empty buffer may have no address, and the strict parser words the empty file itself.
            guard count > 0 else { throw Unsupported(what: "an empty file") }
            guard count < Int(UInt32.max) else { throw Unsupported(what: "a file over 4 GB") }
            if count >= 2,
                bytes[0] == 0 || bytes[1] == 0 || (bytes[0] == 0xFF && bytes[1] == 0xFE)
                    || (bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                throw Unsupported(what: "UTF-16")
            }
            if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                throw Unsupported(what: "a byte order mark")
            }
            // A client file holds about one token per ten bytes.
            tokens.reserveCapacity(count / 8 + 1)
            try scanValues()
            skipWhitespace()
            guard index == count else { throw Unsupported(what: "text after the document") }
        }

        /// Scans the top-level value and everything inside it.
        private mutating func scanValues() throws(Unsupported) {
            var expectsValue = true
            while true {
                if expectsValue {
                    expectsValue = try scanValue()
                    continue
                }
                // After a value: a comma, or the end of the innermost container.
                guard let innermost = open.last else { return }
                skipWhitespace()
                guard index < bytes.count else { throw Unsupported(what: "the end of the file") }
                switch bytes[index] {
                case UInt8(ascii: ","):
                    index += 1
                    if innermost.isObject {
                        try scanKey()
                    }
                    expectsValue = true
                case UInt8(ascii: "}") where innermost.isObject, UInt8(ascii: "]") where !innermost.isObject:
                    index += 1
                    close()
                default:
                    throw Unsupported(what: "a missing comma or bracket")
                }
            }
        }

        /// Scans one value, or opens a container.
        ///
        /// - Returns: whether a value is expected next: true after opening a non-empty container.
        private mutating func scanValue() throws(Unsupported) -> Bool {
            skipWhitespace()
            guard index < bytes.count else { throw Unsupported(what: "the end of the file") }
            if let innermost = open.last, !innermost.isObject {
                tokens[innermost.token].count += 1
            }
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[index] == UInt8(ascii: "{")
                try enter(isObject ? .object : .array)
                skipWhitespace()
                guard index < bytes.count else { throw Unsupported(what: "the end of the file") }
                if bytes[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    close()
                    return false
                }
                if isObject {
                    try scanKey()
                }
                return true
            case UInt8(ascii: "\""):
                try scanString()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try scanNumber()
            case UInt8(ascii: "t"):
                try scanLiteral("true", .true)
            case UInt8(ascii: "f"):
                try scanLiteral("false", .false)
            case UInt8(ascii: "n"):
                try scanLiteral("null", .null)
            default:
                throw Unsupported(what: "not a value")
            }
            return false
        }

        // MARK: - Containers

        private mutating func enter(_ kind: Token.Kind) throws(Unsupported) {
            guard open.count < JSONDiagnostics.Parser.maximumDepth else { throw Unsupported(what: "deep nesting") }
            open.append(Open(token: tokens.count, isObject: kind == .object, firstKey: keys.count))
            tokens.append(Token(kind: kind, flags: [], count: 0, start: UInt32(index), end: 0))
            index += 1
        }

        private mutating func close() {
            let innermost = open.removeLast()
            tokens[innermost.token].end = UInt32(tokens.count)
            if innermost.isObject {
                keys.removeSubrange(innermost.firstKey...)
            }
        }

        /// Scans a key, refusing one the object already has, and the colon after it.
        private mutating func scanKey() throws(Unsupported) {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Unsupported(what: "not a key") }
            let innermost = open[open.count - 1]
            tokens[innermost.token].count += 1
            let start = index + 1
            guard try scanString() else { throw Unsupported(what: "a key with escapes or beyond ASCII") }
            let key = Key(start: start, count: index - 1 - start)
            if innermost.isSorted, keys.count > innermost.firstKey, compare(keys[keys.count - 1], key) >= 0 {
                open[open.count - 1].isSorted = false
            }
            if !open[open.count - 1].isSorted, keys[innermost.firstKey...].contains(where: { compare($0, key) == 0 }) {
                throw Unsupported(what: "a duplicated key")
            }
            keys.append(key)
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw Unsupported(what: "no colon") }
            index += 1
        }

        /// Orders two keys by their bytes, a shorter key before a longer one it starts.
        private func compare(_ first: Key, _ second: Key) -> Int {
            let order = memcmp(
                bytes.baseAddress! + first.start, bytes.baseAddress! + second.start, min(first.count, second.count))
            return order != 0 ? Int(order) : first.count - second.count
        }

        // MARK: - Scalars

        private mutating func scanLiteral(_ spelling: StaticString, _ kind: Token.Kind) throws(Unsupported) {
            let count = spelling.utf8CodeUnitCount
            guard bytes.count - index >= count, memcmp(bytes.baseAddress! + index, spelling.utf8Start, count) == 0
            else { throw Unsupported(what: "a misspelt literal") }
            tokens.append(Token(kind: kind, flags: [], count: 0, start: UInt32(index), end: UInt32(index + count)))
            index += count
            if index < bytes.count, isWordByte(bytes[index]) { throw Unsupported(what: "a misspelt literal") }
        }

        private mutating func scanNumber() throws(Unsupported) {
            let start = index
            var flags: Token.Flags = []
            if bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw Unsupported(what: "a bad number") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                skipDigits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                flags.insert(.notInteger)
                index += 1
                guard index < bytes.count, isDigit(bytes[index]) else { throw Unsupported(what: "a bad fraction") }
                skipDigits()
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                flags.insert(.notInteger)
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard index < bytes.count, isDigit(bytes[index]) else { throw Unsupported(what: "a bad exponent") }
                skipDigits()
            }
            // The strict parser reads a whole word, so `01`, `1.5.2` and `0x1F` are refused as one bad number.
            if index < bytes.count, isWordByte(bytes[index]) { throw Unsupported(what: "a bad number") }
            tokens.append(Token(kind: .number, flags: flags, count: 0, start: UInt32(start), end: UInt32(index)))
        }

        /// Scans a string whose opening quote is at `index`, and puts it on the tape.
        ///
        /// - Returns: whether it is plain ASCII without escapes, which is what a key must be.
        @discardableResult
        private mutating func scanString() throws(Unsupported) -> Bool {
            index += 1
            let start = index
            var flags: Token.Flags = []
            var beyondASCII = false
            let base = UnsafeRawPointer(bytes.baseAddress!)
            while true {
                // Eight plain bytes at a time: none below 0x20, no quote, no backslash, none beyond ASCII.
                while index + 8 <= bytes.count {
                    let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let high: UInt64 = 0x8080_8080_8080_8080
                    let quotes = word ^ 0x2222_2222_2222_2222
                    let backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
                    let special =
                        ((word &- 0x2020_2020_2020_2020) | (quotes &- 0x0101_0101_0101_0101)
                            | (backslashes &- 0x0101_0101_0101_0101) | word) & high
                    if special != 0 { break }
                    index += 8
                }
                guard index < bytes.count else { throw Unsupported(what: "the end of the file") }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    tokens.append(
                        Token(kind: .string, flags: flags, count: 0, start: UInt32(start), end: UInt32(index)))
                    index += 1
                    return flags.isEmpty && !beyondASCII
                case UInt8(ascii: "\\"):
                    flags.insert(.escaped)
                    try scanEscape()
                case 0..<0x20:
                    throw Unsupported(what: "a control character in a string")
                case 0x80...:
                    beyondASCII = true
                    try scanUTF8Sequence()
                default:
                    index += 1
                }
            }
        }

        /// Checks the escape whose backslash is at `index`, and moves past it.
        private mutating func scanEscape() throws(Unsupported) {
            guard index + 1 < bytes.count else { throw Unsupported(what: "the end of the file") }
            switch bytes[index + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                index += 2
            case UInt8(ascii: "u"):
                let unit = try hexQuad(at: index + 2)
                switch unit {
                case 0xD800...0xDBFF:
                    guard index + 7 < bytes.count, bytes[index + 6] == UInt8(ascii: "\\"),
                        bytes[index + 7] == UInt8(ascii: "u"), (0xDC00...0xDFFF).contains(try hexQuad(at: index + 8))
                    else { throw Unsupported(what: "an unpaired surrogate") }
                    index += 12
                case 0xDC00...0xDFFF:
                    throw Unsupported(what: "an unpaired surrogate")
                default:
                    index += 6
                }
            default:
                throw Unsupported(what: "an unknown escape")
            }
        }

        private func hexQuad(at offset: Int) throws(Unsupported) -> UInt32 {
            guard offset + 4 <= bytes.count else { throw Unsupported(what: "the end of the file") }
            var value: UInt32 = 0
            for position in offset..<(offset + 4) {
                guard let digit = hexValue(bytes[position]) else { throw Unsupported(what: "a bad \\u escape") }
                value = value << 4 | digit
            }
            return value
        }

        /// Checks the UTF-8 sequence at `index` against Unicode's table of well-formed sequences, and moves past it.
        private mutating func scanUTF8Sequence() throws(Unsupported) {
            guard let (second, length) = utf8SequenceShape(lead: bytes[index]) else {
                throw Unsupported(what: "not UTF-8")
            }
            guard index + length <= bytes.count, second.contains(bytes[index + 1]) else {
                throw Unsupported(what: "not UTF-8")
            }
            for position in (index + 2)..<(index + length) where bytes[position] & 0xC0 != 0x80 {
                throw Unsupported(what: "not UTF-8")
            }
            index += length
        }

        // MARK: - Bytes

        private mutating func skipWhitespace() {
            // Indentation comes in runs of spaces.
            let base = UnsafeRawPointer(bytes.baseAddress!)
            let spaces: UInt64 = 0x2020_2020_2020_2020
            while index + 8 <= bytes.count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) == spaces {
                index += 8
            }
            while index < bytes.count, isWhitespace(bytes[index]) {
                index += 1
            }
        }

        private mutating func skipDigits() {
            while index < bytes.count, isDigit(bytes[index]) {
                index += 1
            }
        }
    }
}
