extension JSONDiagnostics {
    /// What is wrong with a file's syntax, and where, as a byte offset.
    struct SyntaxError: Error {
        var offset: Int
        var reason: String
    }

    /// A strict JSON parser (RFC 8259, UTF-8 only) that stops at the first problem and explains it.
    ///
    /// It also rejects duplicated keys and unpaired surrogate escapes, which the RFC leaves open, because either one
    /// in a store file means it was damaged or badly hand-edited.
    struct Parser {
        static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        /// The same limit as Foundation's decoder, and it keeps the recursion far from the end of the stack.
        static let maximumDepth = 512
        private static let literals: [(spelling: String, value: Node.Value)] = [
            ("true", .bool(true)), ("false", .bool(false)), ("null", .null),
        ]

        private enum Container {
            case object, array
        }

        private let bytes: [UInt8]
        /// Validating alone skips building strings and nodes, which is what makes checking every file cheap.
        private let buildsTree: Bool
        private var index = 0
        private var open: [(container: Container, offset: Int)] = []
        /// The keys of each open object and where each first appeared, indexed by depth and reused between objects.
        private var keysByDepth: [[String: Int]] = []
        private var scratch: [UInt8] = []

        /// Prepares to parse a whole file.
        ///
        /// - Parameters:
        ///   - bytes: the file's bytes.
        ///   - buildsTree: whether to build the annotated tree, or only validate.
        init(bytes: [UInt8], buildsTree: Bool) {
            self.bytes = bytes
            self.buildsTree = buildsTree
        }

        /// Parses a whole file into an annotated tree.
        ///
        /// - Parameter bytes: the file's bytes.
        /// - Returns: the top-level value.
        /// - Throws: the first problem in reading order.
        static func tree(of bytes: [UInt8]) throws(SyntaxError) -> Node {
            var parser = Parser(bytes: bytes, buildsTree: true)
            return try parser.parseDocument()
        }

        /// Parses the file as one JSON document.
        ///
        /// - Returns: the top-level value; a placeholder unless the parser builds a tree.
        /// - Throws: the first problem in reading order.
        mutating func parseDocument() throws(SyntaxError) -> Node {
            let utf16Marks: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF]]
            if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 || utf16Marks.contains(Array(bytes[0..<2])) {
                throw SyntaxError(offset: 0, reason: "not UTF-8 text (it looks like UTF-16); save it as UTF-8")
            }
            if bytes.starts(with: Self.byteOrderMark) {
                index = Self.byteOrderMark.count
            }
            skipWhitespace()
            guard index < bytes.count else {
                throw SyntaxError(offset: 0, reason: "the file is empty")
            }
            let root = try parseValue()
            skipWhitespace()
            if index < bytes.count {
                if let comment = commentError() { throw comment }
                throw SyntaxError(offset: index, reason: "unexpected text after the end of the JSON document")
            }
            return root
        }

        // MARK: - Values

        private mutating func parseValue() throws(SyntaxError) -> Node {
            skipWhitespace()
            guard index < bytes.count else { throw endOfInput(insideString: false) }
            let start = index
            switch bytes[index] {
            case UInt8(ascii: "{"):
                return try parseObject()
            case UInt8(ascii: "["):
                return try parseArray()
            case UInt8(ascii: "\""):
                let text = try parseString(materialize: buildsTree)
                return node(.string(text), at: start)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return try parseNumber()
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                return try parseLiteral()
            case UInt8(ascii: "+"), UInt8(ascii: "."):
                let word = wordEnd(from: index)
                if word - index > 1, isDigit(bytes[index + 1]) {
                    let sign = String(UnicodeScalar(bytes[index]))
                    throw SyntaxError(
                        offset: index,
                        reason: "invalid number \(quotedWord(index..<word)): a number cannot start with \"\(sign)\"")
                }
                throw unexpected(expecting: "a value")
            default:
                throw unexpected(expecting: "a value")
            }
        }

        private mutating func parseObject() throws(SyntaxError) -> Node {
            let start = try enter(.object)
            let depth = open.count - 1
            while keysByDepth.count <= depth {
                keysByDepth.append([:])
            }
            keysByDepth[depth].removeAll(keepingCapacity: true)
            var members: [Member] = []
            var commaOffset: Int?
            skipWhitespace()
            while true {
                guard index < bytes.count else { throw endOfInput(insideString: false) }
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    break
                case UInt8(ascii: "}"):
                    if let commaOffset {
                        throw SyntaxError(offset: commaOffset, reason: "trailing comma before \"}\"; remove the comma")
                    }
                    return leave(.object(members), at: start)
                case UInt8(ascii: "]"):
                    throw mismatchedClose()
                default:
                    throw unexpected(expecting: "a key in double quotes")
                }
                let keyOffset = index
                let key = try parseString(materialize: true)
                if let first = keysByDepth[depth].updateValue(keyOffset, forKey: key) {
                    let (line, column) = lineAndColumn(ofByte: first, in: bytes)
                    throw SyntaxError(
                        offset: keyOffset,
                        reason: "key \(quoted(key)) appears twice (first at line \(line), column \(column))")
                }
                skipWhitespace()
                guard index < bytes.count else { throw endOfInput(insideString: false) }
                guard bytes[index] == UInt8(ascii: ":") else {
                    throw unexpected(expecting: "\":\" after the key \(quoted(key))")
                }
                index += 1
                let value = try parseValue()
                if buildsTree {
                    members.append(Member(key: key, value: value))
                }
                let valueEnd = index
                skipWhitespace()
                guard index < bytes.count else { throw endOfInput(insideString: false) }
                switch bytes[index] {
                case UInt8(ascii: ","):
                    commaOffset = index
                    index += 1
                    skipWhitespace()
                case UInt8(ascii: "}"):
                    return leave(.object(members), at: start)
                case UInt8(ascii: "]"):
                    throw mismatchedClose()
                case UInt8(ascii: "\""):
                    throw SyntaxError(offset: valueEnd, reason: "missing \",\" after the value of \(quoted(key))")
                default:
                    throw unexpected(expecting: "\",\" or \"}\" after the value of \(quoted(key))")
                }
            }
        }

        private mutating func parseArray() throws(SyntaxError) -> Node {
            let start = try enter(.array)
            var elements: [Node] = []
            var commaOffset: Int?
            skipWhitespace()
            while true {
                guard index < bytes.count else { throw endOfInput(insideString: false) }
                switch bytes[index] {
                case UInt8(ascii: "]"):
                    if let commaOffset {
                        throw SyntaxError(offset: commaOffset, reason: "trailing comma before \"]\"; remove the comma")
                    }
                    return leave(.array(elements), at: start)
                case UInt8(ascii: "}"):
                    throw mismatchedClose()
                default:
                    break
                }
                let element = try parseValue()
                if buildsTree {
                    elements.append(element)
                }
                let valueEnd = index
                skipWhitespace()
                guard index < bytes.count else { throw endOfInput(insideString: false) }
                switch bytes[index] {
                case UInt8(ascii: ","):
                    commaOffset = index
                    index += 1
                    skipWhitespace()
                case UInt8(ascii: "]"):
                    return leave(.array(elements), at: start)
                case UInt8(ascii: "}"):
                    throw mismatchedClose()
                case let byte where startsValue(byte):
                    throw SyntaxError(offset: valueEnd, reason: "missing \",\" between list items")
                default:
                    throw unexpected(expecting: "\",\" or \"]\" after a list item")
                }
            }
        }

        private mutating func parseNumber() throws(SyntaxError) -> Node {
            let start = index
            let end = wordEnd(from: start)
            let word = quotedWord(start..<end)
            var position = start
            if bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard position < end, isDigit(bytes[position]) else {
                if position == end {
                    throw incompleteNumber(start..<end, reason: "invalid number \(word): expected a digit after \"-\"")
                }
                throw SyntaxError(offset: start, reason: "expected a value, found \(word)")
            }
            if bytes[position] == UInt8(ascii: "0"), position + 1 < end, isDigit(bytes[position + 1]) {
                throw SyntaxError(offset: start, reason: "invalid number \(word): leading zeros are not allowed")
            }
            position = digitsEnd(from: position)
            if position < end, bytes[position] == UInt8(ascii: ".") {
                position += 1
                guard position < end, isDigit(bytes[position]) else {
                    throw incompleteNumber(start..<end, reason: "invalid number \(word): expected a digit after \".\"")
                }
                position = digitsEnd(from: position)
            }
            if position < end, bytes[position] | 0x20 == UInt8(ascii: "e") {
                position += 1
                if position < end, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                    position += 1
                }
                guard position < end, isDigit(bytes[position]) else {
                    throw incompleteNumber(
                        start..<end, reason: "invalid number \(word): expected a digit in the exponent")
                }
                position = digitsEnd(from: position)
            }
            guard position == end else {
                throw SyntaxError(offset: start, reason: "invalid number \(word)")
            }
            index = end
            return node(.number(buildsTree ? String(decoding: bytes[start..<end], as: UTF8.self) : ""), at: start)
        }

        private mutating func parseLiteral() throws(SyntaxError) -> Node {
            let start = index
            let end = wordEnd(from: start)
            let word = bytes[start..<end]
            for (spelling, value) in Self.literals where word.elementsEqual(spelling.utf8) {
                index = end
                return node(value, at: start)
            }
            if end == bytes.count, Self.literals.contains(where: { $0.spelling.utf8.starts(with: word) }) {
                throw endOfInput(insideString: false)
            }
            throw unexpected(expecting: "a value")
        }

        // MARK: - Strings

        /// Parses a string whose opening quote is at `index`.
        ///
        /// - Parameter materialize: whether to build the string's text, or only validate it.
        /// - Returns: the text, or an empty string when not materialized.
        private mutating func parseString(materialize: Bool) throws(SyntaxError) -> String {
            index += 1
            var segmentStart = index
            var hasEscapes = false
            scratch.removeAll(keepingCapacity: true)
            while true {
                guard index < bytes.count else { throw endOfInput(insideString: true) }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    let end = index
                    index += 1
                    guard materialize else { return "" }
                    guard hasEscapes else { return String(decoding: bytes[segmentStart..<end], as: UTF8.self) }
                    scratch.append(contentsOf: bytes[segmentStart..<end])
                    return String(decoding: scratch, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    if materialize {
                        scratch.append(contentsOf: bytes[segmentStart..<index])
                    }
                    hasEscapes = true
                    try parseEscape(materialize: materialize)
                    segmentStart = index
                case 0..<0x20:
                    throw controlCharacterInString(byte)
                case 0x80...:
                    index += try utf8SequenceLength(at: index, insideString: true)
                default:
                    index += 1
                }
            }
        }

        private mutating func parseEscape(materialize: Bool) throws(SyntaxError) {
            let backslash = index
            index += 1
            guard index < bytes.count else { throw endOfInput(insideString: true) }
            let letter = bytes[index]
            if let byte = simpleEscape(letter) {
                index += 1
                if materialize {
                    scratch.append(byte)
                }
                return
            }
            guard letter == UInt8(ascii: "u") else {
                let shown = isPrintableASCII(letter) ? " \"\\\(UnicodeScalar(letter))\"" : ""
                throw SyntaxError(
                    offset: backslash, reason: "unknown escape\(shown) in a string; write a backslash as \\\\")
            }
            index += 1
            var scalar = try hexQuad(escapeAt: backslash)
            if (0xD800...0xDBFF).contains(scalar) {
                let low = index
                // A file cut off right after the first half is cut short, not badly escaped.
                if [UInt8(ascii: "\\"), UInt8(ascii: "u")].starts(with: bytes[low...]) && bytes.count - low < 2 {
                    index = bytes.count
                    throw endOfInput(insideString: true)
                }
                guard bytes[low...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                    throw unpairedSurrogate(scalar, at: backslash)
                }
                index += 2
                let second = try hexQuad(escapeAt: low)
                guard (0xDC00...0xDFFF).contains(second) else { throw unpairedSurrogate(scalar, at: backslash) }
                scalar = 0x10000 + (scalar - 0xD800) << 10 + (second - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw unpairedSurrogate(scalar, at: backslash)
            }
            if materialize, let unicode = UnicodeScalar(scalar) {
                scratch.append(contentsOf: String(Character(unicode)).utf8)
            }
        }

        /// Reads the four hex digits after `\u`, which start at `index`.
        ///
        /// - Parameter backslash: where the escape starts, to report it.
        /// - Returns: the code unit.
        private mutating func hexQuad(escapeAt backslash: Int) throws(SyntaxError) -> UInt32 {
            var value: UInt32 = 0
            for offset in 0..<4 {
                guard index + offset < bytes.count else { throw endOfInput(insideString: true) }
                guard let digit = hexValue(bytes[index + offset]) else {
                    let shown = bytes[index..<(index + offset + 1)].prefix { isPrintableASCII($0) && $0 != 0x22 }
                    throw SyntaxError(
                        offset: backslash,
                        reason: "bad escape \"\\u\(String(decoding: shown, as: UTF8.self))\": "
                            + "\\u must be followed by four hex digits")
                }
                value = value << 4 | digit
            }
            index += 4
            return value
        }

        private func unpairedSurrogate(_ unit: UInt32, at offset: Int) -> SyntaxError {
            let hex = String(unit, radix: 16, uppercase: true)
            return SyntaxError(
                offset: offset, reason: "\"\\u\(hex)\" is half of a surrogate pair; the other half is missing")
        }

        private func controlCharacterInString(_ byte: UInt8) -> SyntaxError {
            let reason =
                switch byte {
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    "line break inside a string; the closing quote may be missing (write a line break as \\n)"
                case UInt8(ascii: "\t"):
                    "tab character inside a string; write it as \\t"
                default:
                    "control character \(codePoint(UInt32(byte))) inside a string; write it as \\u\(hex4(byte))"
                }
            return SyntaxError(offset: index, reason: reason)
        }

        /// Checks the UTF-8 sequence that starts at `offset`, following Unicode's table of well-formed sequences.
        ///
        /// - Parameters:
        ///   - offset: where the sequence starts.
        ///   - insideString: whether the end of the file here means it was cut short inside a string.
        /// - Returns: the length of the sequence in bytes.
        private func utf8SequenceLength(at offset: Int, insideString: Bool) throws(SyntaxError) -> Int {
            let lead = bytes[offset]
            if lead < 0x80 { return 1 }
            guard let (secondRange, length) = utf8SequenceShape(lead: lead) else { throw notUTF8(at: offset) }
            for position in (offset + 1)..<(offset + length) {
                guard position < bytes.count else {
                    if insideString { throw endOfInput(insideString: true) }
                    throw notUTF8(at: offset)
                }
                let range = position == offset + 1 ? secondRange : 0x80...0xBF
                guard range.contains(bytes[position]) else { throw notUTF8(at: offset) }
            }
            return length
        }

        private func notUTF8(at offset: Int) -> SyntaxError {
            SyntaxError(offset: offset, reason: "not UTF-8 text (byte 0x\(hex2(bytes[offset])))")
        }

        // MARK: - Containers

        private mutating func enter(_ container: Container) throws(SyntaxError) -> Int {
            guard open.count < Self.maximumDepth else {
                throw SyntaxError(
                    offset: index, reason: "the document is nested more than \(Self.maximumDepth) levels deep")
            }
            open.append((container, index))
            index += 1
            return open[open.count - 1].offset
        }

        private mutating func leave(_ value: Node.Value, at start: Int) -> Node {
            open.removeLast()
            index += 1
            return node(value, at: start)
        }

        private func node(_ value: Node.Value, at offset: Int) -> Node {
            Node(value: buildsTree ? value : .null, offset: offset)
        }

        /// Explains a closing bracket of the wrong kind, found at `index`.
        private func mismatchedClose() -> SyntaxError {
            let innermost = open[open.count - 1]
            let (line, column) = lineAndColumn(ofByte: innermost.offset, in: bytes)
            let opener = innermost.container == .object ? "{" : "["
            let found = String(UnicodeScalar(bytes[index]))
            return SyntaxError(
                offset: index,
                reason: "\"\(found)\" does not match the \"\(opener)\" at line \(line), column \(column)")
        }

        // MARK: - Problems

        /// Explains that the file stopped before the document was complete.
        ///
        /// The problem is placed just after the last visible character, where the missing text belongs.
        ///
        /// - Parameter insideString: whether the file stopped inside a string.
        private func endOfInput(insideString: Bool) -> SyntaxError {
            var end = bytes.count
            while end > 0, isWhitespace(bytes[end - 1]) {
                end -= 1
            }
            let what: String
            let expected: String
            if insideString {
                (what, expected) = ("a string", " (expected a closing quote)")
            } else if let innermost = open.last {
                (what, expected) =
                    innermost.container == .object
                    ? ("an object", " (expected \"}\")") : ("a list", " (expected \"]\")")
            } else {
                (what, expected) = ("a value", "")
            }
            return SyntaxError(
                offset: end, reason: "the file ends in the middle of \(what); it may have been cut short\(expected)")
        }

        /// Explains what was found at `index` instead of what the grammar expects there.
        ///
        /// - Parameter expected: what the grammar expects, such as `a value`.
        private func unexpected(expecting expected: String) -> SyntaxError {
            if let comment = commentError() { return comment }
            let byte = bytes[index]
            if byte >= 0x80 {
                do {
                    _ = try utf8SequenceLength(at: index, insideString: false)
                } catch {
                    return error
                }
            }
            return SyntaxError(offset: index, reason: "expected \(expected), found \(describeFound())")
        }

        private func commentError() -> SyntaxError? {
            let isComment =
                bytes[index] == UInt8(ascii: "/") && index + 1 < bytes.count
                && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*"))
            return isComment ? SyntaxError(offset: index, reason: "comments are not allowed in JSON") : nil
        }

        /// Describes the token at `index` for a message, with a hint when it is a common slip.
        private func describeFound() -> String {
            let byte = bytes[index]
            if isWordByte(byte) {
                let end = wordEnd(from: index)
                let word = String(decoding: bytes[index..<end], as: UTF8.self)
                let lowercased = word.lowercased()
                let hint =
                    ["true", "false", "null"].contains(lowercased) ? "; write it in lowercase as \(lowercased)" : ""
                return quotedWord(index..<end) + hint
            }
            if byte == UInt8(ascii: "\"") {
                return stringToken()
            }
            let text = String(decoding: bytes[index...].prefix(4), as: UTF8.self)
            let scalar = text.unicodeScalars.first ?? "\u{FFFD}"
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator:
                return "an invisible character (\(codePoint(scalar.value)))"
            default:
                let isQuote = ["'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}"].contains(scalar)
                return "\"\(scalar)\"" + (isQuote ? "; use straight double quotes (\") around text" : "")
            }
        }

        /// The string token at `index` as written, cut at its line's end or after a few dozen characters.
        private func stringToken() -> String {
            var end = index + 1
            var scalars = 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), scalars < 32 {
                if bytes[end] == UInt8(ascii: "\"") && bytes[end - 1] != UInt8(ascii: "\\") {
                    return String(decoding: bytes[index...end], as: UTF8.self)
                }
                if bytes[end] & 0b1100_0000 != 0b1000_0000 {
                    scalars += 1
                }
                end += 1
            }
            while end < bytes.count, bytes[end] & 0b1100_0000 == 0b1000_0000 {
                end += 1
            }
            return String(decoding: bytes[index..<end], as: UTF8.self) + "…"
        }

        private func incompleteNumber(_ range: Range<Int>, reason: String) -> SyntaxError {
            range.upperBound == bytes.count
                ? endOfInput(insideString: false) : SyntaxError(offset: range.lowerBound, reason: reason)
        }

        // MARK: - Bytes

        private mutating func skipWhitespace() {
            while index < bytes.count, isWhitespace(bytes[index]) {
                index += 1
            }
        }

        private func wordEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.count, isWordByte(bytes[end]) {
                end += 1
            }
            return end
        }

        private func digitsEnd(from start: Int) -> Int {
            var end = start
            while end < bytes.count, isDigit(bytes[end]) {
                end += 1
            }
            return end
        }

        private func quotedWord(_ range: Range<Int>) -> String {
            let limit = 24
            let shown = bytes[range].prefix(limit)
            return "\"" + String(decoding: shown, as: UTF8.self) + (range.count > limit ? "…" : "") + "\""
        }

        private func startsValue(_ byte: UInt8) -> Bool {
            isDigit(byte) || Array("\"{[-tfn".utf8).contains(byte)
        }
    }
}

// MARK: - Byte classes

func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
}

func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
}

/// What may follow the lead byte of a multi-byte UTF-8 sequence, from Unicode's table of well-formed sequences.
///
/// - Parameter lead: the first byte, 0x80 or above.
/// - Returns: the range of the second byte (the others are 0x80...0xBF) and the sequence's length, or nil when the
///   byte cannot start a sequence.
func utf8SequenceShape(lead: UInt8) -> (second: ClosedRange<UInt8>, length: Int)? {
    switch lead {
    case 0xC2...0xDF: (0x80...0xBF, 2)
    case 0xE0: (0xA0...0xBF, 3)
    case 0xED: (0x80...0x9F, 3)
    case 0xE1...0xEF: (0x80...0xBF, 3)
    case 0xF0: (0x90...0xBF, 4)
    case 0xF1...0xF3: (0x80...0xBF, 4)
    case 0xF4: (0x80...0x8F, 4)
    default: nil
    }
}

/// Bytes that make up barewords and numbers, so that `NaN`, `-Infinity` and `0x1F` are shown whole.
func isWordByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"):
        true
    default:
        false
    }
}

private func isPrintableASCII(_ byte: UInt8) -> Bool {
    (0x21...0x7E).contains(byte)
}

/// The byte that a one-letter escape such as `\n` stands for.
func simpleEscape(_ letter: UInt8) -> UInt8? {
    switch letter {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
}

func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
}

private func hex2(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count < 2 ? "0" + digits : digits
}

private func hex4(_ byte: UInt8) -> String {
    "00" + hex2(byte)
}

/// A code point as `U+0007`.
private func codePoint(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
