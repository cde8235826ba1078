/// An unkeyed container that hands out a decoder for each element in turn.
///
/// Shared by our two JSON decoders, so the overloads `UnkeyedDecodingContainer` asks for are written once.
protocol UnkeyedValueReader: UnkeyedDecodingContainer {
    associatedtype ValueReader: SingleValueReader
    /// The decoder for the element at `currentIndex`, moving past it.
    ///
    /// - Parameter type: what is expected, to report a list that has run out.
    /// - Throws: `DecodingError.valueNotFound` when the list has run out.
    mutating func nextReader(_ type: Any.Type) throws -> ValueReader
}

extension UnkeyedValueReader {
    mutating func decode(_ type: Bool.Type) throws -> Bool { try nextReader(type).decode(type) }
    mutating func decode(_ type: String.Type) throws -> String { try nextReader(type).decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try nextReader(type).decode(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try nextReader(type).decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try nextReader(type).decode(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try nextReader(type).decode(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try nextReader(type).decode(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try nextReader(type).decode(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try nextReader(type).decode(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try nextReader(type).decode(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try nextReader(type).decode(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try nextReader(type).decode(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try nextReader(type).decode(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try nextReader(type).decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try nextReader(type).decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try nextReader([String: Any].self).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try nextReader([Any].self).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        try nextReader((any Decoder).self)
    }
}
