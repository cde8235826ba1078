import RapportCore
import RapportReports

// MARK: - What the revenue view lists

extension PaneRows {
    /// The revenue view's lines: MRR and ARR by tier, MRR over the last year, the money at stake in renewals by
    /// month, and the rate card, from the reports that `rapport revenue` and `rapport ratecard` print. Each line is a
    /// row, so the view scrolls, filters and shows its position like the other views.
    ///
    /// - Parameters:
    ///   - revenue: the revenue report.
    ///   - card: the rate card report.
    ///   - symbol: the currency symbol.
    /// - Returns: one row per line; titles are emphasised.
    static func revenueRows(_ revenue: RevenueReport, card: RateCardReport, symbol: String) -> [PaneRow] {
        var rows: [PaneRow] = []
        func line(_ text: String, title: Bool = false) {
            rows.append(PaneRow(clientID: "", cells: [text], emphasised: title))
        }
        let money = { (amount: Money) in amount.compact(symbol: symbol) }
        line(
            "MRR \(money(revenue.mrr))   ARR \(money(revenue.arr))   \(count(revenue.activeAgreements, "agreement"))",
            title: true)
        for tier in revenue.tiers {
            line(
                "  \(DisplayText.fit(tier.name, 12)) \(tier.range)  \(count(tier.agreements, "agreement"))  MRR \(money(tier.mrr))"
            )
        }
        line("")
        let history = revenue.history
        line("MRR, last \(history.count) months", title: true)
        if let first = history.first, let last = history.last {
            line("  \(sparkline(history.map(\.mrr.cents)))  \(money(first.mrr)) → \(money(last.mrr))")
        }
        line("  " + history.map { Day.monthNames[$0.month.month - 1].prefix(1) }.joined())
        line("")
        line("At stake in renewals, by month", title: true)
        let stakes = revenue.renewalsByMonth.filter { $0.renewals > 0 }
        if stakes.isEmpty { line("  nothing renews in the next \(revenue.renewalsByMonth.count) months") }
        for month in stakes {
            let label = DisplayText.fit(RevenueReport.monthLabel(month.month), 9)
            line("  \(label) \(DisplayText.fit(count(month.renewals, "renewal"), 10)) \(money(month.annualValue))")
        }
        if !stakes.isEmpty { line("  At stake: \(money(revenue.atStake)) a year") }
        line("")
        line("Rate card (e edits it): typical, with an agreement", title: true)
        func cardLine(_ label: String, _ typical: String, _ agreement: String) {
            let padding = String(repeating: " ", count: max(0, 8 - typical.count))
            line("  \(DisplayText.fit(label, 21)) \(padding)\(typical)  \(agreement)")
        }
        for rate in card.rates {
            cardLine(rate.label, card.priceText(rate.typical), card.agreementText(rate))
        }
        cardLine("Minimum billed", card.minimumText, card.minimumText)
        for benefit in card.benefits { line("  • \(benefit)") }
        return rows
    }
}
