import Foundation

// MARK: - Merging two machines' copies of a client

extension Client {
    /// Merges two edited copies of a client file against the copy both started from, record by record and field by
    /// field (see `ThreeWayMerge`). The conflicts found are also kept open on the merged client.
    ///
    /// - Parameters:
    ///   - base: the client both sides started from, or nil when it is new on both.
    ///   - ours: one side's client, or nil when that side deleted the file.
    ///   - theirs: the other side's.
    /// - Returns: the merged client, or nil when it is deleted, and the conflicts this merge found.
    /// - Throws: an error only when a document cannot be written as JSON, which a document read from a file can.
    public static func merge(base: Client?, ours: Client?, theirs: Client?) throws -> (Client?, [Conflict]) {
        try DocumentMerge.merge(base: base, ours: ours, theirs: theirs, conflicts: \.openConflicts)
    }

    /// The open conflicts; none when the file has none.
    public var openConflicts: [Conflict] {
        get { conflicts ?? [] }
        set { conflicts = newValue.isEmpty ? nil : newValue }
    }
}

extension Settings {
    /// Merges two edited copies of the settings as `Client.merge` merges clients: the rate card, the team and the
    /// defaults field by field, technicians matched by id.
    ///
    /// - Parameters:
    ///   - base: the settings both sides started from, or nil.
    ///   - ours: one side's settings.
    ///   - theirs: the other side's.
    /// - Returns: the merged settings and the conflicts this merge found.
    /// - Throws: an error only when a document cannot be written as JSON.
    public static func merge(base: Settings?, ours: Settings?, theirs: Settings?) throws -> (Settings?, [Conflict]) {
        try DocumentMerge.merge(base: base, ours: ours, theirs: theirs, conflicts: \.openConflicts)
    }

    /// The open conflicts; none when the file has none.
    public var openConflicts: [Conflict] {
        get { conflicts ?? [] }
        set { conflicts = newValue.isEmpty ? nil : newValue }
    }
}

/// Runs a `ThreeWayMerge` on typed documents, through their JSON form.
enum DocumentMerge {
    static func merge<Document: Codable>(
        base: Document?, ours: Document?, theirs: Document?,
        conflicts: WritableKeyPath<Document, [Conflict]>
    ) throws -> (Document?, [Conflict]) {
        var merger = ThreeWayMerge()
        let merged = merger.merge(base: try tree(base), ours: try tree(ours), theirs: try tree(theirs))
        guard let merged else { return (nil, merger.conflicts) }
        var document = try JSONDecoder().decode(Document.self, from: try JSONEncoder().encode(merged))
        let known = Set(document[keyPath: conflicts].map(\.id))
        document[keyPath: conflicts] += merger.conflicts.filter { !known.contains($0.id) }
        return (document, merger.conflicts)
    }

    private static func tree<Document: Codable>(_ document: Document?) throws -> JSONValue? {
        guard let document else { return nil }
        return try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(document))
    }
}
