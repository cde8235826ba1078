import RapportCore
import RapportReports
import RapportStore

/// Every pane's rows before filtering, with the header's figures, worked out once when the data they come from
/// changes, so that a keystroke only reads them.
///
/// The value depends only on the portfolio, now, the unreadable files and the technician filter: values brought up to
/// date in steps equal one built afresh from the same inputs, which keeps `AppState`'s equality meaningful.
struct PaneRows: Sendable, Equatable {
    /// Each pane's rows, in display order.
    private var rows: [Pane: [PaneRow]] = [:]
    /// Each row prepared for filtering, so filtering as you type lowercases nothing.
    private var searchTexts: [Pane: [SearchText]] = [:]
    /// The filter typed for each pane, as last applied.
    private var filters: [Pane: String] = [:]
    /// The rows matching each filtered pane's filter, worked out when the filter or the rows change, so that a
    /// frame drawn while filtering does not filter again every time it asks for the rows.
    private var matches: [Pane: [PaneRow]] = [:]
    /// How many rows at the top of the clients pane stand for unreadable files.
    private var unreadableCount = 0
    /// Where each client sits in the portfolio, so a client is found without a search.
    private let positions: [String: Int]
    /// Each client's fields that `/` looks through beyond a row's cells.
    private let searchFields: [String: [SearchField]]
    /// The header's figures: active agreements, MRR and the money at stake in renewals.
    let summary: SummaryReport
    /// The header's capacity: the firm's committed hours against the utilisation target.
    let capacity: CapacityReport
    /// The revenue view's figures.
    let revenue: RevenueReport
    /// The revenue view's rate card.
    let rateCard: RateCardReport

    /// Works out every pane's rows from the reports, so that each pane shows what the matching command prints.
    ///
    /// - Parameters:
    ///   - now: the current day and time.
    ///   - portfolio: the store's clients and settings.
    ///   - unreadable: client files that could not be read.
    ///   - technicianFilter: the only technician whose visits are listed, if any.
    init(now: DayTime, portfolio: Portfolio, unreadable: [FileProblem], technicianFilter: String?) {
        let today = now.day
        positions = Dictionary(
            portfolio.clients.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        searchFields = Dictionary(
            portfolio.clients.map { ($0.id, $0.searchFields) }, uniquingKeysWith: { first, _ in first })
        // The renewals pane and the pipeline list the same renewals, so they are worked out once for both.
        let renewals = RenewalsReport(portfolio, today: today)
        let overdue = OverdueReport(portfolio, today: today)
        revenue = RevenueReport(portfolio, today: today)
        rateCard = RateCardReport(portfolio.settings)
        capacity = CapacityReport(portfolio, today: today)
        summary = SummaryReport(
            business: portfolio.settings.business, revenue: revenue,
            today: TodayReport(portfolio, today: today, technician: nil), overdue: overdue, renewals: renewals)
        let symbol = portfolio.settings.currencySymbol
        set(
            .clients, to: PaneRows.clientRows(ClientListReport(portfolio, unreadable: [], today: today), symbol: symbol)
        )
        showUnreadable(unreadable)
        showVisits(of: technicianFilter, in: portfolio, today: today)
        set(.overdue, to: PaneRows.overdueRows(overdue))
        // This month's rate, as `rapport profit` gives it: the portfolio's summaries keep the month's visits.
        let profit = ProfitReport(portfolio, today: today, months: 1)
        set(.renewals, to: PaneRows.renewalRows(renewals, profit: profit, symbol: symbol))
        set(.pipeline, to: PaneRows.pipelineRows(renewals, symbol: symbol))
        set(.surveys, to: PaneRows.surveyRows(SurveysReport(portfolio, today: today)))
        set(.prospects, to: PaneRows.prospectRows(PipelineReport(portfolio, today: today), symbol: symbol))
        set(.team, to: PaneRows.teamRows(TeamReport(portfolio, today: today)))
        set(.revenue, to: PaneRows.revenueRows(revenue, card: rateCard, symbol: symbol))
        showRequests(in: portfolio, now: now)
    }

    /// A pane's rows, unfiltered.
    ///
    /// - Parameter pane: the pane.
    /// - Returns: the rows in display order.
    func rows(_ pane: Pane) -> [PaneRow] { rows[pane] ?? [] }

    /// A pane's rows as shown: those matching its filter, or all of them when it has none.
    ///
    /// - Parameter pane: the pane.
    /// - Returns: the rows in display order.
    func shown(_ pane: Pane) -> [PaneRow] { matches[pane] ?? rows(pane) }

    /// Applies the panes' filters, filtering again only the panes whose filter changed.
    ///
    /// - Parameter filters: the text typed after `/` in each pane.
    mutating func filter(by filters: [Pane: String]) {
        for pane in Set(filters.keys).union(self.filters.keys) where filters[pane] != self.filters[pane] {
            self.filters[pane] = filters[pane]
            refilter(pane)
        }
    }

    /// A pane's rows that match a filter, ignoring case: a cell or the client id contains it, or a field of the
    /// client that the row does not show (a person, a phone, an email, the address, the notes). Such a row says
    /// which field matched after its first cell.
    ///
    /// - Parameters:
    ///   - pane: the pane.
    ///   - filter: the text typed after `/`.
    /// - Returns: the matching rows in display order.
    func rows(_ pane: Pane, matching filter: String) -> [PaneRow] {
        guard let rows = rows[pane], let texts = searchTexts[pane] else { return [] }
        let needle = filter.lowercased()
        let bytes = needle.isPrintableASCII ? Array(needle.utf8) : nil
        return texts.indices.compactMap { index -> PaneRow? in
            switch texts[index].match(needle, bytes: bytes) {
            case nil: return nil
            case .shown: return rows[index]
            case .field(let field):
                var row = rows[index]
                row.cells[0] += " (\(field.name): \(field.value))"
                return row
            }
        }
    }

    /// Where a client sits in the portfolio the rows were worked out from.
    ///
    /// - Parameter id: the client id.
    /// - Returns: the index into `portfolio.clients`, or nil when no client has that id.
    func position(of id: String) -> Int? { positions[id] }

    /// Replaces the rows at the top of the clients pane that stand for unreadable files.
    ///
    /// - Parameter unreadable: the files that could not be read now.
    mutating func showUnreadable(_ unreadable: [FileProblem]) {
        // Unreadable clients stay in the list, marked, so nobody thinks they vanished.
        let broken = unreadable.compactMap { problem in
            problem.clientID.map {
                PaneRow(clientID: $0, cells: [$0, "✗", "unreadable", "", ""], emphasised: true)
            }
        }
        set(.clients, to: broken + rows(.clients).dropFirst(unreadableCount))
        unreadableCount = broken.count
    }

    /// Works out the visits pane, today's agenda and the week again, for everyone or for one technician.
    ///
    /// - Parameters:
    ///   - technician: the only technician whose visits are listed, if any.
    ///   - portfolio: the store's clients and settings.
    ///   - today: the current day.
    mutating func showVisits(of technician: String?, in portfolio: Portfolio, today: Day) {
        set(.visits, to: PaneRows.visitRows(UpcomingReport(portfolio, today: today, technician: technician)))
        set(.today, to: PaneRows.todayRows(TodayReport(portfolio, today: today, technician: technician)))
        set(.week, to: PaneRows.weekRows(WeekReport(portfolio, from: today, today: today, technician: technician)))
    }

    /// Works out the requests view again, whose time left moves with the clock.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - now: the current day and time.
    mutating func showRequests(in portfolio: Portfolio, now: DayTime) {
        set(.requests, to: PaneRows.requestRows(RequestListReport(portfolio, now: now, openOnly: true)))
    }

    private mutating func set(_ pane: Pane, to rows: [PaneRow]) {
        self.rows[pane] = rows
        // Hidden fields are searched where each row is a client; in a schedule the client's name already shows.
        let listsClients: Set<Pane> = [.clients, .overdue, .renewals, .pipeline, .surveys, .prospects]
        searchTexts[pane] = rows.map {
            SearchText($0, fields: listsClients.contains(pane) ? searchFields[$0.clientID] ?? [] : [])
        }
        refilter(pane)
    }

    private mutating func refilter(_ pane: Pane) {
        guard let filter = filters[pane], !filter.isEmpty else {
            matches[pane] = nil
            return
        }
        matches[pane] = rows(pane, matching: filter)
    }
}
