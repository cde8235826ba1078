/// The fields to change on a logged contact; nil leaves a field as it is.
public struct TouchpointEdit: Sendable, Equatable {
    public var via: ContactChannel?
    public var on: Day?
    /// Who made the contact; "" clears it.
    public var by: String?
    /// "" clears it.
    public var note: String?
    /// `.some(nil)` clears the follow-up.
    public var followUp: Day??

    public init(
        via: ContactChannel? = nil, on: Day? = nil, by: String? = nil, note: String? = nil, followUp: Day?? = nil
    ) {
        self.via = via
        self.on = on
        self.by = by
        self.note = note
        self.followUp = followUp
    }
}

/// The fields to change on a stored visit; nil leaves a field as it is. Its status changes through the visit's own
/// changes (done, cancelled).
public struct VisitEdit: Sendable, Equatable {
    public var on: Day?
    /// `.some(nil)` clears the time.
    public var at: TimeOfDay??
    /// "" clears it.
    public var technician: String?
    /// The hours of a done visit.
    public var hours: Double?
    /// "" clears it.
    public var note: String?

    public init(
        on: Day? = nil, at: TimeOfDay?? = nil, technician: String? = nil, hours: Double? = nil, note: String? = nil
    ) {
        self.on = on
        self.at = at
        self.technician = technician
        self.hours = hours
        self.note = note
    }
}

/// The fields to change on a survey; nil leaves a field as it is.
public struct SurveyEdit: Sendable, Equatable {
    public var sent: Day?
    public var answered: Day?
    public var score: Int?
    /// "" clears it.
    public var comment: String?

    public init(sent: Day? = nil, answered: Day? = nil, score: Int? = nil, comment: String? = nil) {
        self.sent = sent
        self.answered = answered
        self.score = score
        self.comment = comment
    }
}

/// The fields to change on a top-up or correction of an hours bank; nil leaves a field as it is.
public struct HoursAdjustmentEdit: Sendable, Equatable {
    public var on: Day?
    public var hours: Double?
    /// "" clears it.
    public var note: String?

    public init(on: Day? = nil, hours: Double? = nil, note: String? = nil) {
        self.on = on
        self.hours = hours
        self.note = note
    }
}

/// The fields to change on a person; nil leaves a field as it is.
public struct PersonEdit: Sendable, Equatable {
    public var name: String?
    /// "" clears it, as for the phone and the email.
    public var role: String?
    public var phone: String?
    public var email: String?
    /// True makes the person the primary contact in place of whoever was; false only unmarks them.
    public var primary: Bool?

    public init(
        name: String? = nil, role: String? = nil, phone: String? = nil, email: String? = nil, primary: Bool? = nil
    ) {
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.primary = primary
    }
}
