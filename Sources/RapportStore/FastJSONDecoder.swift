import Foundation

/// Decodes store files in one pass over their bytes: the cold load's fast path.
///
/// `JSONDiagnostics.decode` checks a file's syntax with our own scanner and then lets Foundation's `JSONDecoder` parse
/// it again into a tree of values before building the records; on a big store that is most of a cold start. This
/// decoder checks the syntax exactly as strictly in one pass over the bytes, writing a flat tape of tokens (no tree of
/// allocated nodes), and then runs the records' own `Decodable` conformances over the tape, so each record's fields
/// stay defined once.
///
/// It never explains a failure: any problem, or anything it leaves to Foundation (a byte order mark, keys that are
/// not plain ASCII, `Data`, `Decimal`, `URL`), makes `decode(_:from:path:)` replay the file through
/// `JSONDiagnostics.decode`, so every message stays exactly what the strict path says.
enum FastJSONDecoder {
    /// Decodes a value through the fast path, and through the strict path when the fast one fails.
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - data: the file's bytes.
    ///   - path: the file as it is shown to the user.
    /// - Returns: the decoded value, the same as `JSONDiagnostics.decode` gives.
    /// - Throws: the problem `JSONDiagnostics.decode` reports.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws(FileProblem) -> T {
        if let value = try? value(type, from: data) {
            return value
        }
        return try JSONDiagnostics.decode(type, from: data, path: path)
    }

    /// Finds the first syntax problem in a file, as `JSONDiagnostics.syntaxProblem(in:path:)` does, scanning
    /// with the fast scanner and explaining with the strict one only when the fast one stops.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file as it is shown to the user.
    /// - Returns: the first problem in reading order, or nil when the file is well-formed JSON.
    static func syntaxProblem(in data: Data, path: String) -> FileProblem? {
        let isWellFormed = data.withUnsafeBytes { raw in
            (try? Scanner.tape(of: raw.bindMemory(to: UInt8.self))) != nil
        }
        return isWellFormed ? nil : JSONDiagnostics.syntaxProblem(in: data, path: path)
    }

    /// Decodes a value through the fast path alone.
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - data: the file's bytes.
    /// - Returns: the decoded value.
    /// - Throws: `Unsupported` for a syntax problem or a case left to the strict path, or whatever the value's
    ///   `init(from:)` throws; the errors carry no place, because the strict path is replayed to explain them.
    static func value<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { raw throws -> T in
            let bytes = raw.bindMemory(to: UInt8.self)
            let tape = try Scanner.tape(of: bytes)
            return try withExtendedLifetime(tape) { try TapeDecoder(tape: tape, token: 0).decodeValue(type) }
        }
    }

    /// Why the fast path gave up; the strict path says what is wrong.
    struct Unsupported: Error {
        /// A word for whoever debugs the fast path; it is never shown to a user.
        var what: StaticString
    }

    /// One JSON value on the tape: 16 bytes, with no references to count.
    struct Token {
        /// What kind of value a token is.
        enum Kind: UInt8 {
            case object, array, string, number, `true`, `false`, null
        }

        /// Flags on strings and numbers.
        struct Flags: OptionSet {
            let rawValue: UInt8
            /// A string with at least one backslash escape, which must be decoded rather than copied.
            static let escaped = Flags(rawValue: 1)
            /// A number with a fraction or an exponent, which is not a plain integer.
            static let notInteger = Flags(rawValue: 2)
        }

        var kind: Kind
        var flags: Flags
        /// Members of an object or elements of a list.
        var count: UInt32
        /// A string's first byte after the opening quote, or a number's first byte.
        var start: UInt32
        /// A string's closing quote or a number's end; for a container, the index of the token after it and all
        /// that it holds, which lets a reader skip it in one step.
        var end: UInt32
    }

    /// The tokens of a whole document and the bytes they point into, shared by every container of one decode.
    ///
    /// Objects are followed by their members, each a string token for the key and then the value's tokens; lists
    /// by their elements. The bytes are only valid while `value(_:from:)` runs, which is the life of a tape.
    final class Tape {
        /// A copy of the scanner's tokens that the tape owns: reading an array's elements through a class retained
        /// and released its storage on every read.
        let tokens: UnsafeBufferPointer<Token>
        let bytes: UnsafeBufferPointer<UInt8>
        /// Reused for strings that hold escapes.
        var scratch: [UInt8] = []

        init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
            let copy = UnsafeMutableBufferPointer<Token>.allocate(capacity: tokens.count)
            _ = copy.initialize(from: tokens)
            self.tokens = UnsafeBufferPointer(copy)
            self.bytes = bytes
        }

        deinit {
            tokens.deallocate()
        }
    }
}
