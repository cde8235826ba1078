/// A visit on the calendar: a computed occurrence of the visit rule, or a stored record that overrides one
/// or stands alone.
public struct ScheduledVisit: Sendable, Equatable {
    public var on: Day
    public var at: TimeOfDay?
    public var technician: String?
    public var status: VisitStatus
    /// The rule occurrence this visit comes from; nil for an ad-hoc visit.
    public var occurrence: Day?
    public var hours: Double?
    public var note: String?
    /// The id of the stored record, or nil for an occurrence nothing has happened to yet.
    public var recordID: String?

    public init(
        on: Day, at: TimeOfDay?, technician: String?, status: VisitStatus, occurrence: Day?, hours: Double? = nil,
        note: String? = nil, recordID: String? = nil
    ) {
        self.on = on
        self.at = at
        self.technician = technician
        self.status = status
        self.occurrence = occurrence
        self.hours = hours
        self.note = note
        self.recordID = recordID
    }

    /// Creates the calendar entry of a stored record.
    ///
    /// - Parameter record: the stored visit.
    public init(_ record: Visit) {
        self.init(
            on: record.on, at: record.at, technician: record.technician, status: record.status,
            occurrence: record.occurrence, hours: record.hours, note: record.note, recordID: record.id)
    }
}
