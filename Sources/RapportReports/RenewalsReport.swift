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
        /// Why the response promises lower the health: `2 of 9 phone responses missed`, one per channel.
        public var missedResponses: [String]
        /// The client's needs no technician covers: a promise at risk.
        public var uncoveredNeeds: [String]
        public var proposalSent: Day?
        /// The term a renewal has queued: `{start, monthlyFee}`, null until the client renews.
        public var nextTerm: NextTerm?

        /// The start and fee of a renewed agreement's next term.
        public struct NextTerm: Encodable, Sendable, Equatable {
            public var start: Day
            public var monthlyFee: Money
        }

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
            return "\(stage.rawValue) \(proposalSent.short(near: renewsOn))"
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
            try container.encode(missedResponses, forKey: .missedResponses)
            try container.encode(uncoveredNeeds, forKey: .uncoveredNeeds)
            try container.encode(proposalSent, forKey: .proposalSent)
            try container.encode(nextTerm, forKey: .nextTerm)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, renewsOn, daysLeft, monthlyFee, annualValue, surveyStatus, stage, score, previousScore
            case visitsDelivered, visitsPromised, daysSinceContact, health, missedResponses, uncoveredNeeds
            case proposalSent, nextTerm
        }
    }

    /// Works out the renewals of a window: agreements that renew within it, and lapsed ones, soonest (most lapsed)
    /// first.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day.
    ///   - within: how many days ahead to look; nil takes the settings' renewal window.
    public init(_ portfolio: Portfolio, today: Day, within: Int? = nil) {
        let defaults = portfolio.settings.defaults
        let hours = portfolio.settings.hours
        let window = within ?? defaults.renewalWindowDays
        date = today
        self.within = window
        renewals = portfolio.clients.compactMap { client -> Entry? in
            guard let agreement = client.agreement(on: today) else { return nil }
            let renewsOn = agreement.renewalDate
            let daysLeft = today.days(until: renewsOn)
            guard daysLeft <= window, agreement.start <= today || daysLeft >= 0 else { return nil }
            let survey = client.surveyStatus(today: today, defaults: defaults) ?? .notYet
            let delivery = client.visitDelivery(today: today)
            return Entry(
                client: client.id, name: client.name, renewsOn: renewsOn, daysLeft: daysLeft,
                monthlyFee: agreement.monthlyFee, annualValue: agreement.monthlyFee * 12, surveyStatus: survey,
                stage: RenewalStage(client, agreement: agreement, survey: survey, today: today),
                score: client.surveyScore(in: agreement.start..<renewsOn),
                previousScore: client.previousTerm(on: today).flatMap { client.surveyScore(in: $0) },
                visitsDelivered: delivery.delivered, visitsPromised: delivery.promised,
                daysSinceContact: client.lastContact(today: today).map { $0.days(until: today) },
                health: client.health(today: today, defaults: defaults, hours: hours) ?? .watch,
                missedResponses: client.missedResponses(today: today, hours: hours),
                uncoveredNeeds: TeamGapsReport.uncoveredNeeds(of: client, portfolio.settings.technicians),
                proposalSent: agreement.proposalSent,
                nextTerm: client.queuedRenewal(on: today).map {
                    Entry.NextTerm(start: $0.start, monthlyFee: $0.monthlyFee)
                })
        }.sorted { ($0.daysLeft, $0.name) < ($1.daysLeft, $1.name) }
        totalAnnualValue = renewals.filter(\.isAtStake).reduce(.zero) { $0 + $1.annualValue }
    }
}
