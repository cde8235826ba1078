import RapportCore

/// `rapport ratecard` and the dashboard's revenue view: the one-page price list for a sales call, typical hourly prices next to agreement prices,
/// then the benefits of an agreement.
public struct RateCardReport: Encodable, Sendable, Equatable {
    public var business: String
    public var currency: String
    /// The currency's symbol, for the prices in words; not part of the JSON.
    public var currencySymbol: String
    public var agreementDiscountPercent: Int
    public var minimumHours: Double
    public var rates: [Rate]
    public var benefits: [String]

    /// One line of the card: what a client without an agreement pays, and what one with an agreement pays.
    public struct Rate: Encodable, Sendable, Equatable {
        /// `onsite`, `remote`, `after-hours`, `emergency` or `trip`.
        public var item: String
        /// The line as people read it; not part of the JSON.
        public var label: String
        public var typical: Money
        public var agreement: Money
        /// Whether the agreement price drops a premium over the on-site rate.
        public var premiumWaived: Bool

        enum CodingKeys: String, CodingKey { case item, typical, agreement, premiumWaived }
    }

    /// Works out the card.
    ///
    /// - Parameter settings: the business and its rate card.
    public init(_ settings: Settings) {
        let card = settings.rateCard
        business = settings.business
        currency = settings.currency
        currencySymbol = settings.currencySymbol
        agreementDiscountPercent = card.agreementDiscountPercent
        minimumHours = card.minimumHours
        benefits = card.benefits
        let onsite = card.agreementPrice(card.onsiteHourly)
        // Agreement clients pay the discounted on-site rate out of hours and in emergencies: the premium is waived.
        rates = [
            Rate(
                item: "onsite", label: "On-site, per hour", typical: card.onsiteHourly, agreement: onsite,
                premiumWaived: false),
            Rate(
                item: "remote", label: "Remote, per hour", typical: card.remoteHourly,
                agreement: card.agreementPrice(card.remoteHourly),
                premiumWaived: false),
            Rate(
                item: "after-hours", label: "After hours, per hour", typical: card.afterHoursHourly,
                agreement: onsite, premiumWaived: true),
            Rate(
                item: "emergency", label: "Emergency, per hour", typical: card.emergencyHourly, agreement: onsite,
                premiumWaived: true),
            Rate(
                item: "trip", label: "Trip charge", typical: card.tripCharge, agreement: card.tripCharge,
                premiumWaived: false),
        ]
    }

    enum CodingKeys: String, CodingKey {
        case business, currency, agreementDiscountPercent, minimumHours, rates, benefits
    }

    // MARK: - Wording

    /// The minimum billed per visit, e.g. `1 h`.
    public var minimumText: String { "\(formatHours(minimumHours)) h" }

    /// A price in the card's currency, e.g. `$125.00`.
    ///
    /// - Parameter amount: the price.
    /// - Returns: the price in words.
    public func priceText(_ amount: Money) -> String { amount.formatted(symbol: currencySymbol) }

    /// The agreement price with what makes it cheaper: `$106.25 (15% off)` or `$106.25 (premium waived)`.
    ///
    /// - Parameter rate: one line of the card.
    /// - Returns: the price in words.
    public func agreementText(_ rate: Rate) -> String {
        let price = priceText(rate.agreement)
        if rate.premiumWaived { return "\(price) (premium waived)" }
        return rate.agreement < rate.typical ? "\(price) (\(agreementDiscountPercent)% off)" : price
    }
}
