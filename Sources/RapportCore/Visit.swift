/// A stored visit: an occurrence of the visit rule that was moved, cancelled or done, or an ad-hoc visit.
///
/// Occurrences themselves are computed from the rule; a record exists only once something happens to one,
/// as with RFC 5545's RECURRENCE-ID.
public struct Visit: Codable, Sendable, Equatable, Record {
    public var id: String
    /// The rule occurrence this record overrides; nil for an ad-hoc visit.
    public var occurrence: Day?
    /// The day the visit actually happens or happened.
    public var on: Day
    public var at: TimeOfDay?
    public var technician: String?
    public var status: VisitStatus
    public var hours: Double?
    public var note: String?

    public var changedAt: String?
    public var changedBy: String?

    public init(
        id: String, occurrence: Day? = nil, on: Day, at: TimeOfDay? = nil, technician: String? = nil,
        status: VisitStatus = .planned, hours: Double? = nil, note: String? = nil
    ) {
        self.id = id
        self.occurrence = occurrence
        self.on = on
        self.at = at
        self.technician = technician
        self.status = status
        self.hours = hours
        self.note = note
    }
}

/// Where a visit stands.
public enum VisitStatus: String, Codable, Sendable, CaseIterable {
    case planned, done, cancelled
}
