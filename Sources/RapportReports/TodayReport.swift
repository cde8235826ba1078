import RapportCore

/// `rapport today`: the day's visits with everything a technician needs on the way, then the follow-ups due.
public struct TodayReport: Encodable, Sendable, Equatable {
    public var date: Day
    public var visits: [VisitEntry]
    public var followUps: [FollowUp]

    /// A follow-up promised for today.
    public struct FollowUp: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var loggedOn: Day
        public var via: ContactChannel
        public var by: String?
        public var note: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(loggedOn, forKey: .loggedOn)
            try container.encode(via, forKey: .via)
            try container.encode(by, forKey: .by)
            try container.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case client, name, loggedOn, via, by, note }
    }

    /// Works out the day's visits and follow-ups.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    ///   - technician: the only technician whose visits and follow-ups are listed, if any.
    public init(_ portfolio: Portfolio, today: Day, technician: String?) {
        date = today
        visits = VisitEntry.onCalendar(portfolio, from: today, through: today, technician: technician)
        followUps = portfolio.clients.flatMap { client in
            client.followUps(on: today)
                .filter { technician == nil || $0.by == technician }
                .map {
                    FollowUp(
                        client: client.id, name: client.name, loggedOn: $0.on, via: $0.via, by: $0.by, note: $0.note)
                }
        }
    }
}
