import RapportCore

/// One visit as the `today` and `upcoming` reports show it: where to go, whom to ask for, what happened last time.
struct VisitEntry: Encodable {
    var client: String
    var name: String
    var on: Day
    var at: TimeOfDay?
    var technician: String?
    var status: VisitStatus
    var address: String?
    var travelMinutes: Int?
    var contact: Contact?
    var lastVisit: LastVisit?
    var note: String?

    /// Whom to ask for: the person without the record's id and stamp, which scripts have no use for here.
    struct Contact: Encodable {
        var name: String
        var role: String?
        var phone: String?
        var email: String?
        var primary: Bool

        init(_ person: Person) {
            name = person.name
            role = person.role
            phone = person.phone
            email = person.email
            primary = person.primary
        }
    }

    /// The last done visit before this one, for its note.
    struct LastVisit: Encodable {
        var on: Day
        var note: String?

        func encode(to encoder: any Encoder) throws {
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

    // Every key is written, null when unknown, so scripts can rely on them.
    func encode(to encoder: any Encoder) throws {
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
