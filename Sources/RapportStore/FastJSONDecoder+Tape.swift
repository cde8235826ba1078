import Foundation

extension FastJSONDecoder.Tape {
    typealias Token = FastJSONDecoder.Token
    typealias Unsupported = FastJSONDecoder.Unsupported

    /// The token after a value and all that it holds.
    func after(_ token: Int) -> Int {
        let value = tokens[token]
        return value.kind == .object || value.kind == .array ? Int(value.end) : token + 1
    }

    /// The value of a key in an object, found by comparing the key's bytes: the scanner lets only plain ASCII keys
    /// through, whose bytes are equal exactly when the strings are.
    ///
    /// - Parameters:
    ///   - key: the key.
    ///   - object: the object's token.
    /// - Returns: the value's token, or nil when the object has no such key.
    func member(_ key: some CodingKey, in object: Int) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { wanted -> Int? in
            let end = Int(tokens[object].end)
            var token = object + 1
            while token < end {
                let candidate = tokens[token]
                if Int(candidate.end - candidate.start) == wanted.count {
                    // Keys are short and mostly differ early: a loop here beats calling memcmp.
                    let start = Int(candidate.start)
                    var offset = 0
                    while offset < wanted.count, bytes[start + offset] == wanted[offset] {
                        offset += 1
                    }
                    if offset == wanted.count { return token + 1 }
                }
                token = after(token + 1)
            }
            return nil
        }
    }

    /// The keys of an object in file order, with their values' tokens.
    func members(of object: Int) -> [(key: String, value: Int)] {
        var members: [(key: String, value: Int)] = []
        let end = Int(tokens[object].end)
        var token = object + 1
        while token < end {
            members.append((text(of: token), token + 1))
            token = after(token + 1)
        }
        return members
    }

    /// The text of a string token, copied straight from the bytes unless it holds escapes.
    func text(of token: Int) -> String {
        let string = tokens[token]
        let range = Int(string.start)..<Int(string.end)
        guard string.flags.contains(.escaped) else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        scratch.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                scratch.append(byte)
                index += 1
                continue
            }
            if let simple = simpleEscape(bytes[index + 1]) {
                scratch.append(simple)
                index += 2
                continue
            }
            // The scanner has checked the four hex digits and that a high surrogate is followed by a low one.
            var scalar = hexQuad(at: index + 2)
            index += 6
            if (0xD800...0xDBFF).contains(scalar) {
                scalar = 0x10000 + (scalar - 0xD800) << 10 + (hexQuad(at: index + 2) - 0xDC00)
                index += 6
            }
            UTF8.encode(Unicode.Scalar(scalar)!) { scratch.append($0) }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private func hexQuad(at offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 4 | hexValue($1)! }
    }

    /// A number token read as an integer, as Foundation reads it.
    func integer<T: FixedWidthInteger>(_ type: T.Type, at token: Int) throws -> T {
        let number = tokens[token]
        guard number.kind == .number else { throw Unsupported(what: "not a number") }
        if let value = plainInteger(number), let exact = T(exactly: value) {
            return exact
        }
        guard case .value(let value) = JSONDiagnostics.wholeNumber(type, from: text(ofNumber: number)) else {
            throw Unsupported(what: "not a whole number in range")
        }
        return value
    }

    /// A number token read as a floating-point number, as Foundation reads it.
    func floatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type, at token: Int) throws -> T {
        let number = tokens[token]
        guard number.kind == .number else { throw Unsupported(what: "not a number") }
        // Up to 15 digits a whole number is exact in a Double, so converting it rounds once, as parsing does; zero
        // goes through the text, which keeps the sign of -0.
        if let value = plainInteger(number), value != 0, value.magnitude < 1_000_000_000_000_000 {
            return T(value)
        }
        guard let value = T(text(ofNumber: number)), value.isFinite else { throw Unsupported(what: "out of range") }
        // Foundation refuses a number too small to hold, such as 1e-400, but not a zero written as 0.0e5.
        if !value.isNormal, !value.isZero || hasNonzeroDigit(number) {
            throw Unsupported(what: "a number too small to hold")
        }
        return value
    }

    /// Whether a number has a digit other than zero before its exponent.
    private func hasNonzeroDigit(_ number: Token) -> Bool {
        let digits = bytes[Int(number.start)..<Int(number.end)].prefix { $0 | 0x20 != UInt8(ascii: "e") }
        return digits.contains { (UInt8(ascii: "1")...UInt8(ascii: "9")).contains($0) }
    }

    /// A number without fraction or exponent, of up to 18 digits, read straight from its bytes.
    private func plainInteger(_ number: Token) -> Int64? {
        guard !number.flags.contains(.notInteger), number.end - number.start <= 18 else { return nil }
        var index = Int(number.start)
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative {
            index += 1
        }
        var value: Int64 = 0
        while index < Int(number.end) {
            value = value &* 10 &+ Int64(bytes[index] &- UInt8(ascii: "0"))
            index += 1
        }
        return negative ? -value : value
    }

    private func text(ofNumber number: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(number.start)..<Int(number.end)]), as: UTF8.self)
    }
}
