import RapportCore

/// `rapport week` and the dashboard's week view: seven days of visits, day by day, with the visits the agreements
/// promised that are not on the calendar.
public struct WeekReport: Encodable, Sendable, Equatable {
    public var from: Day
    public var through: Day
    /// The only technician whose visits and holes are listed, or nil for everyone's.
    public var technician: String?
    /// The seven days, in order, each listed even when empty.
    public var days: [DayEntry]

    /// How many days a week shows.
    public static let length = 7

    /// One day of the week.
    public struct DayEntry: Encodable, Sendable, Equatable {
        public var date: Day
        /// The visits on the calendar, planned and done, by time.
        public var visits: [VisitEntry]
        /// Promised visits of this day that are not on the calendar, by client name.
        public var holes: [Hole]
    }

    /// A promised visit that is not on the calendar.
    public struct Hole: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        /// The day the agreement's visit rule promised.
        public var on: Day
        public var technician: String?
        public var reason: CadenceHole.Reason

        /// The hole in words: `Acme Dental: promised visit not scheduled (cancelled)`.
        public var text: String { "\(name): promised visit not scheduled (\(reason.rawValue))" }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(on, forKey: .on)
            try container.encode(technician, forKey: .technician)
            try container.encode(reason, forKey: .reason)
        }

        enum CodingKeys: String, CodingKey { case client, name, on, technician, reason }
    }

    /// Works out a week.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - from: the first of the seven days.
    ///   - today: the current day; a promised visit before it that nothing happened to is missed.
    ///   - technician: the only technician whose visits and holes are listed, if any.
    public init(_ portfolio: Portfolio, from: Day, today: Day, technician: String?) {
        self.from = from
        let through = from.adding(days: WeekReport.length - 1)
        self.through = through
        self.technician = technician
        let visits = VisitEntry.onCalendar(portfolio, from: from, through: through, technician: technician)
        let holes = portfolio.clients.flatMap { client in
            client.cadenceHoles(from: from, through: through, today: today)
                .filter { technician == nil || $0.technician == technician }
                .map {
                    Hole(client: client.id, name: client.name, on: $0.day, technician: $0.technician, reason: $0.reason)
                }
        }
        days = (0..<WeekReport.length).map { offset in
            let day = from.adding(days: offset)
            return DayEntry(
                date: day, visits: visits.filter { $0.on == day },
                holes: holes.filter { $0.on == day }.sorted { ($0.name, $0.client) < ($1.name, $1.client) })
        }
    }
}
