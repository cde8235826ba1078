import Foundation
import RapportCore

/// Encodes `Codable` values into a compact binary form, for the summary index only.
///
/// The form keeps no keys: a keyed container writes its values in the order they are encoded, which for synthesized
/// conformances is declaration order, and `CompactDecoder` reads them back in the same order. An absent optional is
/// written as a marker rather than skipped, so that the order never shifts. Parsing JSON of the same data costs
/// several times more, and the index exists to make opening the store cheap.
struct CompactEncoder {
    /// Encodes a value.
    ///
    /// - Parameter value: the value.
    /// - Returns: the bytes.
    /// - Throws: only what the value's own `encode(to:)` throws.
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = Sink()
        try value.encode(to: Writer(sink: sink))
        return sink.bytes
    }

    // MARK: - The shared buffer

    /// The bytes written so far; containers share it as they nest.
    final class Sink {
        var bytes: [UInt8] = []

        func append(_ value: UInt64) {
            var value = value
            // Little-endian base-128, so that the many small numbers take one byte.
            while value >= 0x80 {
                bytes.append(UInt8(value & 0x7f) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        func append(_ value: Int64) {
            // Zigzag, so that small negative numbers stay short too.
            append(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
        }

        func append(_ text: String) {
            let utf8 = Array(text.utf8)
            append(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    // MARK: - Encoder and containers

    struct Writer: Encoder {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keyed(sink: sink))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            Unkeyed(sink: sink)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Single(sink: sink)
        }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] = []

        // Without a marker before every present value, a nil here could not be told from a value; nothing in the
        // index needs one, so it is refused rather than written ambiguously.
        mutating func encodeNil() throws {
            throw EncodingError.invalidValue(
                Any?.none as Any, EncodingError.Context(codingPath: codingPath, debugDescription: "nil outside a field")
            )
        }
        mutating func encode(_ value: Bool) throws { sink.bytes.append(value ? 1 : 0) }
        mutating func encode(_ value: String) throws { sink.append(value) }
        mutating func encode(_ value: Double) throws { sink.append(value.bitPattern) }
        mutating func encode(_ value: Float) throws { sink.append(UInt64(value.bitPattern)) }
        mutating func encode(_ value: Int) throws { sink.append(Int64(value)) }
        mutating func encode(_ value: Int8) throws { sink.append(Int64(value)) }
        mutating func encode(_ value: Int16) throws { sink.append(Int64(value)) }
        mutating func encode(_ value: Int32) throws { sink.append(Int64(value)) }
        mutating func encode(_ value: Int64) throws { sink.append(value) }
        mutating func encode(_ value: UInt) throws { sink.append(UInt64(value)) }
        mutating func encode(_ value: UInt8) throws { sink.append(UInt64(value)) }
        mutating func encode(_ value: UInt16) throws { sink.append(UInt64(value)) }
        mutating func encode(_ value: UInt32) throws { sink.append(UInt64(value)) }
        mutating func encode(_ value: UInt64) throws { sink.append(value) }
        // Days, money and times are written as the numbers they hold: their own conformances write text, which
        // took a fifth of the time of reading the index back.
        mutating func encode<T: Encodable>(_ value: T) throws {
            if T.self == Day.self {
                sink.append(Int64(unsafeBitCast(value, to: Day.self).ordinal))
            } else if T.self == Money.self {
                sink.append(unsafeBitCast(value, to: Money.self).cents)
            } else if T.self == TimeOfDay.self {
                sink.append(Int64(unsafeBitCast(value, to: TimeOfDay.self).minutes))
            } else {
                try value.encode(to: Writer(sink: sink))
            }
        }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: Sink
        var codingPath: [any CodingKey] = []

        private var single: Single { Single(sink: sink) }

        mutating func encodeNil(forKey key: Key) throws { sink.bytes.append(0) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: String, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: Int, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { var s = single; try s.encode(value) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { var s = single; try s.encode(value) }

        // Synthesized conformances skip absent optionals; a marker keeps the next value where the decoder looks.
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            guard let value else { return sink.bytes.append(0) }
            sink.bytes.append(1)
            try encode(value, forKey: key)
        }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value, key) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value, key) }

        private mutating func present<T: Encodable>(_ value: T?, _ key: Key) throws {
            try encodeIfPresent(value, forKey: key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>(sink: sink))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Unkeyed(sink: sink)
        }

        mutating func superEncoder() -> any Encoder { Writer(sink: sink) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { Writer(sink: sink) }
    }

    /// A list: its element count, patched in place as elements arrive, then the elements.
    struct Unkeyed: UnkeyedEncodingContainer {
        let sink: Sink
        var codingPath: [any CodingKey] = []
        private(set) var count = 0
        private let countAt: Int

        init(sink: Sink) {
            self.sink = sink
            countAt = sink.bytes.count
            // A fixed-width count can be patched without moving the elements after it.
            sink.bytes.append(contentsOf: [0, 0, 0, 0])
        }

        private mutating func counted(_ write: (inout Single) throws -> Void) rethrows {
            var single = Single(sink: sink)
            try write(&single)
            count += 1
            withUnsafeBytes(of: UInt32(count).littleEndian) { bytes in
                for (offset, byte) in bytes.enumerated() { sink.bytes[countAt + offset] = byte }
            }
        }

        mutating func encodeNil() throws { try counted { try $0.encodeNil() } }
        mutating func encode(_ value: Bool) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: String) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: Double) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: Float) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: Int) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: Int8) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: Int16) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: Int32) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: Int64) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: UInt) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: UInt8) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: UInt16) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: UInt32) throws { try counted { try $0.encode(value) } }
        mutating func encode(_ value: UInt64) throws { try counted { try $0.encode(value) } }
        mutating func encode<T: Encodable>(_ value: T) throws { try counted { try $0.encode(value) } }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            counted { _ in }
            return KeyedEncodingContainer(Keyed<NestedKey>(sink: sink))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            counted { _ in }
            return Unkeyed(sink: sink)
        }

        mutating func superEncoder() -> any Encoder {
            counted { _ in }
            return Writer(sink: sink)
        }
    }
}
