import RapportCore

/// `rapport renewals`, the dashboard's renewals pane and its renewal pipeline: agreements renewing soon, with the
/// money at stake, the survey's state and how healthy each relationship looks.
public struct RenewalsReport: Encodable, Sendable, Equatable {
    public var date: Day
    public var within: Int
    public var renewals: [Entry]
    /// A year of the fees of the renewals not yet signed: the money at stake.
    public var totalAnnualValue: Money

    /// One renewal.
    public struct Entry: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var renewsOn: Day
        public var daysLeft: Int
        public var monthlyFee: Money
        public var annualValue: Money
        public var surveyStatus: SurveyStatus
        public var stage: RenewalStage
        /// This term's survey score, and the previous term's; null when none was answered.
        public var score: Int?
        public var previousScore: Int?
        public var visitsDelivered: Int
        public var visitsPromised: Int
        /// Null when the client has never been contacted.
        public var daysSinceContact: Int?
        public var health: Health
        public var proposalSent: Day?
        /// The term a renewal has queued: `{start, monthlyFee}`, null until the client renews.
        public var nextTerm: NextTerm?

        /// Whether the money is still at stake: a renewal already signed is won.
        public var isAtStake: Bool { nextTerm == nil }

        /// Whether the renewal needs the owner now: lapsed, its survey due, or the relationship at risk.
        public var needsAttention: Bool { stage == .lapsed || stage == .surveyDue || health == .atRisk }

        /// The days left as people read them: `12d`, or `lapsed` from the renewal day on.
        public var daysLeftText: String { stage == .lapsed ? "lapsed" : "\(daysLeft)d" }

        /// The survey as a renewal list shows it; once renewed, the survey no longer decides anything, so it says
        /// `renewed`.
        public var surveyText: String { stage == .renewed ? RenewalStage.renewed.rawValue : surveyStatus.rawValue }

        /// The score as the tables show it, next to the previous term's: `9 (was 7)`, `9`, `- (was 7)`, or `-`.
        public var scoreText: String {
            let now = score.map(String.init) ?? "-"
            return previousScore.map { "\(now) (was \($0))" } ?? now
        }

        /// The visits delivered of those promised, e.g. `3/4`.
        public var visitsText: String { "\(visitsDelivered)/\(visitsPromised)" }

        /// The stage with the day a proposal went out (`proposal-sent Tue 24 Nov`) or the next term's fee (`renewed
        /// at $950.00`).
        ///
        /// - Parameter symbol: the currency symbol.
        /// - Returns: the words.
        public func stageText(symbol: String) -> String {
            if let nextTerm { return "\(stage.rawValue) at \(nextTerm.monthlyFee.formatted(symbol: symbol))" }
            guard stage == .proposalSent, let proposalSent else { return stage.rawValue }
            return "\(stage.rawValue) \(proposalSent.short)"
        }

        /// Days since the last contact as people read them: `today`, `6d ago` or `never`.
        public var contactText: String {
            switch daysSinceContact {
            case nil: "never"
            case 0?: "today"
            case let days?: "\(days)d ago"
            }
        }

        // Written by hand so that an unknown value is `null` rather than a missing key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(renewsOn, forKey: .renewsOn)
            try container.encode(daysLeft, forKey: .daysLeft)
            try container.encode(monthlyFee, forKey: .monthlyFee)
            try container.encode(annualValue, forKey: .annualValue)
            try container.encode(surveyStatus, forKey: .surveyStatus)
            try container.encode(stage, forKey: .stage)
            try container.encode(score, forKey: .score)
            try container.encode(previousScore, forKey: .previousScore)
            try container.encode(visitsDelivered, forKey: .visitsDelivered)
            try container.encode(visitsPromised, forKey: .visitsPromised)
            try container.encode(daysSinceContact, forKey: .daysSinceContact)
            try container.encode(health, forKey: .health)
            try container.encode(proposalSent, forKey: .proposalSent)
            try container.encode(nextTerm, forKey: .nextTerm)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, renewsOn, daysLeft, monthlyFee, annualValue, surveyStatus, stage, score, previousScore
            case visitsDelivered, visitsPromised, daysSinceContact, health, proposalSent, nextTerm
        }
    }

    /// Works out the renewals of a window.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    ///   - within: how many days ahead to look; nil takes the settings' renewal window.
    public init(_ portfolio: Portfolio, today: Day, within: Int? = nil) {
        date = today
        self.within = within ?? portfolio.settings.defaults.renewalWindowDays
        renewals = portfolio.renewals(today: today, within: self.within).map {
            Entry(
                client: $0.client, name: $0.name, renewsOn: $0.renewsOn, daysLeft: $0.daysLeft,
                monthlyFee: $0.monthlyFee, annualValue: $0.annualValue, surveyStatus: $0.surveyStatus,
                stage: $0.stage, score: $0.score, previousScore: $0.previousScore,
                visitsDelivered: $0.visitsDelivered, visitsPromised: $0.visitsPromised,
                daysSinceContact: $0.daysSinceContact, health: $0.health, proposalSent: $0.proposalSent,
                nextTerm: $0.nextTerm)
        }
        totalAnnualValue = renewals.filter(\.isAtStake).reduce(.zero) { $0 + $1.annualValue }
    }
}
