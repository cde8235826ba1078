/// Something in a client file that carries a stamp of its last change, which a merge of two people's edits uses to
/// order two edits of one field.
public protocol Stamped: Sendable, Equatable {
    /// When it last changed, as an ISO 8601 timestamp with an offset.
    var changedAt: String? { get set }
    /// Who changed it, as `user@machine`.
    var changedBy: String? { get set }
}

/// A record in a client file: stamped, and with an id for life, which a merge uses to match records.
public protocol Record: Stamped {
    var id: String { get }
}

/// When, and by whom, a change was made: what the store stamps on every record the change touched.
public struct Stamp: Sendable, Equatable {
    /// An ISO 8601 timestamp with an offset, e.g. `2026-12-01T09:30:00+01:00`.
    public var at: String
    /// `user@machine`.
    public var by: String

    public init(at: String, by: String) {
        self.at = at
        self.by = by
    }
}

extension Stamped {
    /// The record without its stamp, for telling whether anything else about it changed.
    var unstamped: Self {
        var record = self
        record.changedAt = nil
        record.changedBy = nil
        return record
    }

    /// Stamps the record when it is new or differs from its earlier version in more than its stamp.
    ///
    /// - Parameters:
    ///   - old: the record as it was, or nil when it is new.
    ///   - stamp: when and by whom.
    /// - Returns: the record, stamped if it changed.
    func stamped(against old: Self?, _ stamp: Stamp) -> Self {
        guard old?.unstamped != unstamped else { return self }
        var record = self
        record.changedAt = stamp.at
        record.changedBy = stamp.by
        return record
    }
}

extension Array where Element: Record {
    /// Stamps the records that are new or changed since an earlier version of the list, matched by id.
    ///
    /// - Parameters:
    ///   - old: the list as it was.
    ///   - stamp: when and by whom.
    /// - Returns: the list with those records stamped.
    func stamped(against old: [Element], _ stamp: Stamp) -> [Element] {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return map { $0.stamped(against: before[$0.id], stamp) }
    }
}
