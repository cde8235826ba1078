/// Figures across all clients: revenue, renewals, overdue contact and the day's visits.
public struct Portfolio: Sendable, Equatable {
    public var clients: [Client]
    public var settings: Settings

    public init(clients: [Client], settings: Settings) {
        self.clients = clients
        self.settings = settings
    }

    // MARK: - Revenue

    /// The clients whose agreement is active today.
    ///
    /// - Parameter today: the current day.
    /// - Returns: those clients, in store order.
    public func activeClients(today: Day) -> [Client] {
        clients.filter { $0.agreement(on: today)?.isActive(on: today) ?? false }
    }

    /// Monthly recurring revenue: the sum of the monthly fees of active agreements.
    ///
    /// - Parameter today: the current day.
    /// - Returns: the MRR.
    public func mrr(today: Day) -> Money {
        activeClients(today: today).reduce(.zero) { $0 + $1.agreement(on: today)!.monthlyFee }
    }

    /// Annual recurring revenue: twelve times the MRR.
    ///
    /// - Parameter today: the current day.
    /// - Returns: the ARR.
    public func arr(today: Day) -> Money { mrr(today: today) * 12 }

    // MARK: - Contact and visits

    /// Clients whose contact is overdue, longest silence first.
    ///
    /// - Parameter today: the current day.
    /// - Returns: each overdue client with its finding.
    public func overdue(today: Day) -> [(client: Client, finding: OverdueContact)] {
        clients.compactMap { client in
            client.overdueContact(today: today, defaults: settings.defaults).map { (client, $0) }
        }.sorted { ($0.finding.daysSince, $1.client.name) > ($1.finding.daysSince, $0.client.name) }
    }

    /// All clients' visits between two days, in calendar order.
    ///
    /// - Parameters:
    ///   - from: the first day.
    ///   - through: the last day.
    ///   - technician: only this technician's visits, when given.
    /// - Returns: each visit with its client.
    public func visits(from: Day, through: Day, technician: String? = nil) -> [(client: Client, visit: ScheduledVisit)]
    {
        clients.flatMap { client in
            client.schedule(from: from, through: through).map { (client: client, visit: $0) }
        }
        .filter { technician == nil || $0.visit.technician == technician }
        .sorted {
            ($0.visit.on, $0.visit.at?.minutes ?? -1, $0.client.name)
                < ($1.visit.on, $1.visit.at?.minutes ?? -1, $1.client.name)
        }
    }
}
