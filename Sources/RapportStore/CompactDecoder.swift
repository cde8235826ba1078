import Foundation
import RapportCore

/// Decodes what `CompactEncoder` wrote, reading values in the order they were written.
///
/// Every read is bounds-checked, so a cut-short or damaged index fails to decode instead of crashing; the index is
/// then rebuilt from the client files.
struct CompactDecoder {
    /// Decodes a value.
    ///
    /// - Parameters:
    ///   - type: the type written.
    ///   - bytes: the bytes.
    /// - Returns: the value.
    /// - Throws: `DecodingError.dataCorrupted` when the bytes end early or do not fit the type.
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let source = Source(bytes: bytes)
        let value = try T(from: Reader(source: source))
        guard source.offset == bytes.count else { throw Source.corrupted("bytes left over after the value") }
        return value
    }

    // MARK: - The shared cursor

    /// The bytes and how far they have been read; containers share it as they nest.
    final class Source {
        let bytes: [UInt8]
        var offset = 0
        /// Rules already parsed: most agreements share a handful of them.
        var rules: [String: RecurrenceRule] = [:]

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        static func corrupted(_ reason: String) -> DecodingError {
            .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "summary index: \(reason)"))
        }

        func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw Source.corrupted("cut short") }
            defer { offset += 1 }
            return bytes[offset]
        }

        func unsigned() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                guard shift < 64 else { throw Source.corrupted("a number is too long") }
                value |= UInt64(next & 0x7f) << shift
                if next < 0x80 { return value }
                shift += 7
            }
        }

        func signed() throws -> Int64 {
            let raw = try unsigned()
            return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        }

        func signedInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard let exact = T(exactly: try signed()) else {
                throw Source.corrupted("a number does not fit \(T.self)")
            }
            return exact
        }

        func unsignedInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard let exact = T(exactly: try unsigned()) else {
                throw Source.corrupted("a number does not fit \(T.self)")
            }
            return exact
        }

        func string() throws -> String {
            let count = try unsigned()
            guard count <= UInt64(bytes.count - offset) else { throw Source.corrupted("cut short in a text") }
            let end = offset + Int(count)
            defer { offset = end }
            guard let text = String(validating: bytes[offset..<end], as: UTF8.self) else {
                throw Source.corrupted("a text is not UTF-8")
            }
            return text
        }

        func count() throws -> Int {
            guard bytes.count - offset >= 4 else { throw Source.corrupted("cut short in a list") }
            defer { offset += 4 }
            return (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
    }

    // MARK: - Decoder and containers

    struct Reader: Decoder {
        let source: Source
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Keyed(source: source))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try Unkeyed(source: source)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            Single(source: source)
        }
    }

    struct Single: SingleValueDecodingContainer {
        let source: Source
        var codingPath: [any CodingKey] = []

        // `CompactEncoder` refuses nil outside a keyed container, so a value is never nil here.
        func decodeNil() -> Bool { false }

        func decode(_ type: Bool.Type) throws -> Bool {
            switch try source.byte() {
            case 0: return false
            case 1: return true
            default: throw Source.corrupted("a flag is neither 0 nor 1")
            }
        }

        func decode(_ type: String.Type) throws -> String { try source.string() }
        func decode(_ type: Double.Type) throws -> Double { Double(bitPattern: try source.unsigned()) }
        func decode(_ type: Float.Type) throws -> Float { Float(bitPattern: try source.unsignedInteger(UInt32.self)) }
        func decode(_ type: Int.Type) throws -> Int { try source.signedInteger(Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try source.signedInteger(Int8.self) }
        func decode(_ type: Int16.Type) throws -> Int16 { try source.signedInteger(Int16.self) }
        func decode(_ type: Int32.Type) throws -> Int32 { try source.signedInteger(Int32.self) }
        func decode(_ type: Int64.Type) throws -> Int64 { try source.signed() }
        func decode(_ type: UInt.Type) throws -> UInt { try source.unsignedInteger(UInt.self) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try source.unsignedInteger(UInt8.self) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try source.unsignedInteger(UInt16.self) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try source.unsignedInteger(UInt32.self) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try source.unsigned() }
        // The counterpart of `CompactEncoder.Single.encode(_:)`'s numbers for days, money and times.
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if T.self == Day.self {
                return unsafeBitCast(Day(ordinal: try source.signedInteger(Int.self)), to: T.self)
            } else if T.self == Money.self {
                return unsafeBitCast(Money(cents: try source.signed()), to: T.self)
            } else if T.self == TimeOfDay.self {
                let minutes = try source.signedInteger(Int.self)
                guard let time = TimeOfDay(hour: minutes / 60, minute: minutes % 60) else {
                    throw Source.corrupted("\(minutes) is not a time of day")
                }
                return unsafeBitCast(time, to: T.self)
            } else if T.self == RecurrenceRule.self {
                return unsafeBitCast(try rule(), to: T.self)
            }
            return try T(from: Reader(source: source))
        }

        private func rule() throws -> RecurrenceRule {
            let text = try source.string()
            if let known = source.rules[text] { return known }
            guard let rule = try? RecurrenceRule(parsing: text) else { throw Source.corrupted("a rule does not parse") }
            source.rules[text] = rule
            return rule
        }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let source: Source
        var codingPath: [any CodingKey] = []
        var allKeys: [Key] { [] }

        private var single: Single { Single(source: source) }

        // Every key is "there": an absent optional was written as a marker, which `decodeNil` reads.
        func contains(_ key: Key) -> Bool { true }

        func decodeNil(forKey key: Key) throws -> Bool {
            switch try source.byte() {
            case 0: return true
            case 1: return false
            default: throw Source.corrupted("an optional's marker is neither 0 nor 1")
            }
        }

        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try single.decode(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try single.decode(type) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try single.decode(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try single.decode(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try single.decode(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try single.decode(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try single.decode(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try single.decode(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try single.decode(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try single.decode(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try single.decode(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try single.decode(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try single.decode(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try single.decode(type) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try single.decode(type) }

        // An optional is its marker, then the value when present. Stated here rather than left to the protocol's
        // default, which goes through `contains` and a generic `decode` for each one: summaries are mostly
        // optionals, and a warm report decodes a thousand clients' of them.
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try decodeNil(forKey: key) ? nil : try single.decode(type)
        }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try decodeNil(forKey: key) ? nil : try single.decode(type)
        }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
            try decodeNil(forKey: key) ? nil : try single.decode(type)
        }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try decodeNil(forKey: key) ? nil : try single.decode(type)
        }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try decodeNil(forKey: key) ? nil : try single.decode(type)
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            KeyedDecodingContainer(Keyed<NestedKey>(source: source))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try Unkeyed(source: source)
        }

        func superDecoder() throws -> any Decoder { Reader(source: source) }
        func superDecoder(forKey key: Key) throws -> any Decoder { Reader(source: source) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let source: Source
        var codingPath: [any CodingKey] = []
        let count: Int?
        private(set) var currentIndex = 0

        init(source: Source) throws {
            self.source = source
            count = try source.count()
        }

        var isAtEnd: Bool { currentIndex >= count ?? 0 }

        private mutating func next<T>(_ read: (Single) throws -> T) throws -> T {
            guard !isAtEnd else { throw Source.corrupted("a list has fewer items than read") }
            currentIndex += 1
            return try read(Single(source: source))
        }

        mutating func decodeNil() throws -> Bool { false }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try next { try $0.decode(type) } }
        mutating func decode(_ type: String.Type) throws -> String { try next { try $0.decode(type) } }
        mutating func decode(_ type: Double.Type) throws -> Double { try next { try $0.decode(type) } }
        mutating func decode(_ type: Float.Type) throws -> Float { try next { try $0.decode(type) } }
        mutating func decode(_ type: Int.Type) throws -> Int { try next { try $0.decode(type) } }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next { try $0.decode(type) } }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next { try $0.decode(type) } }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next { try $0.decode(type) } }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next { try $0.decode(type) } }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next { try $0.decode(type) } }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next { try $0.decode(type) } }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next { try $0.decode(type) } }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next { try $0.decode(type) } }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next { try $0.decode(type) } }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next { try $0.decode(type) } }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try next { KeyedDecodingContainer(Keyed<NestedKey>(source: $0.source)) }
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next { try Unkeyed(source: $0.source) }
        }

        mutating func superDecoder() throws -> any Decoder {
            try next { Reader(source: $0.source) }
        }
    }
}
