import RapportCore

/// `rapport today` and the dashboard's Today view: the day's visits with everything a technician needs on the way,
/// the follow-ups due today and those overdue, and what was done today.
public struct TodayReport: Encodable, Sendable, Equatable {
    public var date: Day
    /// The day's visits, planned and done; a done one is marked by its status.
    public var visits: [VisitEntry]
    /// Follow-ups due today, each marked done once a contact answered it.
    public var followUps: [FollowUp]
    /// Follow-ups whose day passed with no contact since; one answered today stays, marked done.
    public var overdueFollowUps: [FollowUp]
    /// Contacts logged today.
    public var contacts: [Contact]

    /// A follow-up on the agenda.
    public struct FollowUp: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        /// The day of the contact that asked for the follow-up.
        public var loggedOn: Day
        public var via: ContactChannel
        public var by: String?
        public var note: String?
        /// The day the follow-up falls due.
        public var due: Day
        /// Whether a contact has answered it.
        public var done: Bool

        init(client: Client, _ followUp: AgendaFollowUp) {
            self.client = client.id
            name = client.name
            loggedOn = followUp.touchpoint.on
            via = followUp.touchpoint.via
            by = followUp.touchpoint.by
            note = followUp.touchpoint.note
            due = followUp.due
            done = followUp.answeredOn != nil
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(loggedOn, forKey: .loggedOn)
            try container.encode(via, forKey: .via)
            try container.encode(by, forKey: .by)
            try container.encode(note, forKey: .note)
            try container.encode(due, forKey: .due)
            try container.encode(done, forKey: .done)
        }

        enum CodingKeys: String, CodingKey { case client, name, loggedOn, via, by, note, due, done }
    }

    /// A contact logged today.
    public struct Contact: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var via: ContactChannel
        public var by: String?
        public var note: String?
        public var followUp: Day?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(via, forKey: .via)
            try container.encode(by, forKey: .by)
            try container.encode(note, forKey: .note)
            try container.encode(followUp, forKey: .followUp)
        }

        enum CodingKeys: String, CodingKey { case client, name, via, by, note, followUp }

        /// The contact in words: `Acme Dental: call by js: Ordered the laptops`.
        public var text: String {
            "\(name): \(via.rawValue)" + (by.map { " by \($0)" } ?? "") + (note.map { ": \($0)" } ?? "")
        }
    }

    /// A follow-up in words: `Acme Dental: call on Fri 20 Nov by js: Asked about laptops`, with the day it fell due
    /// when that was before today. Whether it is done is left to the caller to mark.
    ///
    /// - Parameter followUp: one of the report's follow-ups.
    /// - Returns: the line, unescaped.
    public func text(_ followUp: FollowUp) -> String {
        var text = "\(followUp.name): \(followUp.via.rawValue) on \(followUp.loggedOn.short)"
        text += followUp.by.map { " by \($0)" } ?? ""
        text += followUp.due < date ? ", due \(followUp.due.short)" : ""
        text += followUp.note.map { ": \($0)" } ?? ""
        return text
    }

    /// Works out the day's agenda.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    ///   - technician: the only technician whose visits, follow-ups and contacts are listed, if any.
    public init(_ portfolio: Portfolio, today: Day, technician: String?) {
        date = today
        visits = VisitEntry.onCalendar(portfolio, from: today, through: today, technician: technician)
        let agenda = portfolio.clients.flatMap { client in
            client.agendaFollowUps(today: today)
                .filter { technician == nil || $0.touchpoint.by == technician }
                .map { FollowUp(client: client, $0) }
        }
        followUps = agenda.filter { $0.due == today }
        overdueFollowUps = agenda.filter { $0.due < today }.sorted { ($0.due, $0.name) < ($1.due, $1.name) }
        contacts = portfolio.clients.flatMap { client in
            client.touchpoints
                .filter { $0.on == today && (technician == nil || $0.by == technician) }
                .map {
                    Contact(
                        client: client.id, name: client.name, via: $0.via, by: $0.by, note: $0.note,
                        followUp: $0.followUp)
                }
        }
    }
}
