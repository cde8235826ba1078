/// A prospect's place in the sales pipeline: what brought it, how far it got, and the next step.
public struct Prospect: Codable, Sendable, Equatable, Stamped {
    /// What made the prospect talk to us: an emergency call, an audit, an unhappy provider or a referral.
    public var trigger: ClientSource
    public var stage: ProspectStage
    public var estimatedMonthlyFee: Money?
    public var nextStep: String?
    public var nextStepOn: Day?
    /// Why it was lost, once it is.
    public var lostReason: String?

    public var changedAt: String?
    public var changedBy: String?

    public init(
        trigger: ClientSource, stage: ProspectStage = .lead, estimatedMonthlyFee: Money? = nil, nextStep: String? = nil,
        nextStepOn: Day? = nil, lostReason: String? = nil
    ) {
        self.trigger = trigger
        self.stage = stage
        self.estimatedMonthlyFee = estimatedMonthlyFee
        self.nextStep = nextStep
        self.nextStepOn = nextStepOn
        self.lostReason = lostReason
    }
}

/// How far a prospect has got.
public enum ProspectStage: String, Codable, Sendable, CaseIterable, Comparable {
    case lead
    case auditScheduled = "audit-scheduled"
    case auditDone = "audit-done"
    case proposalSent = "proposal-sent"
    case won, lost

    /// Whether the prospect is still being worked on.
    public var isOpen: Bool { self != .won && self != .lost }

    public static func < (lhs: ProspectStage, rhs: ProspectStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Changes to a prospect's pipeline entry; nil leaves a field as it is.
public struct ProspectEdit: Sendable, Equatable {
    public var trigger: ClientSource?
    public var stage: ProspectStage?
    public var estimatedMonthlyFee: Money?
    public var nextStep: String?
    public var nextStepOn: Day?
    public var lostReason: String?

    public init(
        trigger: ClientSource? = nil, stage: ProspectStage? = nil, estimatedMonthlyFee: Money? = nil,
        nextStep: String? = nil, nextStepOn: Day? = nil, lostReason: String? = nil
    ) {
        self.trigger = trigger
        self.stage = stage
        self.estimatedMonthlyFee = estimatedMonthlyFee
        self.nextStep = nextStep
        self.nextStepOn = nextStepOn
        self.lostReason = lostReason
    }
}
