/// One contact with a client: a call, an email, a visit, a note.
public struct Touchpoint: Codable, Sendable, Equatable, Record {
    public var id: String
    public var on: Day
    public var via: ContactChannel
    /// The technician id of who made the contact.
    public var by: String?
    public var note: String?
    /// When someone should get back to the client.
    public var followUp: Day?

    public var changedAt: String?
    public var changedBy: String?

    public init(id: String, on: Day, via: ContactChannel, by: String? = nil, note: String? = nil, followUp: Day? = nil)
    {
        self.id = id
        self.on = on
        self.via = via
        self.by = by
        self.note = note
        self.followUp = followUp
    }
}

/// How a contact was made.
public enum ContactChannel: String, Codable, Sendable, CaseIterable {
    case call, email, visit
    case dropBy = "drop-by"
    case meeting, note

    /// The channel with its indefinite article, e.g. `an email`.
    public var withArticle: String {
        self == .email ? "an email" : "a \(rawValue)"
    }
}
