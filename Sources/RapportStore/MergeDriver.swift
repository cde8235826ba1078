import Foundation
import RapportCore

/// What git's merge driver does with one store file: reads the three versions, merges them (`Client.merge`,
/// `Settings.merge`) and writes the result in canonical JSON over ours, never with conflict markers, so that both
/// machines end up with the same bytes.
public enum MergeDriver {
    /// Merges the three versions of one file git hands the driver (`%O %A %B %P`).
    ///
    /// - Parameters:
    ///   - base: the common ancestor's version; empty when the file is new on both sides.
    ///   - ours: our version, which the merged file replaces.
    ///   - theirs: their version.
    ///   - path: the file's path in the store, which says whether it is the settings or a client.
    /// - Returns: the conflicts the merge found, which are also kept in the file.
    /// - Throws: `FileProblem` when a version cannot be read as such a document; ours is left alone then.
    @discardableResult
    public static func merge(base: String, ours: String, theirs: String, path: String) throws -> [Conflict] {
        let data: Data
        let conflicts: [Conflict]
        if path == "settings.json" || path.hasSuffix("/settings.json") {
            let (merged, found) = try Settings.merge(
                base: try read(Settings.self, base, path), ours: try read(Settings.self, ours, path),
                theirs: try read(Settings.self, theirs, path))
            data = try CanonicalJSON.encode(merged)
            conflicts = found
        } else {
            let (merged, found) = try Client.merge(
                base: try read(Client.self, base, path), ours: try read(Client.self, ours, path),
                theirs: try read(Client.self, theirs, path))
            var client = merged
            client?.schemaVersion = Client.currentSchemaVersion
            data = try CanonicalJSON.encode(client)
            conflicts = found
        }
        // Git names the files relative to the work tree it runs the driver in.
        try DurableFile.write(data, to: URL(fileURLWithPath: ours).standardizedFileURL.path)
        return conflicts
    }

    /// One version of the file, or nil when it is empty, as git gives a file that one side does not have.
    private static func read<Document: Decodable>(_ type: Document.Type, _ file: String, _ path: String) throws
        -> Document?
    {
        guard let data = try DurableFile.read(file, shownAs: path), !data.isEmpty else { return nil }
        return try JSONDiagnostics.decode(Document.self, from: data, path: path)
    }
}
