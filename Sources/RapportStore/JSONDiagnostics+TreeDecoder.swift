import Foundation

extension JSONDiagnostics {
    /// A decoder over the annotated tree, used to replay a decode that Foundation rejected.
    ///
    /// Foundation reports some failures, such as 3.5 or 300 for an `Int8`, as "not valid JSON" with an empty coding
    /// path; this decoder fails at the same place with the full path. It mirrors `JSONDecoder` with its default
    /// strategies, including its special treatment of `Data` (Base64), `Decimal` and `URL`, so that it succeeds and
    /// fails on the same documents.
    struct TreeDecoder: SingleValueReader {
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

        func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            let text = try numberText(type)
            switch JSONDiagnostics.wholeNumber(type, from: text) {
            case .value(let value): return value
            case .fraction: throw mismatch(type)
            case .outOfRange: throw outOfRange(text)
            }
        }

        func decodeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T {
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

    private struct KeyedContainer<Key: CodingKey>: KeyedValueReader {
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

        func superDecoder() -> any Decoder {
            lenientDecoder(for: PathComponent.key("super"))
        }

        func superDecoder(forKey key: Key) -> any Decoder {
            lenientDecoder(for: key)
        }

        func valueReader(for key: Key) throws -> TreeDecoder {
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

    private struct UnkeyedContainer: UnkeyedValueReader {
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

        mutating func nextReader(_ type: Any.Type) throws -> TreeDecoder {
            guard !isAtEnd else { throw runOut(type) }
            let path = codingPath + [PathComponent.index(currentIndex)]
            defer { currentIndex += 1 }
            return TreeDecoder(node: elements[currentIndex], codingPath: path)
        }

        /// The error for reading past the last element, at the index that does not exist, as Foundation reports it.
        private func runOut(_ type: Any.Type) -> DecodingError {
            let path = codingPath + [PathComponent.index(currentIndex)]
            return .valueNotFound(
                type, DecodingError.Context(codingPath: path, debugDescription: "the list has run out"))
        }
    }
}
