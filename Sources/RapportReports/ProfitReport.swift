import RapportCore

/// `rapport profit`: what each agreement really paid per hour of work over the last months, next to the rate card's
/// agreement price, and the renewal fee that would bring an agreement below it up to it.
public struct ProfitReport: Encodable, Sendable, Equatable {
    /// The first day of the first month, and the last day counted (today in the current month).
    public var from: Day
    public var through: Day
    public var months: Int
    /// The rate card's on-site rate less the agreement discount: what an hour of work under agreement should pay.
    public var agreementPrice: Money
    public var agreements: [Entry]

    /// One client's agreement over the months.
    public struct Entry: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        /// The monthly fees of the months, each month's fee being the one in force at its end.
        public var fees: Money
        /// The hours of the done visits.
        public var visitHours: Double
        /// The travel to and from each done visit.
        public var travelHours: Double
        /// The hours of the requests closed in the months and not billed separately.
        public var requestHours: Double
        public var hours: Double
        /// The fees divided by the hours; null without hours.
        public var effectiveRate: Money?
        /// The monthly fee that would pay the agreement price for the same hours, when the rate is below it.
        public var renewalFee: Money?

        // Written by hand so that an unknown value is `null` rather than a missing key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(fees, forKey: .fees)
            try container.encode(visitHours, forKey: .visitHours)
            try container.encode(travelHours, forKey: .travelHours)
            try container.encode(requestHours, forKey: .requestHours)
            try container.encode(hours, forKey: .hours)
            try container.encode(effectiveRate, forKey: .effectiveRate)
            try container.encode(renewalFee, forKey: .renewalFee)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, fees, visitHours, travelHours, requestHours, hours, effectiveRate, renewalFee
        }
    }

    /// Works out each agreement's effective hourly rate.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients, with their whole history, and settings.
    ///   - today: the last day counted.
    ///   - months: how many months, the current one included.
    public init(_ portfolio: Portfolio, today: Day, months: Int = 1) {
        let card = portfolio.settings.rateCard
        let price = card.agreementPrice(card.onsiteHourly)
        from = today.startOfMonth.adding(months: -(months - 1))
        through = today
        self.months = months
        agreementPrice = price
        // Each month's fee is the one in force at its end, as the revenue history counts it.
        let ends = (0..<months).map { back in
            let month = today.startOfMonth.adding(months: -back)
            return back == 0 ? today : month.adding(days: month.daysInMonth - 1)
        }
        let days = from...today
        agreements = portfolio.clients.compactMap { client -> Entry? in
            let fees = ends.reduce(Money.zero) { $0 + (client.term(on: $1)?.monthlyFee ?? .zero) }
            guard fees > .zero else { return nil }
            let done = client.visits.filter { $0.status == .done && days.contains($0.on) }
            let visitHours = done.reduce(0) { $0 + ($1.hours ?? 0) }
            let travelHours = Double(done.count * 2 * (client.travelMinutes ?? 0)) / 60
            let requestHours = (client.requests ?? []).filter {
                ($0.closedAt.map { days.contains($0.day) } ?? false) && $0.billable != true
            }.reduce(0) { $0 + ($1.hours ?? 0) }
            let hours = visitHours + travelHours + requestHours
            let rate = fees.perHour(hours)
            let renewalFee = rate.flatMap { rate in
                rate < price ? Money(cents: (price.times(hours: hours).cents + Int64(months) - 1) / Int64(months)) : nil
            }
            return Entry(
                client: client.id, name: client.name, fees: fees, visitHours: visitHours, travelHours: travelHours,
                requestHours: requestHours, hours: hours, effectiveRate: rate, renewalFee: renewalFee)
        }
    }
}
