import RapportCore

/// One visit as the `today` and `upcoming` reports show it: where to go, whom to ask for, what happened last time.
public struct VisitEntry: Encodable, Sendable, Equatable {
    public var client: String
    public var name: String
    public var on: Day
    public var at: TimeOfDay?
    public var technician: String?
    public var status: VisitStatus
    public var address: String?
    public var travelMinutes: Int?
    public var contact: Contact?
    public var lastVisit: LastVisit?
    public var note: String?

    /// Whom to ask for: the person without the record's id and stamp, which scripts have no use for here.
    public struct Contact: Encodable, Sendable, Equatable {
        public var name: String
        public var role: String?
        public var phone: String?
        public var email: String?
        public var primary: Bool

        init(_ person: Person) {
            name = person.name
            role = person.role
            phone = person.phone
            email = person.email
            primary = person.primary
        }
    }

    /// The last done visit before this one, for its note.
    public struct LastVisit: Encodable, Sendable, Equatable {
        public var on: Day
        public var note: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(on, forKey: .on)
            try container.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case on, note }
    }

    init(client: Client, visit: ScheduledVisit) {
        self.client = client.id
        name = client.name
        on = visit.on
        at = visit.at
        technician = visit.technician
        status = visit.status
        address = client.address
        travelMinutes = client.travelMinutes
        contact = client.primaryContact.map(Contact.init)
        note = visit.note
        lastVisit = client.lastVisit(before: visit.on).map { LastVisit(on: $0.on, note: $0.note) }
    }

    /// The visits of a span that are still on the calendar, planned or done, in calendar order.
    ///
    /// A cancelled visit is left out everywhere: it will not happen, and its record stays in the client's history.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - from: the first day.
    ///   - through: the last day.
    ///   - technician: the only technician whose visits are listed, if any.
    /// - Returns: the entries.
    static func onCalendar(_ portfolio: Portfolio, from: Day, through: Day, technician: String?) -> [VisitEntry] {
        portfolio.visits(from: from, through: through, technician: technician)
            .filter { $0.visit.status != .cancelled }
            .map { VisitEntry(client: $0.client, visit: $0.visit) }
    }

    /// The time as a schedule shows it: `09:30`, or `--:--` when the visit has none.
    public var timeText: String { at?.description ?? "--:--" }

    /// Where to go, in words: `12 Main St, Springfield (25 min away)`.
    public var placeText: String {
        (address ?? "no address on file") + (travelMinutes.map { " (\($0) min away)" } ?? "")
    }

    /// Whom to ask for, in words: `Ask for Dana Ruiz, Office manager, +1 555 0100`; nil without a contact.
    public var contactText: String? {
        contact.map { person in
            (["Ask for \(person.name)"] + [person.role, person.phone].compactMap { $0 }).joined(separator: ", ")
        }
    }

    /// The last visit in words: `Last visit Tue 24 Nov: Patched server`; nil when there was none.
    public var lastVisitText: String? {
        lastVisit.map { "Last visit \($0.on.short): \($0.note ?? "no note")" }
    }

    // Every key is written, null when unknown, so scripts can rely on them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(client, forKey: .client)
        try container.encode(name, forKey: .name)
        try container.encode(on, forKey: .on)
        try container.encode(at, forKey: .at)
        try container.encode(technician, forKey: .technician)
        try container.encode(status, forKey: .status)
        try container.encode(address, forKey: .address)
        try container.encode(travelMinutes, forKey: .travelMinutes)
        try container.encode(contact, forKey: .contact)
        try container.encode(lastVisit, forKey: .lastVisit)
        try container.encode(note, forKey: .note)
    }

    enum CodingKeys: String, CodingKey {
        case client, name, on, at, technician, status, address, travelMinutes, contact, lastVisit, note
    }
}
