import Foundation
import RapportCore

/// `rapport ratecard`: the one-page price list for a sales call, typical hourly prices next to agreement prices,
/// then the benefits of an agreement.
struct RateCardReport: Report {
    var business: String
    var currency: String
    var agreementDiscountPercent: Int
    var minimumHours: Double
    var rates: [Rate]
    var benefits: [String]

    /// One line of the card: what a client without an agreement pays, and what one with an agreement pays.
    struct Rate: Encodable {
        /// `onsite`, `remote`, `after-hours`, `emergency` or `trip`.
        var item: String
        /// The line as people read it; not part of the JSON.
        var label: String
        var typical: Money
        var agreement: Money
        /// Whether the agreement price drops a premium over the on-site rate.
        var premiumWaived: Bool

        enum CodingKeys: String, CodingKey { case item, typical, agreement, premiumWaived }
    }

    init(_ settings: Settings) {
        let card = settings.rateCard
        business = settings.business
        currency = settings.currency
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

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("\(DisplayText.safe(business)): rate card") + "\n\n"
        var table = TextTable(["", "TYPICAL", "WITH AN AGREEMENT"], alignments: [.left, .right, .left])
        for rate in rates {
            table.add([rate.label, rate.typical.shown(settings), agreementPrice(rate, settings: settings)])
        }
        table.add(["Minimum billed", minimum, minimum])
        out += table.render(output)
        out += "\n" + output.bold("Every agreement includes") + "\n"
        for benefit in benefits {
            out += "  • \(DisplayText.safe(benefit))\n"
        }
        return out
    }

    /// The card as Markdown, to paste into a proposal or print.
    ///
    /// - Parameter settings: for the currency symbol.
    /// - Returns: the document, ending with a newline.
    func markdown(settings: Settings) -> String {
        var out = "# \(Self.escaped(business)): rate card\n\n"
        out += "| | Typical | With an agreement |\n|---|---:|---|\n"
        for rate in rates {
            out += "| \(rate.label) | \(rate.typical.shown(settings)) | \(agreementPrice(rate, settings: settings)) |\n"
        }
        out += "| Minimum billed | \(minimum) | \(minimum) |\n"
        out += "\n## Every agreement includes\n\n"
        for benefit in benefits {
            out += "- \(Self.escaped(benefit))\n"
        }
        return out
    }

    // MARK: - Wording

    /// The minimum billed per visit, e.g. `1 h`.
    private var minimum: String { "\(formatHours(minimumHours)) h" }

    /// The agreement price with what makes it cheaper: `$106.25 (15% off)` or `$106.25 (premium waived)`.
    private func agreementPrice(_ rate: Rate, settings: Settings) -> String {
        let price = rate.agreement.shown(settings)
        if rate.premiumWaived { return "\(price) (premium waived)" }
        return rate.agreement < rate.typical ? "\(price) (\(agreementDiscountPercent)% off)" : price
    }

    /// Stored text made safe for a Markdown line: control characters escaped and table pipes kept literal.
    private static func escaped(_ text: String) -> String {
        DisplayText.safe(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
