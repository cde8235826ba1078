import RapportCore

/// `rapport overdue` and the dashboard's overdue pane: who has not heard from us, longest silence first.
public struct OverdueReport: Encodable, Sendable, Equatable {
    public var date: Day
    public var clients: [Entry]

    /// A client whose contact is overdue, with why.
    public struct Entry: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var lastContact: Day?
        public var daysSince: Int
        public var limitDays: Int
        public var reason: String
        /// The follow-up or missed-visit day behind the reason, if any.
        public var reasonDate: Day?
        /// The reason in words; not part of the JSON.
        public var detail: String

        /// Whether the silence has lasted more than twice the limit, which the dashboard emphasises.
        public var isLong: Bool { daysSince > 2 * limitDays }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(lastContact, forKey: .lastContact)
            try container.encode(daysSince, forKey: .daysSince)
            try container.encode(limitDays, forKey: .limitDays)
            try container.encode(reason, forKey: .reason)
            try container.encode(reasonDate, forKey: .reasonDate)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, lastContact, daysSince, limitDays, reason, reasonDate
        }
    }

    /// Works out who is overdue.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    public init(_ portfolio: Portfolio, today: Day) {
        date = today
        clients = portfolio.overdue(today: today).map { client, finding in
            let reasonDate: Day? =
                switch finding.reason {
                case .followUpPassed(let day), .visitMissed(let day): day
                case .noContact, .neverContacted: nil
                }
            return Entry(
                client: client.id, name: client.name, lastContact: finding.lastContact, daysSince: finding.daysSince,
                limitDays: finding.limitDays, reason: finding.reason.key, reasonDate: reasonDate,
                detail: finding.reason.text)
        }
    }
}
