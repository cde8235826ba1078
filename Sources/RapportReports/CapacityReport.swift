import RapportCore

/// `rapport capacity`: the weekly hours each technician's agreements commit, against the utilisation target, and
/// how many more clients of a workload the firm can take on.
public struct CapacityReport: Encodable, Sendable, Equatable {
    public var date: Day
    public var targetPercent: Int
    public var technicians: [Entry]
    /// The hours a week of the requests of the last 90 days, which no one technician carries.
    public var requestHours: Double
    public var firm: Entry
    /// The workload counted: the sweet spot, or `--add`'s.
    public var workload: String
    public var workloadHours: Double
    /// How many more clients of the workload fit under the firm's target.
    public var moreClients: Int

    /// One technician's week, or the firm's.
    public struct Entry: Encodable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var hoursPerWeek: Double
        public var committedHours: Double
        public var percent: Int
        /// The percentage with the workload added to this technician.
        public var percentWithWorkload: Int
        /// Whether the workload fits under the target.
        public var fits: Bool
    }

    /// How far back request hours are averaged.
    static let requestDays = 90

    /// Works out the capacity.
    ///
    /// Each agreement in force commits its visits a month (its rule's visits over its term) at the average hours
    /// of the client's latest done visits (`Client.typicalVisitHours`; or the agreement's minimum, or the rate
    /// card's), plus travel both ways, to its usual technician. A technician without hours a week set counts 40.
    /// Nothing older is read, so the store's summaries answer it as the whole documents do.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    ///   - workload: the client to fit; the sweet spot when nil.
    public init(_ portfolio: Portfolio, today: Day, workload: Workload = .sweetSpot) {
        let settings = portfolio.settings
        date = today
        targetPercent = settings.utilisationTarget
        self.workload = workload.description
        workloadHours = workload.hoursPerWeek
        let committed = CapacityReport.committedHours(portfolio, today: today)
        let since = today.adding(days: -CapacityReport.requestDays)
        let requests = portfolio.clients.flatMap { $0.requests ?? [] }.filter {
            ($0.closedAt.map { $0.day > since && $0.day <= today } ?? false)
        }
        requestHours = requests.reduce(0) { $0 + ($1.hours ?? 0) } * 7 / Double(CapacityReport.requestDays)
        let target = settings.utilisationTarget
        func entry(_ id: String, _ name: String, _ hours: Double, _ used: Double) -> Entry {
            let percent = Int((used / hours * 100).rounded())
            let after = Int(((used + workload.hoursPerWeek) / hours * 100).rounded())
            return Entry(
                id: id, name: name, hoursPerWeek: hours, committedHours: used, percent: percent,
                percentWithWorkload: after, fits: after <= target)
        }
        technicians = settings.technicians.map {
            entry($0.id, $0.name, $0.hoursPerWeek ?? 40, committed[$0.id] ?? 0)
        }
        let total = technicians.reduce(0) { $0 + $1.hoursPerWeek }
        let used = committed.values.reduce(0, +) + requestHours
        firm = entry("", "Firm", max(total, 1), used)
        let room = total * Double(target) / 100 - used
        moreClients = room > 0 ? Int(room / workload.hoursPerWeek) : 0
    }

    /// The weekly hours each technician's agreements commit, by technician id; "" for agreements with no one.
    private static func committedHours(_ portfolio: Portfolio, today: Day) -> [String: Double] {
        var hours: [String: Double] = [:]
        for client in portfolio.clients {
            guard let agreement = client.agreement(on: today), let plan = agreement.visits else { continue }
            let count = plan.rule.occurrences(
                anchoredAt: agreement.start, from: agreement.start, through: agreement.renewalDate.adding(days: -1)
            ).count
            let perVisit =
                client.typicalVisitHours ?? agreement.minimumHours ?? portfolio.settings.rateCard.minimumHours
            let load = Workload(
                visitsPerMonth: Double(count) / Double(max(agreement.termMonths, 1)), hoursPerVisit: perVisit,
                travelMinutes: client.travelMinutes ?? 0)
            hours[plan.technician ?? "", default: 0] += load.hoursPerWeek
        }
        return hours
    }
}
