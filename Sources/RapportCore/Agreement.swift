/// A monthly IT service agreement as it stands on a day: what the client pays and what the consultancy promises.
///
/// The store keeps an agreement as dated `Term`s; `Client.agreement(on:)` gives the contract in force on a day in
/// this form, and `Change.setAgreement` takes one to start an agreement. Version 1 files kept it as it is.
public struct Agreement: Codable, Sendable, Equatable {
    public var kind: AgreementKind
    public var monthlyFee: Money
    /// The first day of the contract; also the anchor of the visit rule.
    public var start: Day
    public var termMonths: Int
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
    /// The prepaid hours of a block agreement.
    public var hoursBank: HoursBank?
    /// How often the satisfaction survey goes out; nil means once a year.
    public var surveyCadence: SurveyCadence?
    /// When the renewal proposal for this contract was sent.
    public var proposalSent: Day?

    public init(
        kind: AgreementKind, monthlyFee: Money, start: Day, termMonths: Int = 12, visits: VisitPlan? = nil,
        contactEveryDays: Int? = nil, surveyLeadDays: Int? = nil, response: ResponseTimes? = nil,
        hourlyDiscountPercent: Int? = nil, afterHoursPremiumWaived: Bool = false, tripCharge: Money? = nil,
        minimumHours: Double? = nil, hoursBank: HoursBank? = nil, surveyCadence: SurveyCadence? = nil
    ) {
        self.kind = kind
        self.monthlyFee = monthlyFee
        self.start = start
        self.termMonths = termMonths
        self.visits = visits
        self.contactEveryDays = contactEveryDays
        self.surveyLeadDays = surveyLeadDays
        self.response = response
        self.hourlyDiscountPercent = hourlyDiscountPercent
        self.afterHoursPremiumWaived = afterHoursPremiumWaived
        self.tripCharge = tripCharge
        self.minimumHours = minimumHours
        self.hoursBank = hoursBank
        self.surveyCadence = surveyCadence
    }
}

/// How an agreement is packaged.
public enum AgreementKind: String, Codable, Sendable, CaseIterable {
    case fixed, retainer, block
}

/// The recurring on-site visits an agreement promises.
public struct VisitPlan: Codable, Sendable, Equatable {
    /// When visits happen, as an RFC 5545 RRULE anchored at the agreement start.
    public var rule: RecurrenceRule
    public var time: TimeOfDay?
    /// The id of the technician who usually goes.
    public var technician: String?

    public init(rule: RecurrenceRule, time: TimeOfDay? = nil, technician: String? = nil) {
        self.rule = rule
        self.time = time
        self.technician = technician
    }
}

/// Promised response times.
public struct ResponseTimes: Codable, Sendable, Equatable {
    public var onsiteHours: Double?
    public var phoneMinutes: Int?
    public var remoteHours: Double?

    public init(onsiteHours: Double? = nil, phoneMinutes: Int? = nil, remoteHours: Double? = nil) {
        self.onsiteHours = onsiteHours
        self.phoneMinutes = phoneMinutes
        self.remoteHours = remoteHours
    }
}

/// The prepaid hours of a block agreement.
public struct HoursBank: Codable, Sendable, Equatable {
    public var purchased: Double
    public var adjustments: [HoursAdjustment]

    public init(purchased: Double, adjustments: [HoursAdjustment] = []) {
        self.purchased = purchased
        self.adjustments = adjustments
    }
}

/// A top-up or correction to an hours bank.
public struct HoursAdjustment: Codable, Sendable, Equatable, Record {
    public var id: String
    public var on: Day
    public var hours: Double
    public var note: String?
    public var changedAt: String?
    public var changedBy: String?

    enum CodingKeys: String, CodingKey {
        case id, on, hours, note, changedAt, changedBy
    }

    public init(id: String, on: Day, hours: Double, note: String? = nil) {
        self.id = id
        self.on = on
        self.hours = hours
        self.note = note
    }
}

/// How often a client is asked "how can we improve?".
public enum SurveyCadence: String, Codable, Sendable, CaseIterable {
    case yearly
    case twiceYearly = "twice-yearly"
    case quarterly

    /// Months between surveys.
    public var months: Int {
        switch self {
        case .yearly: 12
        case .twiceYearly: 6
        case .quarterly: 3
        }
    }
}
