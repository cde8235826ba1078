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
        var (base, ours, theirs) = (base, ours, theirs)
        alignOccurrences(base: &base, ours: &ours, theirs: &theirs)
        return try DocumentMerge.merge(base: base, ours: ours, theirs: theirs, conflicts: \.openConflicts)
    }

    /// Makes the two records that each side created for one occurrence of the visit rule one record.
    ///
    /// A visit of the rule gets a record only when something happens to it, so a visit marked done on one machine
    /// and moved on the other gets a record on each, with different ids. Both take the smaller id, and the base
    /// gets the occurrence as the rule planned it, so that the two records merge field by field: done, on the day
    /// it was moved to.
    static func alignOccurrences(base: inout Client?, ours: inout Client?, theirs: inout Client?) {
        guard var mine = ours, var other = theirs else { return }
        let known = Set(base?.visits.map(\.id) ?? [])
        for index in mine.visits.indices where !known.contains(mine.visits[index].id) {
            guard let occurrence = mine.visits[index].occurrence,
                let match = other.visits.firstIndex(where: {
                    $0.occurrence == occurrence && !known.contains($0.id) && $0.id != mine.visits[index].id
                })
            else { continue }
            let id = min(mine.visits[index].id, other.visits[match].id)
            mine.visits[index].id = id
            other.visits[match].id = id
            guard var planned = base else { continue }
            let rule = planned.schedule(from: occurrence, through: occurrence).first {
                $0.occurrence == occurrence && $0.recordID == nil
            }
            planned.visits.append(
                Visit(
                    id: id, occurrence: occurrence, on: occurrence, at: rule?.at, technician: rule?.technician,
                    status: .planned))
            base = planned
        }
        (ours, theirs) = (mine, other)
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
