/// Two edits of one field that a merge could not both keep: the later one was kept, and the other waits here,
/// open, until someone settles it with `rapport conflicts resolve`.
public struct Conflict: Codable, Sendable, Equatable {
    /// The same on every machine that makes the same merge, so that two merges of one conflict keep one.
    public var id: String
    public var kind: ConflictKind
    /// Where in the document: keys and record ids joined by `/`, such as `notes` or `visits/01k…/on`.
    public var path: String
    /// The value kept, as JSON; `null` when the record was deleted.
    public var kept: String
    /// The value that lost, as JSON: the field, or the whole record that was edited when the other side deleted it.
    public var other: String
    /// Who made the edit that lost, and when, if the document says.
    public var otherBy: String?
    public var otherAt: String?

    public init(
        id: String, kind: ConflictKind, path: String, kept: String, other: String, otherBy: String? = nil,
        otherAt: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.path = path
        self.kept = kept
        self.other = other
        self.otherBy = otherBy
        self.otherAt = otherAt
    }

    /// One line saying what happened, for `check`, `client show` and `rapport conflicts`.
    public var summary: String {
        switch kind {
        case .changedOnBoth: "\(path): kept \(kept), other edit \(other)\(by)"
        case .editedAndDeleted: "\(path): deleted, but edited\(by) meanwhile"
        case .addedTwice: "merged: added on two machines"
        }
    }

    private var by: String { otherBy.map { " by \($0)" } ?? "" }
}

/// What kind of disagreement a conflict records.
public enum ConflictKind: String, Codable, Sendable, CaseIterable {
    /// Both sides changed a field to different values; the later change was kept.
    case changedOnBoth = "changed-on-both"
    /// One side deleted a record the other edited; the deletion was kept.
    case editedAndDeleted = "edited-and-deleted"
    /// Both sides added a client under one slug; it became one client with both sides' records.
    case addedTwice = "added-twice"
}
