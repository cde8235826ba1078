/// The content of `rapport.json`.
struct StoreMarker: Codable, Equatable {
    var format: String
    var schemaVersion: Int

    /// Only the version, to explain a file a newer rapport wrote that this one cannot decode.
    struct Version: Decodable {
        var schemaVersion: Int
    }
}
