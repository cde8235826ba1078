import RapportCore

/// `rapport sla`: for each client and channel, the response promises of a month's requests judged, met and missed,
/// the compliance and the median response in business minutes; and the requests still waiting for an answer, with
/// their time left or how late they are.
public struct SlaReport: Encodable, Sendable, Equatable {
    /// The month, `YYYY-MM`.
    public var month: String
    public var now: DayTime
    public var channels: [Line]
    /// The requests not answered yet, the least time left first.
    public var open: [RequestListReport.Entry]

    /// One client's promises of one channel.
    public struct Line: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var channel: RequestChannel
        public var judged: Int
        public var met: Int
        public var missed: Int
        public var compliancePercent: Int
        /// Null when no request was answered.
        public var medianResponseMinutes: Int?

        // Written by hand so that an unknown median is `null` rather than a missing key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(channel, forKey: .channel)
            try container.encode(judged, forKey: .judged)
            try container.encode(met, forKey: .met)
            try container.encode(missed, forKey: .missed)
            try container.encode(compliancePercent, forKey: .compliancePercent)
            try container.encode(medianResponseMinutes, forKey: .medianResponseMinutes)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, channel, judged, met, missed, compliancePercent, medianResponseMinutes
        }
    }

    /// Judges the promises of a month.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - now: the moment of judging.
    ///   - month: any day of the month; the month of `now` when nil.
    ///   - client: only this client, when given.
    public init(_ portfolio: Portfolio, now: DayTime, month: Day? = nil, client: String? = nil) {
        let first = (month ?? now.day).startOfMonth
        self.month = String(first.description.prefix(7))
        self.now = now
        let hours = portfolio.settings.hours
        let clients = portfolio.clients.filter { client == nil || $0.id == client }
        channels = clients.flatMap { client in
            client.promiseTallies(
                in: first...first.adding(days: first.daysInMonth - 1), hours: hours, now: now
            ).map {
                Line(
                    client: client.id, name: client.name, channel: $0.channel, judged: $0.judged, met: $0.met,
                    missed: $0.missed, compliancePercent: $0.compliancePercent,
                    medianResponseMinutes: $0.medianResponseMinutes)
            }
        }
        open = RequestListReport(Portfolio(clients: clients, settings: portfolio.settings), now: now, openOnly: true)
            .requests.filter { $0.respondedAt == nil && $0.deadline != nil }
    }
}
