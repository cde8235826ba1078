// MARK: - What the renewal conversation needs

extension Client {
    /// The latest survey score answered within a span of days.
    ///
    /// - Parameter term: the span, usually a term's start up to its renewal.
    /// - Returns: the score, or nil when no survey was answered then.
    public func surveyScore(in term: Range<Day>) -> Int? {
        surveys.filter { $0.answered.map(term.contains) ?? false && $0.score != nil }
            .max { $0.answered! < $1.answered! }?.score
    }

    /// Visits done in the contract standing today against the rules' occurrences from its start up to yesterday.
    ///
    /// - Parameter today: the current day.
    /// - Returns: how many were delivered and how many were promised so far.
    public func visitDelivery(today: Day) -> (delivered: Int, promised: Int) {
        guard let agreement = agreement(on: today) else { return (0, 0) }
        // A term that has not started yet has promised and delivered nothing.
        let end = max(agreement.start, min(today, agreement.renewalDate))
        let term = agreement.start..<end
        let delivered = visits.filter { $0.status == .done && term.contains($0.on) }.count
        guard agreement.start < end else { return (delivered, 0) }
        return (delivered, promisedVisits(from: agreement.start, through: end.adding(days: -1)).count)
    }

    /// How healthy the relationship looks ahead of the renewal, by the rule in the README.
    ///
    /// At risk: a score of 6 or less, a score 2 or more below the previous term's, fewer than 75% of promised
    /// visits delivered, no contact for more than twice the limit, or fewer than 80% of a channel's response
    /// promises kept this term. Watch: a score of 7 or 8, fewer than 90% of visits, contact overdue, no survey answer
    /// with 30 days or less to go, or any response promise missed this term. Good otherwise.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - defaults: the settings' defaults.
    ///   - hours: the business hours response promises are counted in.
    /// - Returns: the health mark, or nil without an agreement.
    public func health(today: Day, defaults: Defaults, hours: BusinessHours) -> Health? {
        guard let agreement = agreement(on: today) else { return nil }
        let score = surveyScore(in: agreement.start..<agreement.renewalDate)
        let before = previousTerm(on: today).flatMap { surveyScore(in: $0) }
        let (delivered, promised) = visitDelivery(today: today)
        let ratio = promised == 0 ? 1 : Double(delivered) / Double(promised)
        let limit = agreement.contactLimit(defaults)
        let silence = (lastContact(today: today) ?? agreement.start).days(until: today)
        let daysLeft = today.days(until: agreement.renewalDate)
        if let score, score <= 6 { return .atRisk }
        if let score, let before, before - score >= 2 { return .atRisk }
        let tallies = termPromiseTallies(today: today, hours: hours)
        if ratio < 0.75 || silence > 2 * limit || tallies.contains(where: { $0.compliancePercent < 80 }) {
            return .atRisk
        }
        if let score, score <= 8 { return .watch }
        if ratio < 0.9 || silence > limit || (score == nil && daysLeft <= 30) { return .watch }
        if tallies.contains(where: { $0.missed > 0 }) { return .watch }
        return .good
    }
}

/// How a relationship looks ahead of its renewal.
public enum Health: String, Codable, Sendable, Equatable {
    case good, watch
    case atRisk = "at-risk"

    /// A mark that reads without colour.
    public var mark: String {
        switch self {
        case .good: "✓ good"
        case .watch: "~ watch"
        case .atRisk: "! at risk"
        }
    }
}
