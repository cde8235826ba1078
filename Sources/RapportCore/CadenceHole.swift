/// A visit the agreement's rule promised that is not on the calendar.
public struct CadenceHole: Sendable, Equatable {
    /// The day of the promised occurrence.
    public var day: Day
    /// Who the visit was for: the cancelled record's technician, or else the rule's.
    public var technician: String?
    public var reason: Reason

    /// Why the promised visit is not on the calendar.
    public enum Reason: String, Codable, Sendable, Equatable {
        /// Cancelled, and no visit took its place.
        case cancelled
        /// Its day passed with nothing done, cancelled or moved.
        case missed
    }

    public init(day: Day, technician: String?, reason: Reason) {
        self.day = day
        self.technician = technician
        self.reason = reason
    }
}
