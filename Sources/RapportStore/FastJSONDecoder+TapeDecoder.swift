import Foundation

extension FastJSONDecoder {
    /// A decoder for one value on the tape.
    ///
    /// It succeeds exactly where Foundation's `JSONDecoder` with its default strategies does and gives the same
    /// values; it gives up on `Data`, `Decimal` and `URL`, which Foundation decodes its own way. Its errors carry no
    /// coding path, which would cost an array per value: the strict path is replayed to explain a failure.
    struct TapeDecoder: SingleValueReader {
        /// Not counted: `FastJSONDecoder.value(_:from:)` keeps the tape alive for the whole decode, and counting
        /// the references of every decoder and container cost more than scanning the file.
        unowned(unsafe) let tape: Tape
        let token: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        private var kind: Token.Kind { tape.tokens[token].kind }

        func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
            let id = ObjectIdentifier(type)
            if id == ObjectIdentifier(Data.self) || id == ObjectIdentifier(Decimal.self)
                || id == ObjectIdentifier(URL.self)
            {
                throw Unsupported(what: "a type Foundation decodes its own way")
            }
            return try T(from: self)
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard kind == .object else { throw Unsupported(what: "not an object") }
            return KeyedDecodingContainer(KeyedContainer(tape: tape, object: token))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard kind == .array else { throw Unsupported(what: "not a list") }
            return UnkeyedContainer(tape: tape, next: token + 1, count: Int(tape.tokens[token].count))
        }

        func decodeNil() -> Bool {
            kind == .null
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            switch kind {
            case .true: return true
            case .false: return false
            default: throw Unsupported(what: "not a Boolean")
            }
        }

        func decode(_ type: String.Type) throws -> String {
            guard kind == .string else { throw Unsupported(what: "not a string") }
            return tape.text(of: token)
        }

        func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            try tape.integer(type, at: token)
        }

        func decodeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T {
            try tape.floatingPoint(type, at: token)
        }
    }

    // MARK: - Containers

    private struct KeyedContainer<Key: CodingKey>: KeyedValueReader {
        unowned(unsafe) let tape: Tape
        let object: Int
        var codingPath: [any CodingKey] { [] }

        var allKeys: [Key] {
            tape.members(of: object).compactMap { Key(stringValue: $0.key) }
        }

        func contains(_ key: Key) -> Bool {
            tape.member(key, in: object) != nil
        }

        func valueReader(for key: Key) throws -> TapeDecoder {
            guard let value = tape.member(key, in: object) else { throw Unsupported(what: "a missing key") }
            return TapeDecoder(tape: tape, token: value)
        }

        // An optional key is looked up once here, where the protocol's own versions look it up three times.

        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try presentReader(for: key)?.decode(type)
        }

        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try presentReader(for: key)?.decode(type)
        }

        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try presentReader(for: key)?.decode(type)
        }

        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
            try presentReader(for: key)?.decode(type)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try presentReader(for: key)?.decodeValue(type)
        }

        /// The decoder for a key's value, or nil when the key is missing or null.
        private func presentReader(for key: Key) -> TapeDecoder? {
            guard let value = tape.member(key, in: object), tape.tokens[value].kind != .null else { return nil }
            return TapeDecoder(tape: tape, token: value)
        }

        func superDecoder() throws -> any Decoder {
            guard let value = tape.member(JSONDiagnostics.PathComponent.key("super"), in: object) else {
                throw Unsupported(what: "a missing super key")
            }
            return TapeDecoder(tape: tape, token: value)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            try valueReader(for: key)
        }
    }

    private struct UnkeyedContainer: UnkeyedValueReader {
        unowned(unsafe) let tape: Tape
        /// The token of the element at `currentIndex`.
        var next: Int
        let count: Int?
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= count! }

        init(tape: Tape, next: Int, count: Int) {
            self.tape = tape
            self.next = next
            self.count = count
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw Unsupported(what: "the end of a list") }
            guard tape.tokens[next].kind == .null else { return false }
            _ = try nextReader(Never?.self)
            return true
        }

        mutating func nextReader(_ type: Any.Type) throws -> TapeDecoder {
            guard !isAtEnd else { throw Unsupported(what: "the end of a list") }
            let reader = TapeDecoder(tape: tape, token: next)
            next = tape.after(next)
            currentIndex += 1
            return reader
        }
    }
}
