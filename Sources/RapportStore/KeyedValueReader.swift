/// A keyed container that finds a decoder for a key's value and lets it read the value.
///
/// Shared by our two JSON decoders, so the overloads `KeyedDecodingContainerProtocol` asks for are written once.
protocol KeyedValueReader: KeyedDecodingContainerProtocol {
    associatedtype ValueReader: SingleValueReader
    /// The decoder for a key's value.
    ///
    /// - Throws: `DecodingError.keyNotFound` when the object has no such key.
    func valueReader(for key: Key) throws -> ValueReader
}

extension KeyedValueReader {
    func decodeNil(forKey key: Key) throws -> Bool { try valueReader(for: key).decodeNil() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try valueReader(for: key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try valueReader(for: key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try valueReader(for: key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try valueReader(for: key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try valueReader(for: key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try valueReader(for: key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try valueReader(for: key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try valueReader(for: key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try valueReader(for: key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try valueReader(for: key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try valueReader(for: key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try valueReader(for: key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try valueReader(for: key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try valueReader(for: key).decode(type) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try valueReader(for: key).decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try valueReader(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try valueReader(for: key).unkeyedContainer()
    }
}
