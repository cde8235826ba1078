import RapportCore

/// `rapport team gaps`: the technologies clients run that no technician knows, a promise at risk, and those only one
/// person knows.
public struct TeamGapsReport: Encodable, Sendable, Equatable {
    /// Needs no technician covers.
    public var uncovered: [Need]
    /// Needs exactly one technician covers.
    public var singlePerson: [Need]

    /// One technology and who needs and knows it.
    public struct Need: Encodable, Sendable, Equatable {
        public var need: String
        /// The ids of the active clients that run it.
        public var clients: [String]
        /// The ids of the technicians who know it.
        public var technicians: [String]
    }

    /// Sets the active clients' needs against the team's skills, matched without regard to case.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day, for which clients are active.
    public init(_ portfolio: Portfolio, today: Day) {
        var clients: [String: [String]] = [:]
        var spelling: [String: String] = [:]
        for client in portfolio.activeClients(today: today) {
            for need in client.needs ?? [] {
                clients[need.lowercased(), default: []].append(client.id)
                spelling[need.lowercased()] = spelling[need.lowercased()] ?? need
            }
        }
        let needs = clients.keys.sorted().map { key in
            Need(
                need: spelling[key]!, clients: clients[key]!,
                technicians: TeamGapsReport.covering(key, portfolio.settings.technicians))
        }
        uncovered = needs.filter { $0.technicians.isEmpty }
        singlePerson = needs.filter { $0.technicians.count == 1 }
    }

    /// The technicians whose skills name a need.
    static func covering(_ need: String, _ technicians: [Technician]) -> [String] {
        technicians.filter { $0.skills.contains { $0.lowercased() == need.lowercased() } }.map(\.id)
    }

    /// A client's needs that no technician covers.
    ///
    /// - Parameters:
    ///   - client: the client.
    ///   - technicians: the team.
    /// - Returns: the needs, as the client spells them.
    public static func uncoveredNeeds(of client: Client, _ technicians: [Technician]) -> [String] {
        (client.needs ?? []).filter { covering($0, technicians).isEmpty }
    }
}
