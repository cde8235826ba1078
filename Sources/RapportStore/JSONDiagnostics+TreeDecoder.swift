import Foundation

extension JSONDiagnostics {
    /// A decoder over the annotated tree, used to replay a decode that Foundation rejected.
    ///
    /// Foundation reports some failures, such as 3.5 or 300 for an `Int8`, as "not valid JSON" with an empty coding
    /// path; this decoder fails at the same place with the full path. It mirrors `JSONDecoder` with its default
    /// strategies, including its special treatment of `Data` (Base64), `Decimal` and `URL`, so that it succeeds and
    /// fails on the same documents.
    struct TreeDecoder: Decoder, SingleValueDecodingContainer {
        let node: Node
        let codingPath: [any CodingKey]
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        /// Decodes a value the way `JSONDecoder` would.
        ///
        /// - Parameter type: the type to decode.
        /// - Returns: the value.
        /// - Throws: a `DecodingError` whose coding path leads to the offending value.
        func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
            switch type {
            case is Data.Type:
                guard let data = Data(base64Encoded: try decode(String.self)) else {
                    throw corrupted("expected Base64 data")
                }
                return data as! T
            case is Decimal.Type:
                guard let decimal = Decimal(string: try numberText(Decimal.self)) else {
                    throw corrupted("expected a decimal number")
                }
                return decimal as! T
            case is URL.Type:
                let text = try decode(String.self)
                guard let url = URL(string: text) else {
                    throw corrupted("expected a web address, found \(quoted(text))")
                }
                return url as! T
            default:
                return try T(from: self)
            }
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard case .object(let members) = node.value else { throw mismatch([String: Any].self) }
            return KeyedDecodingContainer(KeyedContainer(members: members, offset: node.offset, codingPath: codingPath))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            guard case .array(let elements) = node.value else { throw mismatch([Any].self) }
            return UnkeyedContainer(elements: elements, codingPath: codingPath)
        }

        func singleValueContainer() -> any SingleValueDecodingContainer {
            self
        }

        // MARK: - Single values

        func decodeNil() -> Bool {
            if case .null = node.value { true } else { false }
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            guard case .bool(let value) = node.value else { throw mismatch(type) }
            return value
        }

        func decode(_ type: String.Type) throws -> String {
            guard case .string(let value) = node.value else { throw mismatch(type) }
            return value
        }

        func decode(_ type: Double.Type) throws -> Double { try decodeFloatingPoint(type) }
        func decode(_ type: Float.Type) throws -> Float { try decodeFloatingPoint(type) }
        func decode(_ type: Int.Type) throws -> Int { try decodeInteger(type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decodeInteger(type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decodeInteger(type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decodeInteger(type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decodeInteger(type) }
        func decode(_ type: UInt.Type) throws -> UInt { try decodeInteger(type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeInteger(type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeInteger(type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeInteger(type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeInteger(type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

        private func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            let text = try numberText(type)
            if let value = T(text) {
                return value
            }
            // Like Foundation, accept a whole number written with a fraction or an exponent, such as 3.0 or 1e2.
            guard let approximate = Double(text), approximate.isFinite else { throw outOfRange(text) }
            guard approximate.rounded(.towardZero) == approximate else { throw mismatch(type) }
            guard let value = T(exactly: approximate) else { throw outOfRange(text) }
            return value
        }

        private func decodeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(
            _ type: T.Type
        ) throws -> T {
            let text = try numberText(type)
            guard let value = T(text), value.isFinite else { throw outOfRange(text) }
            return value
        }

        private func numberText(_ type: Any.Type) throws -> String {
            guard case .number(let text) = node.value else { throw mismatch(type) }
            return text
        }

        // MARK: - Errors

        /// A wrong kind of value; null counts as a missing value, as it does in Foundation.
        private func mismatch(_ type: Any.Type) -> DecodingError {
            let context = DecodingError.Context(codingPath: codingPath, debugDescription: "wrong kind of value")
            if case .null = node.value {
                return .valueNotFound(type, context)
            }
            return .typeMismatch(type, context)
        }

        private func outOfRange(_ text: String) -> DecodingError {
            corrupted("the number \(text) is out of range")
        }

        private func corrupted(_ reason: String) -> DecodingError {
            .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        }
    }

    // MARK: - Containers

    private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [Member]
        /// Where the object starts, for the null that stands in for a missing super key.
        let offset: Int
        let codingPath: [any CodingKey]

        var allKeys: [Key] {
            members.compactMap { Key(stringValue: $0.key) }
        }

        func contains(_ key: Key) -> Bool {
            members.contains { $0.key == key.stringValue }
        }

        func decodeNil(forKey key: Key) throws -> Bool { try decoder(for: key).decodeNil() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(for: key).decode(type) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(for: key).decode(type) }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(for: key).decode(type) }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder(for: key).decode(type) }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(for: key).decode(type) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder(for: key).decode(type) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder(for: key).decode(type) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder(for: key).decode(type) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder(for: key).decode(type) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder(for: key).decode(type) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder(for: key).decode(type) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder(for: key).decode(type) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder(for: key).decode(type) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(for: key).decode(type) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try decoder(for: key).decodeValue(type)
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder(for: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try decoder(for: key).unkeyedContainer()
        }

        func superDecoder() -> any Decoder {
            lenientDecoder(for: PathComponent.key("super"))
        }

        func superDecoder(forKey key: Key) -> any Decoder {
            lenientDecoder(for: key)
        }

        private func decoder(for key: any CodingKey) throws -> TreeDecoder {
            guard let member = members.first(where: { $0.key == key.stringValue }) else {
                let context = DecodingError.Context(codingPath: codingPath, debugDescription: "missing key")
                throw DecodingError.keyNotFound(key, context)
            }
            return TreeDecoder(node: member.value, codingPath: codingPath + [key])
        }

        /// Like Foundation, a super decoder for a missing key reads null instead of failing.
        private func lenientDecoder(for key: any CodingKey) -> TreeDecoder {
            let member = members.first { $0.key == key.stringValue }
            return TreeDecoder(
                node: member?.value ?? Node(value: .null, offset: offset), codingPath: codingPath + [key])
        }
    }

    private struct UnkeyedContainer: UnkeyedDecodingContainer {
        let elements: [Node]
        let codingPath: [any CodingKey]
        var currentIndex = 0

        init(elements: [Node], codingPath: [any CodingKey]) {
            self.elements = elements
            self.codingPath = codingPath
        }

        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd else { throw runOut(Never?.self) }
            guard case .null = elements[currentIndex].value else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: String.Type) throws -> String { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: Double.Type) throws -> Double { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: Float.Type) throws -> Float { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: Int.Type) throws -> Int { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next(type) { try $0.decode(type) } }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next(type) { try $0.decode(type) } }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next(type) { try $0.decodeValue(type) } }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try next([String: Any].self) { try $0.container(keyedBy: type) }
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try next([Any].self) { try $0.unkeyedContainer() }
        }

        mutating func superDecoder() throws -> any Decoder {
            try next((any Decoder).self) { $0 }
        }

        /// Decodes the element at `currentIndex` and moves past it.
        ///
        /// - Parameters:
        ///   - type: what is expected, to report a list that has run out.
        ///   - decode: decodes the element.
        /// - Returns: the decoded element.
        private mutating func next<T>(_ type: Any.Type, _ decode: (TreeDecoder) throws -> T) throws -> T {
            guard !isAtEnd else { throw runOut(type) }
            let path = codingPath + [PathComponent.index(currentIndex)]
            let value = try decode(TreeDecoder(node: elements[currentIndex], codingPath: path))
            currentIndex += 1
            return value
        }

        /// The error for reading past the last element, at the index that does not exist, as Foundation reports it.
        private func runOut(_ type: Any.Type) -> DecodingError {
            let path = codingPath + [PathComponent.index(currentIndex)]
            return .valueNotFound(
                type, DecodingError.Context(codingPath: path, debugDescription: "the list has run out"))
        }
    }
}
