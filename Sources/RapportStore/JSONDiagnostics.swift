import Foundation

/// Reads store files and explains, in our own words and at an exact line and column, what is wrong with a bad one.
///
/// `decode(_:from:path:)` first checks the syntax with our own scanner, then lets Foundation's `JSONDecoder` build
/// the value. The syntax check runs on every file, not only after a failure, because Foundation on Linux is lenient
/// where a hand-edited file needs to be told off: it accepts trailing commas, keeps the first of two duplicated keys,
/// and never looks at bad escapes, control characters or invalid UTF-8 inside values that no field reads. The
/// check costs a fraction of the decode itself.
///
/// When Foundation fails, the decode is replayed over our own position-annotated parse, because Foundation reports
/// some failures, such as 3.5 for a whole number, without saying where they are.
enum JSONDiagnostics {
    /// One step of a path into a JSON document: a key in an object, or a 0-based index in a list.
    ///
    /// Hand-made paths are literals, such as `["visits", 2, "id"]`; coding paths from a `DecodingError` convert
    /// with `init(_:)`.
    enum PathComponent: Hashable, Sendable, CodingKey, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)

        /// Converts a coding key, recognising the `Index N` keys that decoders use for list elements.
        ///
        /// - Parameter codingKey: a key from a coding path.
        init(_ codingKey: any CodingKey) {
            if let index = codingKey.intValue, codingKey.stringValue == "Index \(index)" {
                self = .index(index)
            } else {
                self = .key(codingKey.stringValue)
            }
        }

        init(stringLiteral value: String) {
            self = .key(value)
        }

        init(integerLiteral value: Int) {
            self = .index(value)
        }

        init?(stringValue: String) {
            self = .key(stringValue)
        }

        init?(intValue: Int) {
            self = .index(intValue)
        }

        var stringValue: String {
            switch self {
            case .key(let key): key
            case .index(let index): "Index \(index)"
            }
        }

        var intValue: Int? {
            switch self {
            case .key: nil
            case .index(let index): index
            }
        }
    }

    /// Decodes a value, turning any failure into a located problem in our own words.
    ///
    /// - Parameters:
    ///   - type: the type to decode.
    ///   - data: the file's bytes.
    ///   - path: the file as it is shown to the user.
    /// - Returns: the decoded value.
    /// - Throws: the first syntax problem in the file, or else the place and reason the value could not be decoded.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws(FileProblem) -> T {
        let bytes = [UInt8](data)
        if let problem = syntaxProblem(in: bytes, path: path) {
            throw problem
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            // The syntax check has passed, so building the tree cannot fail.
            let root = try! Parser.tree(of: bytes)
            throw decodingProblem(error, decoding: T.self, root: root, bytes: bytes, path: path)
        }
    }

    /// Finds the first syntax problem in a file: anything that is not strict UTF-8 JSON, and duplicated keys.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file as it is shown to the user.
    /// - Returns: the first problem in reading order, or nil when the file is well-formed JSON.
    static func syntaxProblem(in data: Data, path: String) -> FileProblem? {
        syntaxProblem(in: [UInt8](data), path: path)
    }

    /// The 1-based line and column where the value at a path starts.
    ///
    /// Use it to place problems found after decoding, such as a visit id that is used twice.
    ///
    /// - Parameters:
    ///   - path: the keys and 0-based indices leading to the value, such as `["visits", 2, "id"]`.
    ///   - data: the file's bytes.
    /// - Returns: the position, or nil when the data is not well-formed JSON or holds nothing at that path.
    static func location(of path: [PathComponent], in data: Data) -> (line: Int, column: Int)? {
        let bytes = [UInt8](data)
        guard let root = try? Parser.tree(of: bytes),
            let node = root.descendant(at: path)
        else { return nil }
        return lineAndColumn(ofByte: node.offset, in: bytes)
    }

    /// The 1-based line and column where the value at a coding path starts.
    ///
    /// - Parameters:
    ///   - codingPath: a coding path, such as the one in a `DecodingError`'s context.
    ///   - data: the file's bytes.
    /// - Returns: the position, or nil when the data is not well-formed JSON or holds nothing at that path.
    static func location(of codingPath: [any CodingKey], in data: Data) -> (line: Int, column: Int)? {
        location(of: codingPath.map(PathComponent.init), in: data)
    }

    // MARK: - Shared helpers

    /// Finds the first syntax problem in bytes already copied out of their `Data`.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - path: the file as it is shown to the user.
    /// - Returns: the first problem in reading order, or nil when the file is well-formed JSON.
    static func syntaxProblem(in bytes: [UInt8], path: String) -> FileProblem? {
        var parser = Parser(bytes: bytes, buildsTree: false)
        do {
            _ = try parser.parseDocument()
            return nil
        } catch {
            let (line, column) = lineAndColumn(ofByte: error.offset, in: bytes)
            return FileProblem(path: path, line: line, column: column, reason: error.reason)
        }
    }

    /// How a JSON number reads as an integer of some type.
    enum WholeNumber<T> {
        case value(T)
        /// The number has a fraction, such as 3.5.
        case fraction
        /// The number is beyond the type's range, or beyond a `Double`'s.
        case outOfRange
    }

    /// Reads a JSON number as an integer the way Foundation's `JSONDecoder` does: a whole number written with a
    /// fraction or an exponent, such as 3.0 or 1e2, counts, as long as its `Double` is exactly a value of the type.
    ///
    /// - Parameters:
    ///   - type: the integer type.
    ///   - text: the number as written, valid JSON.
    /// - Returns: the integer, or why there is none.
    static func wholeNumber<T: FixedWidthInteger>(_ type: T.Type, from text: String) -> WholeNumber<T> {
        if let value = T(text) {
            return .value(value)
        }
        guard let approximate = Double(text), approximate.isFinite else { return .outOfRange }
        guard approximate.rounded(.towardZero) == approximate else { return .fraction }
        guard let value = T(exactly: approximate) else { return .outOfRange }
        return .value(value)
    }

    /// Converts a byte offset into a 1-based line and a column counted in Unicode scalars.
    ///
    /// A UTF-8 byte order mark is invisible in editors, so it does not count as a column.
    ///
    /// - Parameters:
    ///   - offset: the byte offset, which may be the end of the data.
    ///   - bytes: the file's bytes, valid UTF-8 up to `offset`.
    /// - Returns: the line and column.
    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = bytes.starts(with: Parser.byteOrderMark) ? min(Parser.byteOrderMark.count, offset) : 0
        while index < offset {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[index] & 0b1100_0000 != 0b1000_0000 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
