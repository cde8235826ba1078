import RapportCore

/// `rapport revenue` and the dashboard's revenue view: monthly and annual recurring revenue, by tier and over the last year, and the money at stake
/// in the renewals of the year ahead.
public struct RevenueReport: Encodable, Sendable, Equatable {
    public var date: Day
    public var mrr: Money
    public var arr: Money
    public var activeAgreements: Int
    public var tiers: [Tier]
    public var history: [Month]
    public var renewalsByMonth: [RenewalMonth]

    /// A revenue tier's share; `from` is the lowest monthly fee in it.
    public struct Tier: Encodable, Sendable, Equatable {
        public var name: String
        public var from: Money
        public var agreements: Int
        public var mrr: Money
        public var arr: Money
        /// The fees the tier covers in words, e.g. `$500 to $1,500`; not part of the JSON.
        public var range: String

        enum CodingKeys: String, CodingKey { case name, from, agreements, mrr, arr }
    }

    /// The MRR at the end of a month, the current month counted up to today.
    public struct Month: Encodable, Sendable, Equatable {
        /// The first day of the month; the JSON gives it as `YYYY-MM`.
        public var month: Day
        public var mrr: Money

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(RevenueReport.monthKey(month), forKey: .month)
            try container.encode(mrr, forKey: .mrr)
        }

        enum CodingKeys: String, CodingKey { case month, mrr }
    }

    /// The agreements renewing in a month and a year of their fees.
    public struct RenewalMonth: Encodable, Sendable, Equatable {
        /// The first day of the month; the JSON gives it as `YYYY-MM`.
        public var month: Day
        public var renewals: Int
        public var annualValue: Money

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(RevenueReport.monthKey(month), forKey: .month)
            try container.encode(renewals, forKey: .renewals)
            try container.encode(annualValue, forKey: .annualValue)
        }

        enum CodingKeys: String, CodingKey { case month, renewals, annualValue }
    }

    /// A year of the fees of every agreement renewing in the months ahead.
    public var atStake: Money { renewalsByMonth.reduce(.zero) { $0 + $1.annualValue } }

    /// How many months the history and the renewals look back and ahead.
    public static let months = 12

    /// Works out the revenue figures.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    public init(_ portfolio: Portfolio, today: Day) {
        date = today
        mrr = portfolio.mrr(today: today)
        arr = portfolio.arr(today: today)
        activeAgreements = portfolio.activeClients(today: today).count
        let figures = portfolio.mrrByTier(today: today)
        let symbol = portfolio.settings.currencySymbol
        tiers = figures.indices.map { index in
            let figure = figures[index]
            let next = index + 1 < figures.count ? figures[index + 1].tier.from : nil
            return Tier(
                name: figure.tier.name, from: figure.tier.from, agreements: figure.agreements, mrr: figure.mrr,
                arr: figure.mrr * 12, range: RevenueReport.range(from: figure.tier.from, below: next, symbol: symbol))
        }
        history = portfolio.mrrHistory(today: today, months: RevenueReport.months).map {
            Month(month: $0.month, mrr: $0.amount)
        }
        renewalsByMonth = portfolio.renewalsByMonth(today: today, months: RevenueReport.months).map {
            RenewalMonth(month: $0.month, renewals: $0.count, annualValue: $0.amount)
        }
    }

    enum CodingKeys: String, CodingKey {
        case date, mrr, arr, activeAgreements, tiers, history, renewalsByMonth
    }

    // MARK: - Wording

    /// A month as JSON names it, `YYYY-MM`.
    ///
    /// - Parameter month: the first day of the month.
    /// - Returns: the key.
    public static func monthKey(_ month: Day) -> String {
        String(month.description.prefix(7))
    }

    /// A month as people read it, e.g. `Dec 2026`.
    ///
    /// - Parameter month: the first day of the month.
    /// - Returns: the label.
    public static func monthLabel(_ month: Day) -> String {
        "\(Day.monthNames[month.month - 1]) \(month.year)"
    }

    /// The fees a tier covers in words: `under $500`, `$500 to $1,500`, `over $1,500` or `any fee`.
    ///
    /// - Parameters:
    ///   - from: the tier's lowest fee.
    ///   - next: where the next tier starts, if there is one.
    ///   - symbol: the currency symbol.
    /// - Returns: the words.
    private static func range(from: Money, below next: Money?, symbol: String) -> String {
        // Whole amounts read better without cents; a tier boundary such as 1,500.01 keeps them.
        func shown(_ amount: Money) -> String { amount.compact(symbol: symbol) }
        let cent = Money(cents: 1)
        guard let next else { return from == .zero ? "any fee" : "over \(shown(from - cent))" }
        return from == .zero ? "under \(shown(next))" : "\(shown(from)) to \(shown(next - cent))"
    }
}
