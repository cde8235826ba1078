import RapportCore

/// The revenue picture: MRR and ARR by tier, MRR over the last year, the money at stake in renewals by month, and
/// the rate card.
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
        let portfolio = state.portfolio
        let symbol = state.symbol
        let money = { (amount: Money) in amount.formatted(symbol: symbol, cents: false) }
        line("MRR \(money(portfolio.mrr(today: state.today)))   ARR \(money(portfolio.arr(today: state.today)))", .bold)
        for figure in portfolio.mrrByTier(today: state.today) {
            let name = DisplayText.fit(figure.tier.name, 12)
            line(
                "  \(name) from \(money(figure.tier.from))  \(count(figure.agreements, "agreement"))  MRR \(money(figure.mrr))"
            )
        }
        y += 1
        let history = portfolio.mrrHistory(today: state.today)
        line("MRR, last 12 months", .title)
        line(
            "  \(sparkline(history.map(\.amount.cents)))  \(money(history.first!.amount)) → \(money(history.last!.amount))"
        )
        line("  " + history.map { Day.monthNames[$0.month.month - 1].prefix(1) }.joined())
        y += 1
        if twoColumns {
            x = area.x + area.width / 2 + 1
            y = area.y + 1
        }
        line("At stake in renewals, by month", .title)
        let stakes = portfolio.renewalsByMonth(today: state.today).filter { $0.count > 0 }
        if stakes.isEmpty { line("  nothing renews in the next 12 months", .dim) }
        for figure in stakes {
            let month = "\(Day.monthNames[figure.month.month - 1]) \(figure.month.year)"
            line(
                "  \(DisplayText.fit(month, 9)) \(figure.count) renewal\(figure.count == 1 ? " " : "s")  \(money(figure.amount))"
            )
        }
        y += 1
        let card = portfolio.settings.rateCard
        let discounted = card.agreementPrice
        line("Rate card (e edits it)", .title)
        line("  on site \(money(card.onsiteHourly))/h, under agreement \(money(discounted(card.onsiteHourly)))/h")
        line("  remote \(money(card.remoteHourly))/h, under agreement \(money(discounted(card.remoteHourly)))/h")
        line("  after hours \(money(card.afterHoursHourly))/h, emergency \(money(card.emergencyHourly))/h")
        line("  (premiums waived under agreement)")
        line("  trip \(money(card.tripCharge)), minimum \(formatHours(card.minimumHours)) h")
        for benefit in card.benefits { line("  • \(benefit)", .dim) }
    }
}
