import RapportCore

/// `rapport team` and the dashboard's team view: the technicians with their skills, certifications and the visits
/// planned for them in the coming week.
public struct TeamReport: Encodable, Sendable, Equatable {
    public var technicians: [Entry]

    /// A technician and the week ahead.
    public struct Entry: Encodable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var skills: [String]
        public var certifications: [String]
        /// Visits planned for the technician from today through the next six days.
        public var visitsThisWeek: Int
    }

    /// Lists the team.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the first day of the week counted.
    public init(_ portfolio: Portfolio, today: Day) {
        // One pass over the week's schedule for the whole team, rather than one per technician.
        var planned: [String: Int] = [:]
        for item in portfolio.visits(from: today, through: today.adding(days: 6)) where item.visit.status == .planned {
            if let technician = item.visit.technician { planned[technician, default: 0] += 1 }
        }
        technicians = portfolio.settings.technicians.map {
            Entry(
                id: $0.id, name: $0.name, skills: $0.skills, certifications: $0.certifications,
                visitsThisWeek: planned[$0.id] ?? 0)
        }
    }
}
