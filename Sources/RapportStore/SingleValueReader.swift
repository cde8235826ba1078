import Foundation

/// A decoder that is its own single-value container and reads every number through two generic functions.
///
/// Both of our JSON decoders, the fast one over a tape and the replaying one over the annotated tree, conform, so the
/// dozen numeric overloads that `SingleValueDecodingContainer` asks for are written once here.
protocol SingleValueReader: Decoder, SingleValueDecodingContainer {
    /// Reads the value as an integer of a type, the way Foundation's `JSONDecoder` does.
    func decodeInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T
    /// Reads the value as a floating-point number of a type, the way Foundation's `JSONDecoder` does.
    func decodeFloatingPoint<T: BinaryFloatingPoint & LosslessStringConvertible>(_ type: T.Type) throws -> T
    /// Decodes a value of any type, with Foundation's special cases for the types it treats its own way.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T
}

extension SingleValueReader {
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

    func singleValueContainer() -> any SingleValueDecodingContainer {
        self
    }
}
