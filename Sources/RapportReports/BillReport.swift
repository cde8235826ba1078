import RapportCore

/// `rapport bill`: the month's work beyond the agreements, client by client: billable requests at the agreement's
/// price for their channel, trips to site, and the hours a block agreement ran over its bank.
public struct BillReport: Encodable, Sendable, Equatable {
    /// The month, `YYYY-MM`.
    public var month: String
    public var clients: [ClientBill]
    public var total: Money

    /// One client's bill.
    public struct ClientBill: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var lines: [Line]
        public var total: Money
    }

    /// One line of a bill.
    public struct Line: Encodable, Sendable, Equatable {
        public var day: Day
        /// `request`, `trip` or `overrun`.
        public var kind: String
        /// A request's channel; null for other lines.
        public var channel: RequestChannel?
        /// Whether a request is billed at the after-hours price.
        public var afterHours: Bool
        /// A request's summary, or what the line is for.
        public var description: String
        /// The hours billed, after the minimum; null for a trip.
        public var hours: Double?
        /// The price of an hour; null for a trip.
        public var rate: Money?
        public var amount: Money

        // Written by hand so that an unknown value is `null` rather than a missing key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(day, forKey: .day)
            try container.encode(kind, forKey: .kind)
            try container.encode(channel, forKey: .channel)
            try container.encode(afterHours, forKey: .afterHours)
            try container.encode(description, forKey: .description)
            try container.encode(hours, forKey: .hours)
            try container.encode(rate, forKey: .rate)
            try container.encode(amount, forKey: .amount)
        }

        /// The work as a bill's text shows it: `on site after hours: Server down`, or the description alone.
        public var work: String {
            guard let channel else { return description }
            return "\(channel.name)\(afterHours ? " after hours" : ""): \(description)"
        }

        enum CodingKeys: String, CodingKey {
            case day, kind, channel, afterHours, description, hours, rate, amount
        }
    }

    /// Works out the bills of a month.
    ///
    /// Each billable request closed in the month is a line at the agreement price for its channel: the rate card's
    /// on-site rate, or its remote rate for remote and phone work, less the agreement's discount (the rate card's
    /// when the agreement has none). Work done after hours costs the rate card's after-hours rate in full unless the
    /// agreement waives the premium. Hours are rounded up to the agreement's minimum, and a billable on-site line
    /// brings the agreement's trip charge; both fall back on the rate card's. A block agreement's hours used beyond
    /// its bank during the month are billed at the agreement's on-site price. A client without an agreement pays
    /// the rate card's typical prices.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients, with their whole history, and settings.
    ///   - month: the first day of the month.
    ///   - client: only this client, when given.
    public init(_ portfolio: Portfolio, month: Day, client: String? = nil) {
        let card = portfolio.settings.rateCard
        let first = month.startOfMonth
        let last = first.adding(days: first.daysInMonth - 1)
        self.month = String(first.description.prefix(7))
        clients = portfolio.clients.filter { client == nil || $0.id == client }.compactMap { client in
            let lines =
                BillReport.requestLines(client, card: card, days: first...last)
                + BillReport.overrunLine(client, card: card, first: first, last: last)
            guard !lines.isEmpty else { return nil }
            return ClientBill(
                client: client.id, name: client.name, lines: lines,
                total: lines.reduce(.zero) { $0 + $1.amount })
        }
        total = clients.reduce(.zero) { $0 + $1.total }
    }

    /// A typical rate less an agreement's discount, or the rate card's without one, to the nearest cent (half a
    /// cent rounds up); the typical rate without an agreement.
    static func price(_ rate: Money, _ agreement: Agreement?, _ card: RateCard) -> Money {
        guard let agreement else { return rate }
        return rate.less(percent: agreement.hourlyDiscountPercent ?? card.agreementDiscountPercent)
    }

    /// The billable requests closed in the month, each with its trip when on site, in the order they were closed.
    private static func requestLines(_ client: Client, card: RateCard, days: ClosedRange<Day>) -> [Line] {
        let billed = (client.requests ?? []).filter {
            $0.billable == true && ($0.closedAt.map { days.contains($0.day) } ?? false)
        }.sorted { ($0.closedAt!, $0.id) < ($1.closedAt!, $1.id) }
        return billed.flatMap { request -> [Line] in
            let agreement = client.agreement(on: request.at.day)
            let premium = request.afterHours == true && agreement?.afterHoursPremiumWaived != true
            let rate =
                premium
                ? card.afterHoursHourly
                : price(request.via == .onsite ? card.onsiteHourly : card.remoteHourly, agreement, card)
            let hours = max(request.hours ?? 0, agreement?.minimumHours ?? card.minimumHours)
            let day = request.closedAt!.day
            var lines = [
                Line(
                    day: day, kind: "request", channel: request.via, afterHours: premium,
                    description: request.summary, hours: hours, rate: rate, amount: rate.times(hours: hours))
            ]
            if request.via == .onsite {
                let trip = agreement?.tripCharge ?? card.tripCharge
                lines.append(
                    Line(
                        day: day, kind: "trip", channel: nil, afterHours: false, description: "trip charge",
                        hours: nil, rate: nil, amount: trip))
            }
            return lines
        }
    }

    /// The hours a block agreement's bank ran over during the month, at the agreement's on-site price.
    private static func overrunLine(_ client: Client, card: RateCard, first: Day, last: Day) -> [Line] {
        guard let agreement = client.agreement(on: last), let end = client.hoursBankStatus(today: last) else {
            return []
        }
        let before = first.adding(days: -1)
        let earlier =
            client.agreement(on: before)?.start == agreement.start
            ? client.hoursBankStatus(today: before)?.overrun ?? 0 : 0
        let hours = end.overrun - earlier
        guard hours > 0 else { return [] }
        let rate = price(card.onsiteHourly, agreement, card)
        return [
            Line(
                day: last, kind: "overrun", channel: nil, afterHours: false,
                description: "block hours beyond the bank", hours: hours, rate: rate, amount: rate.times(hours: hours))
        ]
    }

    /// The bill as a table for a CSV file: one row per line, with the client.
    public var table: CSVTable {
        CSVTable(
            header: [
                "client", "name", "day", "kind", "channel", "afterHours", "description", "hours", "rate", "amount",
            ],
            rows: clients.flatMap { bill in
                bill.lines.map {
                    [
                        bill.client, bill.name, $0.day.description, $0.kind, $0.channel?.rawValue ?? "",
                        $0.afterHours ? "yes" : "no", $0.description,
                        $0.hours.map(formatHours) ?? "", $0.rate?.decimalString ?? "", $0.amount.decimalString,
                    ]
                }
            })
    }
}
