import RapportCore

/// `rapport pipeline` and the dashboard's prospects view: every prospect with its stage, trigger, estimated fee
/// and next step.
public struct PipelineReport: Encodable, Sendable, Equatable {
    public var date: Day
    /// The estimated monthly fees of the prospects still open.
    public var openEstimatedMRR: Money
    /// Every prospect, those added as clients with the prospect status included, as leads.
    public var prospects: [Entry]

    /// A prospect.
    public struct Entry: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var trigger: ClientSource
        public var stage: ProspectStage
        public var estimatedMonthlyFee: Money?
        public var nextStep: String?
        public var nextStepOn: Day?
        /// Whether the prospect is open and its next step's date has passed.
        public var overdue: Bool
        public var lostReason: String?

        /// What comes next in words: the next step of an open prospect, why a lost one was lost, nothing once won.
        public var stepText: String? {
            switch stage {
            case .won: nil
            case .lost: lostReason.map { "lost: \($0)" }
            default: nextStep
            }
        }

        /// When the next step is due, for an open prospect: `Tue 24 Nov`, or `Tue 24 Nov overdue` once passed.
        ///
        /// - Parameter today: the report's day, for the year of a far date.
        /// - Returns: the words, or nil with no next step.
        public func dueText(today: Day) -> String? {
            guard stage.isOpen, let nextStepOn else { return nil }
            return nextStepOn.short(near: today) + (overdue ? " overdue" : "")
        }

        // Written by hand so that an unknown value is `null` rather than a missing key.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(trigger, forKey: .trigger)
            try container.encode(stage, forKey: .stage)
            try container.encode(estimatedMonthlyFee, forKey: .estimatedMonthlyFee)
            try container.encode(nextStep, forKey: .nextStep)
            try container.encode(nextStepOn, forKey: .nextStepOn)
            try container.encode(overdue, forKey: .overdue)
            try container.encode(lostReason, forKey: .lostReason)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, trigger, stage, estimatedMonthlyFee, nextStep, nextStepOn, overdue, lostReason
        }
    }

    /// Works out the pipeline.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the day, for the next steps that are late.
    public init(_ portfolio: Portfolio, today: Day) {
        date = today
        openEstimatedMRR = portfolio.openPipelineValue
        prospects = portfolio.prospects.map { client, prospect in
            Entry(
                client: client.id, name: client.name, trigger: prospect.trigger, stage: prospect.stage,
                estimatedMonthlyFee: prospect.estimatedMonthlyFee, nextStep: prospect.nextStep,
                nextStepOn: prospect.nextStepOn,
                overdue: prospect.stage.isOpen && prospect.nextStepOn.map { $0 < today } ?? false,
                lostReason: prospect.lostReason)
        }
    }
}
