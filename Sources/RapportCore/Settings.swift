/// The consultancy's own settings: who it is, its defaults, its rate card and its team.
///
/// This is the content of `settings.json`.
public struct Settings: Codable, Sendable, Equatable {
    public var schemaVersion: Int
    public var business: String
    /// An ISO 4217 code such as `USD`.
    public var currency: String
    /// The symbol shown before amounts, such as `$`.
    public var currencySymbol: String
    public var defaults: Defaults
    public var rateCard: RateCard
    public var technicians: [Technician]
    /// The revenue tiers, when the defaults do not fit; see `tiers`.
    public var revenueTiers: [RevenueTier]?
    /// Edits that a merge of two machines' settings could not both keep; nil when there are none.
    public var conflicts: [Conflict]?
    /// When the business is open, when it is not the standard week; see `hours`.
    public var businessHours: BusinessHours?
    /// The share of each technician's hours that work should fill, when not 75%; see `utilisationTarget`.
    public var utilisationTargetPercent: Int?

    public init(
        business: String = "My IT Consultancy", currency: String = "USD", currencySymbol: String = "$",
        defaults: Defaults = Defaults(), rateCard: RateCard = RateCard(), technicians: [Technician] = []
    ) {
        self.schemaVersion = Client.currentSchemaVersion
        self.business = business
        self.currency = currency
        self.currencySymbol = currencySymbol
        self.defaults = defaults
        self.rateCard = rateCard
        self.technicians = technicians
    }

    /// The revenue tiers in force, lowest first: the configured ones, or small (under 500 a month), sweet spot
    /// (500 to 1,500) and large (above that).
    public var tiers: [RevenueTier] {
        revenueTiers ?? [
            RevenueTier(name: "small", from: .zero), RevenueTier(name: "sweet spot", from: Money(500)),
            RevenueTier(name: "large", from: Money("1500.01")!),
        ]
    }

    /// The share of each technician's week that committed work should fill, as a percentage: 75 unless set.
    public var utilisationTarget: Int { utilisationTargetPercent ?? 75 }

    /// The business hours in force: the configured ones, or Monday to Friday 08:00 to 18:00 with no holidays.
    public var hours: BusinessHours { businessHours ?? BusinessHours() }

    /// The technician with an id, if there is one.
    ///
    /// - Parameter id: the technician id.
    /// - Returns: the technician, or nil.
    public func technician(_ id: String) -> Technician? {
        technicians.first { $0.id == id }
    }
}

/// The defaults an agreement falls back on.
public struct Defaults: Codable, Sendable, Equatable {
    public var contactEveryDays: Int
    public var surveyLeadDays: Int
    public var renewalWindowDays: Int

    public init(contactEveryDays: Int = 14, surveyLeadDays: Int = 60, renewalWindowDays: Int = 120) {
        self.contactEveryDays = contactEveryDays
        self.surveyLeadDays = surveyLeadDays
        self.renewalWindowDays = renewalWindowDays
    }
}

/// The one-page price list put in front of a prospect.
public struct RateCard: Codable, Sendable, Equatable {
    public var onsiteHourly: Money
    public var remoteHourly: Money
    public var afterHoursHourly: Money
    public var emergencyHourly: Money
    public var tripCharge: Money
    public var minimumHours: Double
    public var agreementDiscountPercent: Int
    public var benefits: [String]

    public init(
        onsiteHourly: Money = Money(125), remoteHourly: Money = Money(95), afterHoursHourly: Money = Money(185),
        emergencyHourly: Money = Money(250), tripCharge: Money = Money(45), minimumHours: Double = 1,
        agreementDiscountPercent: Int = 15,
        benefits: [String] = RateCard.standardBenefits
    ) {
        self.onsiteHourly = onsiteHourly
        self.remoteHourly = remoteHourly
        self.afterHoursHourly = afterHoursHourly
        self.emergencyHourly = emergencyHourly
        self.tripCharge = tripCharge
        self.minimumHours = minimumHours
        self.agreementDiscountPercent = agreementDiscountPercent
        self.benefits = benefits
    }

    /// An hourly rate less the agreement discount, to the nearest cent (half a cent rounds up).
    ///
    /// - Parameter rate: the typical rate.
    /// - Returns: what a client under agreement pays.
    public func agreementPrice(_ rate: Money) -> Money {
        rate.less(percent: agreementDiscountPercent)
    }

    /// The benefits a new store starts with.
    public static let standardBenefits = [
        "Guaranteed response: 4 hours on site, 30 minutes by phone, 1 hour remote",
        "Scheduled on-site visits at least twice a month",
        "Proactive maintenance: remote log checks and patching",
        "Discounted hourly rate for work outside the agreement",
        "After-hours and emergency premiums waived",
        "A yearly review and satisfaction survey before renewal",
    ]
}

/// A member of the consultancy's team.
public struct Technician: Codable, Sendable, Equatable {
    /// A short id such as `js`, used in visits and touchpoints.
    public var id: String
    public var name: String
    public var skills: [String]
    public var certifications: [String]
    /// The hours a week the technician works, for the capacity picture; nil when not set.
    public var hoursPerWeek: Double?

    public init(
        id: String, name: String, skills: [String] = [], certifications: [String] = [], hoursPerWeek: Double? = nil
    ) {
        self.id = id
        self.name = name
        self.skills = skills
        self.certifications = certifications
        self.hoursPerWeek = hoursPerWeek
    }
}

/// A band of monthly fees for the revenue picture; a fee belongs to the last tier whose `from` it reaches.
public struct RevenueTier: Codable, Sendable, Equatable {
    public var name: String
    /// The lowest monthly fee in the tier.
    public var from: Money

    public init(name: String, from: Money) {
        self.name = name
        self.from = from
    }
}
