import RapportCore

/// The one-screen summary, and the dashboard's header: a figure for each pane, with the command to see more.
///
/// Each figure comes from the report that lists it, so the summary never counts differently from the list.
public struct SummaryReport: Encodable, Sendable, Equatable {
    public var business: String
    public var date: Day
    public var activeAgreements: Int
    public var mrr: Money
    public var visitsToday: Int
    public var overdue: Int
    public var renewals: Int
    public var renewalWindowDays: Int
    public var atStake: Money

    /// Works out the figures.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    public init(_ portfolio: Portfolio, today: Day) {
        let renewals = RenewalsReport(portfolio, today: today)
        self.init(
            business: portfolio.settings.business, revenue: RevenueReport(portfolio, today: today),
            today: TodayReport(portfolio, today: today, technician: nil),
            overdue: OverdueReport(portfolio, today: today), renewals: renewals)
    }

    /// Gathers the figures from reports already worked out.
    ///
    /// - Parameters:
    ///   - business: the business's name.
    ///   - revenue: the revenue report.
    ///   - today: the day's visits.
    ///   - overdue: the overdue report.
    ///   - renewals: the renewals of the settings' window.
    public init(
        business: String, revenue: RevenueReport, today: TodayReport, overdue: OverdueReport,
        renewals: RenewalsReport
    ) {
        self.business = business
        date = revenue.date
        activeAgreements = revenue.activeAgreements
        mrr = revenue.mrr
        visitsToday = today.visits.count
        self.overdue = overdue.clients.count
        self.renewals = renewals.renewals.count
        renewalWindowDays = renewals.within
        atStake = renewals.totalAnnualValue
    }
}
