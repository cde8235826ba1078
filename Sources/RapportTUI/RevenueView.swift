import RapportCore
import RapportReports

/// The revenue picture: MRR and ARR by tier, MRR over the last year, the money at stake in renewals by month, and
/// the rate card, all from the reports that `rapport revenue` and `rapport ratecard` print.
enum RevenueView {
    static func draw(_ state: AppState, in area: Rect, into screen: inout Screen) {
        screen.box(
            x: area.x, y: area.y, width: area.width, height: area.height, title: Pane.revenue.title, focused: true)
        var y = area.y + 1
        var x = area.x + 2
        // On a wide screen the renewals and the rate card get a column of their own, so everything fits.
        let twoColumns = area.width >= 96
        let width = twoColumns ? area.width / 2 - 3 : area.width - 4
        func line(_ text: String, _ style: Style = .plain) {
            guard y < area.y + area.height - 1 else { return }
            screen.put(text, x: x, y: y, width: width, style: style)
            y += 1
        }
        let revenue = state.paneRows.revenue
        let symbol = state.symbol
        let money = { (amount: Money) in amount.formatted(symbol: symbol, cents: false) }
        line("MRR \(money(revenue.mrr))   ARR \(money(revenue.arr))", .bold)
        for tier in revenue.tiers {
            let name = DisplayText.fit(tier.name, 12)
            line("  \(name) \(tier.range)  \(count(tier.agreements, "agreement"))  MRR \(money(tier.mrr))")
        }
        y += 1
        let history = revenue.history
        line("MRR, last \(history.count) months", .title)
        if let first = history.first, let last = history.last {
            line("  \(sparkline(history.map(\.mrr.cents)))  \(money(first.mrr)) → \(money(last.mrr))")
        }
        line("  " + history.map { Day.monthNames[$0.month.month - 1].prefix(1) }.joined())
        y += 1
        if twoColumns {
            x = area.x + area.width / 2 + 1
            y = area.y + 1
        }
        line("At stake in renewals, by month", .title)
        let stakes = revenue.renewalsByMonth.filter { $0.renewals > 0 }
        if stakes.isEmpty { line("  nothing renews in the next \(revenue.renewalsByMonth.count) months", .dim) }
        for month in stakes {
            let label = DisplayText.fit(RevenueReport.monthLabel(month.month), 9)
            line("  \(label) \(DisplayText.fit(count(month.renewals, "renewal"), 10)) \(money(month.annualValue))")
        }
        y += 1
        let card = state.paneRows.rateCard
        line("Rate card (e edits it): typical, with an agreement", .title)
        func cardLine(_ label: String, _ typical: String, _ agreement: String) {
            let padding = String(repeating: " ", count: max(0, 8 - typical.count))
            line("  \(DisplayText.fit(label, 21)) \(padding)\(typical)  \(agreement)")
        }
        for rate in card.rates {
            cardLine(rate.label, card.priceText(rate.typical), card.agreementText(rate))
        }
        cardLine("Minimum billed", card.minimumText, card.minimumText)
        for benefit in card.benefits { line("  • \(benefit)", .dim) }
    }
}
