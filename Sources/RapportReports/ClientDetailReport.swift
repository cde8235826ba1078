import RapportCore

/// `rapport client show` and the dashboard's client screen: one client's profile, people, agreement, hours bank
/// and history.
public struct ClientDetailReport: Encodable, Sendable, Equatable {
    public var client: Client
    public var renewsOn: Day?
    public var surveyStatus: SurveyStatus?
    public var hoursBank: HoursBank?
    public var overdue: Overdue?
    /// The visits planned in the next `upcomingDays` days; the JSON gives their days.
    public var upcomingVisits: [ScheduledVisit]
    /// The profile, people, agreement and hours bank in sections; not part of the JSON, which has the client.
    public var sections: [ProfileSection]
    /// What happened, newest first; not part of the JSON, which has the client.
    public var timeline: [TimelineEntry]
    /// The day the figures are for; not part of the JSON.
    public var today: Day

    /// The figures of the hours bank, with its alert.
    public struct HoursBank: Encodable, Sendable, Equatable {
        public var purchased: Double
        public var adjustments: Double
        public var used: Double
        public var remaining: Double
        public var overrun: Double
        public var percentUsed: Int
        /// `80%`, `95%` or `overrun`; null while under 80% used.
        public var alert: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(purchased, forKey: .purchased)
            try container.encode(adjustments, forKey: .adjustments)
            try container.encode(used, forKey: .used)
            try container.encode(remaining, forKey: .remaining)
            try container.encode(overrun, forKey: .overrun)
            try container.encode(percentUsed, forKey: .percentUsed)
            try container.encode(alert, forKey: .alert)
        }

        enum CodingKeys: String, CodingKey { case purchased, adjustments, used, remaining, overrun, percentUsed, alert }
    }

    // Written by hand so that an unknown value is `null` rather than a missing key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(client, forKey: .client)
        try container.encode(renewsOn, forKey: .renewsOn)
        try container.encode(surveyStatus, forKey: .surveyStatus)
        try container.encode(hoursBank, forKey: .hoursBank)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(upcomingVisits.map(\.on), forKey: .upcomingVisits)
    }

    enum CodingKeys: String, CodingKey {
        case client, renewsOn, surveyStatus, hoursBank, overdue, upcomingVisits
    }

    /// Why the client is overdue for contact.
    public struct Overdue: Encodable, Sendable, Equatable {
        public var daysSince: Int
        public var limitDays: Int
        public var reason: String
    }

    /// How many days ahead the client's planned visits are listed.
    public static let upcomingDays = 60

    /// Works out a client's figures.
    ///
    /// - Parameters:
    ///   - client: the client.
    ///   - settings: the store's settings, for the defaults.
    ///   - today: the day.
    public init(_ client: Client, settings: Settings, today: Day) {
        self.client = client
        self.today = today
        renewsOn = client.agreement(on: today)?.renewalDate
        surveyStatus = client.surveyStatus(today: today, defaults: settings.defaults)
        hoursBank = client.hoursBankStatus(today: today).map {
            HoursBank(
                purchased: $0.purchased, adjustments: $0.adjustments, used: $0.used, remaining: $0.remaining,
                overrun: $0.overrun, percentUsed: Int(($0.fractionUsed * 100).rounded()), alert: $0.alert?.rawValue)
        }
        overdue = client.overdueContact(today: today, defaults: settings.defaults).map {
            Overdue(daysSince: $0.daysSince, limitDays: $0.limitDays, reason: $0.reason.key)
        }
        upcomingVisits = client.upcomingVisits(today: today, days: Self.upcomingDays)
        sections = client.profileSections(settings: settings, today: today)
        timeline = client.timeline()
    }

}
