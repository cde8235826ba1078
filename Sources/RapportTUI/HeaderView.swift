import RapportCore

/// The top line: the business, the standing against the team's shared copy, today, active agreements, the owner's
/// capacity and MRR.
enum HeaderView {
    static func draw(_ state: AppState, into screen: inout Screen) {
        let portfolio = state.portfolio
        let active = state.paneRows.summary.activeAgreements
        let mrr = state.paneRows.summary.mrr.compact(symbol: state.symbol)
        let sync = state.syncing ? "syncing…" : state.sync?.headerText(today: state.today)
        let synced = sync.map { " │ \($0)" } ?? ""
        let counts = " │ \(state.today.long) │ \(active) active"
        // The MRR always shows whole: on a narrow screen the sync, the count and then the date give way first. The
        // capacity gives way before them all, and before the business name is cut.
        let candidates = [synced + counts, counts, " │ \(state.today.short)", ""].map { $0 + " │ MRR \(mrr)" }
        let withCapacity = synced + counts + capacityText(state) + " │ MRR \(mrr)"
        let room = screen.width - 2 - DisplayText.width(portfolio.settings.business)
        let figures =
            withCapacity.count <= room
            ? withCapacity : candidates.first { $0.count <= screen.width - 2 } ?? candidates.last!
        screen.fill(x: 0, y: 0, width: screen.width, height: 1, style: .selected)
        // The business name gives way first, so the date and the money always show.
        let nameWidth = max(0, screen.width - 2 - figures.count)
        let x =
            1
            + screen.put(
                portfolio.settings.business, x: 1, y: 0, width: nameWidth, style: Style(bold: true, reverse: true))
        screen.put(figures, x: x, y: 0, width: screen.width - x - 1, style: .selected)
    }

    /// The firm's committed hours against the utilisation target, as `rapport capacity` gives them, for the owner:
    /// the dashboard of everyone's visits rather than one technician's, with a team to count.
    private static func capacityText(_ state: AppState) -> String {
        let capacity = state.paneRows.capacity
        guard state.technicianFilter == nil, !capacity.technicians.isEmpty else { return "" }
        return " │ capacity \(capacity.firm.percent)% of \(capacity.targetPercent)%"
    }
}
