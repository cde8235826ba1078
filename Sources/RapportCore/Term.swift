/// One dated stretch of an agreement over which nothing about it changes: its fee, kind, hours, promises and
/// visit rule.
///
/// An agreement is the list of its terms, oldest first. A renewal queues the next term from the renewal date; a
/// change that takes effect on a day splits the term in force then, so the days before keep what they had. Terms
/// that run back to back towards the same renewal date make one contract, which a renewal repeats.
public struct Term: Codable, Sendable, Equatable, Record {
    public var id: String
    /// The first day the term covers.
    public var start: Day
    /// The renewal date of the contract the term belongs to.
    public var renewsOn: Day
    /// The day after the last one the term covers, when it stops before `renewsOn`: a change took over from then,
    /// or the agreement ended.
    public var until: Day?
    /// Set when the agreement ended at the end of this term.
    public var ending: Ending?
    /// The length of the contract in months, which a renewal repeats.
    public var termMonths: Int
    public var kind: AgreementKind
    public var monthlyFee: Money
    public var visits: VisitPlan?
    /// Overrides the settings' default contact interval.
    public var contactEveryDays: Int?
    /// Overrides the settings' default survey lead time before renewal.
    public var surveyLeadDays: Int?
    public var response: ResponseTimes?
    public var hourlyDiscountPercent: Int?
    public var afterHoursPremiumWaived: Bool
    public var tripCharge: Money?
    /// Each visit is billed for at least this many hours.
    public var minimumHours: Double?
    /// The prepaid hours of a block agreement, and the top-ups and corrections made during this term.
    public var hoursBank: HoursBank?
    /// How often the satisfaction survey goes out; nil means once a year.
    public var surveyCadence: SurveyCadence?
    /// When the renewal proposal for this contract was sent.
    public var proposalSent: Day?
    public var changedAt: String?
    public var changedBy: String?

    /// A term with an agreement's figures and promises, from a day to the contract's renewal date.
    ///
    /// - Parameters:
    ///   - id: the term's id.
    ///   - agreement: the figures and promises.
    ///   - start: the first day.
    ///   - renewsOn: the contract's renewal date.
    public init(id: String, agreement: Agreement, start: Day, renewsOn: Day) {
        self.id = id
        self.start = start
        self.renewsOn = renewsOn
        termMonths = agreement.termMonths
        kind = agreement.kind
        monthlyFee = agreement.monthlyFee
        visits = agreement.visits
        contactEveryDays = agreement.contactEveryDays
        surveyLeadDays = agreement.surveyLeadDays
        response = agreement.response
        hourlyDiscountPercent = agreement.hourlyDiscountPercent
        afterHoursPremiumWaived = agreement.afterHoursPremiumWaived
        tripCharge = agreement.tripCharge
        minimumHours = agreement.minimumHours
        hoursBank = agreement.hoursBank
        surveyCadence = agreement.surveyCadence
        proposalSent = agreement.proposalSent
    }

    /// The day after the last one the term covers.
    public var end: Day { until ?? renewsOn }

    /// Whether the term covers a day.
    ///
    /// - Parameter day: the day.
    /// - Returns: true when `start ≤ day < end`.
    public func covers(_ day: Day) -> Bool { start <= day && day < end }
}

/// How an agreement ended.
public struct Ending: Codable, Sendable, Equatable {
    public var reason: String?

    public init(reason: String? = nil) {
        self.reason = reason
    }
}
