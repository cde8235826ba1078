import RapportCore

/// `rapport upcoming` and the dashboard's visits pane: the visits still on the calendar over the next days, done
/// ones included so that a day's progress shows, cancelled ones left out.
public struct UpcomingReport: Encodable, Sendable, Equatable {
    public var from: Day
    public var to: Day
    public var visits: [VisitEntry]

    /// How many days ahead the report looks unless asked otherwise.
    public static let defaultDays = 14

    /// Works out the visits of the coming days.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the first day.
    ///   - days: how many days, today included.
    ///   - technician: the only technician whose visits are listed, if any.
    public init(_ portfolio: Portfolio, today: Day, days: Int = defaultDays, technician: String?) {
        from = today
        to = today.adding(days: days - 1)
        visits = VisitEntry.onCalendar(portfolio, from: from, through: to, technician: technician)
    }
}
