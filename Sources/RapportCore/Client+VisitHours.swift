// MARK: - How long a visit to the client takes

extension Client {
    /// How many of the latest done visits the typical visit is averaged over: about half a year of visits twice a
    /// month, recent enough to follow a client whose needs changed, and few enough for a summary to keep.
    public static let visitsAveraged = 12

    /// The latest done visits that carry hours, the latest first, at most `visitsAveraged`: what
    /// `typicalVisitHours` averages, and what a `ClientSummary` keeps so that it answers the same.
    public var latestTimedVisits: [Visit] {
        let timed = visits.filter { $0.status == .done && $0.hours != nil }
        return Array(timed.sorted { ($0.on, $0.id) > ($1.on, $1.id) }.prefix(Client.visitsAveraged))
    }

    /// The average hours of the latest done visits, which capacity plans the client's visits at; nil until a done
    /// visit has hours.
    public var typicalVisitHours: Double? {
        let hours = latestTimedVisits.compactMap(\.hours)
        return hours.isEmpty ? nil : hours.reduce(0, +) / Double(hours.count)
    }
}
