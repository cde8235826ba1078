import Foundation

// MARK: - The technician remembered in the config file

extension StoreLocation {
    /// The technician whose day `rapport today`, `rapport week` and the dashboard show when no `--technician` is
    /// given: the config file's `technician`, `{"technician": "js"}`.
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: the technician id, or nil when none is remembered.
    /// - Throws: a `FileProblem` in the config file when it cannot be read or is not such a JSON object.
    public static func configuredTechnician(environment: [String: String]) throws(FileProblem) -> String? {
        guard let technician = try readConfigFile(environment: environment)?.technician, !technician.isEmpty else {
            return nil
        }
        return technician
    }

    /// Remembers a technician in the config file, or forgets the one there, keeping everything else the file says.
    /// The file and its directory are made when missing.
    ///
    /// - Parameters:
    ///   - technician: the technician id, or nil to forget it.
    ///   - environment: the process environment.
    /// - Throws: a `FileProblem` when the file cannot be read, or a `StoreError` when it cannot be written.
    public static func remember(technician: String?, environment: [String: String]) throws {
        let file = configFile(environment: environment)
        var content: [String: Any] = [:]
        // Read as it is rather than decoded, so keys this version does not know survive the rewrite.
        if try readConfigFile(environment: environment) != nil, let data = FileManager.default.contents(atPath: file),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        {
            content = object
        }
        guard content["technician"] as? String != technician else { return }
        content["technician"] = technician
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let data = try JSONSerialization.data(
            withJSONObject: content, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        try DurableFile.write(data + Data("\n".utf8), to: file)
    }
}
