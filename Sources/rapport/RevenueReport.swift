import RapportCore

/// `rapport revenue`: monthly and annual recurring revenue, by tier and over the last year, and the money at stake
/// in the renewals of the year ahead.
struct RevenueReport: Report {
    var date: Day
    var mrr: Money
    var arr: Money
    var activeAgreements: Int
    var tiers: [Tier]
    var history: [Month]
    var renewalsByMonth: [RenewalMonth]

    /// A revenue tier's share; `from` is the lowest monthly fee in it.
    struct Tier: Encodable {
        var name: String
        var from: Money
        var agreements: Int
        var mrr: Money
        var arr: Money
        /// The fees the tier covers in words, e.g. `$500 to $1,500`; not part of the JSON.
        var range: String

        enum CodingKeys: String, CodingKey { case name, from, agreements, mrr, arr }
    }

    /// The MRR at the end of a month, the current month counted up to today.
    struct Month: Encodable {
        /// The first day of the month; the JSON gives it as `YYYY-MM`.
        var month: Day
        var mrr: Money

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(RevenueReport.monthKey(month), forKey: .month)
            try container.encode(mrr, forKey: .mrr)
        }

        enum CodingKeys: String, CodingKey { case month, mrr }
    }

    /// The agreements renewing in a month and a year of their fees.
    struct RenewalMonth: Encodable {
        /// The first day of the month; the JSON gives it as `YYYY-MM`.
        var month: Day
        var renewals: Int
        var annualValue: Money

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(RevenueReport.monthKey(month), forKey: .month)
            try container.encode(renewals, forKey: .renewals)
            try container.encode(annualValue, forKey: .annualValue)
        }

        enum CodingKeys: String, CodingKey { case month, renewals, annualValue }
    }

    /// How many months the history and the renewals look back and ahead.
    static let months = 12
    /// The longest bar of the history chart, in characters.
    private static let barWidth = 24

    init(_ portfolio: Portfolio, today: Day) {
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

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Revenue, \(date.long)") + "\n\n"
        var totals = TextTable(["", ""], alignments: [.left, .right])
        totals.add(["MRR", mrr.shown(settings)])
        totals.add(["ARR", arr.shown(settings)])
        totals.add(["Active agreements", String(activeAgreements)])
        out += totals.render(output)

        out += "\n" + output.bold("By tier") + "\n"
        var byTier = TextTable(
            ["TIER", "MONTHLY FEE", "AGREEMENTS", "MRR", "ARR"], alignments: [.left, .left, .right, .right, .right])
        for tier in tiers {
            byTier.add([
                tier.name, tier.range, String(tier.agreements), tier.mrr.shown(settings), tier.arr.shown(settings),
            ])
        }
        out += byTier.render(output)

        let amounts = history.map(\.mrr.cents)
        // The sparkline spans the lowest to the highest month, so the range goes beside it; the bars below start
        // at zero.
        let low = Money(cents: amounts.min() ?? 0).shown(settings)
        let high = Money(cents: amounts.max() ?? 0).shown(settings)
        let range = low == high ? "flat at \(low)" : "\(low) to \(high)"
        out += "\n" + output.bold("MRR over the last \(history.count) months") + "  \(sparkline(amounts))  \(range)\n"
        let top = max(amounts.max() ?? 0, 1)
        var chart = TextTable(["", "", ""], alignments: [.left, .right, .left])
        for month in history {
            let length = Int((Double(max(month.mrr.cents, 0)) / Double(top) * Double(RevenueReport.barWidth)).rounded())
            chart.add([
                RevenueReport.monthLabel(month.month), month.mrr.shown(settings), String(repeating: "█", count: length),
            ])
        }
        out += chart.render(output)

        out += "\n" + output.bold("Renewals in the next \(renewalsByMonth.count) months") + "\n"
        // Months with nothing renewing are left out of the text; the JSON lists every month.
        let busy = renewalsByMonth.filter { $0.renewals > 0 }
        guard !busy.isEmpty else { return out + "Nothing renews.\n" }
        var ahead = TextTable(["MONTH", "RENEWALS", "AT STAKE"], alignments: [.left, .right, .right])
        for month in busy {
            ahead.add([
                RevenueReport.monthLabel(month.month), String(month.renewals), month.annualValue.shown(settings),
            ])
        }
        let atStake = busy.reduce(Money.zero) { $0 + $1.annualValue }
        return out + ahead.render(output) + "\nAt stake: \(atStake.shown(settings)) a year\n"
    }

    // MARK: - Wording

    /// A month as JSON names it, `YYYY-MM`.
    ///
    /// - Parameter month: the first day of the month.
    /// - Returns: the key.
    static func monthKey(_ month: Day) -> String {
        String(month.description.prefix(7))
    }

    /// A month as people read it, e.g. `Dec 2026`.
    ///
    /// - Parameter month: the first day of the month.
    /// - Returns: the label.
    private static func monthLabel(_ month: Day) -> String {
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
        func shown(_ amount: Money) -> String { amount.formatted(symbol: symbol, cents: amount.cents % 100 != 0) }
        let cent = Money(cents: 1)
        guard let next else { return from == .zero ? "any fee" : "over \(shown(from - cent))" }
        return from == .zero ? "under \(shown(next))" : "\(shown(from)) to \(shown(next - cent))"
    }
}
