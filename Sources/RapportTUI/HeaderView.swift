import RapportCore

/// The top line: the business, the standing against the team's shared copy, today, active agreements and MRR.
enum HeaderView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let portfolio = state.portfolio
        let active = state.paneRows.summary.activeAgreements
        let mrr = state.paneRows.summary.mrr.compact(symbol: state.symbol)
        let sync = state.syncing ? "syncing…" : state.sync?.headerText(today: state.today)
        // The MRR always shows whole: on a narrow screen the sync, the count and then the date give way first.
        let full = " │ \(state.today.long) │ \(active) active │ MRR \(mrr)"
        let candidates =
            (sync.map { [" │ \($0)\(full)"] } ?? []) + [
                full, " │ \(state.today.short) │ MRR \(mrr)", " │ MRR \(mrr)",
            ]
        let figures = candidates.first { $0.count <= screen.width - 2 } ?? candidates.last!
        screen.fill(x: 0, y: 0, width: screen.width, height: 1, style: .selected)
        // The business name gives way first, so the date and the money always show.
        let nameWidth = max(0, screen.width - 2 - figures.count)
        let x =
            1
            + screen.put(
                portfolio.settings.business, x: 1, y: 0, width: nameWidth, style: Style(bold: true, reverse: true))
        screen.put(figures, x: x, y: 0, width: screen.width - x - 1, style: .selected)
    }
}
