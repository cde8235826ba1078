import RapportCore

/// The top line: the business, today, active agreements and MRR.
enum HeaderView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let portfolio = state.portfolio
        let active = portfolio.activeClients(today: state.today).count
        let mrr = portfolio.mrr(today: state.today).formatted(symbol: state.symbol, cents: false)
        let parts = [
            portfolio.settings.business, "\(state.today.short) \(state.today.year)",
            "\(active) active", "MRR \(mrr)",
        ]
        screen.fill(x: 0, y: 0, width: screen.width, height: 1, style: .selected)
        var x = 1
        for (index, part) in parts.enumerated() {
            if index > 0 { x += screen.put(" │ ", x: x, y: 0, style: .selected) }
            x += screen.put(part, x: x, y: 0, width: screen.width - x - 1, style: Style(bold: index == 0, reverse: true))
        }
    }
}
