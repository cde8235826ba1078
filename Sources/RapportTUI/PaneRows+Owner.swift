import RapportCore

// MARK: - What the owner's views list

extension PaneRows {
    /// The renewal pipeline: each renewal's stage, health, score, delivery and last contact.
    ///
    /// - Parameters:
    ///   - renewals: the portfolio's renewals in the window.
    ///   - symbol: the currency symbol.
    /// - Returns: one row per renewal, in the renewals' order.
    static func pipelineRows(_ renewals: [Renewal], symbol: String) -> [PaneRow] {
        renewals.map { renewal in
            let score =
                renewal.score.map { score in
                    renewal.previousScore.map { "\(score) (was \($0))" } ?? String(score)
                } ?? "-"
            return PaneRow(
                clientID: renewal.client,
                cells: [
                    renewal.name, renewal.daysLeft <= 0 ? "lapsed" : "\(renewal.daysLeft)d",
                    renewal.annualValue.formatted(symbol: symbol, cents: false), renewal.stage.rawValue,
                    renewal.health.mark, score, "\(renewal.visitsDelivered)/\(renewal.visitsPromised)",
                    renewal.daysSinceContact.map { "\($0)d" } ?? "never",
                ],
                emphasised: renewal.health == .atRisk || renewal.stage == .lapsed)
        }
    }

    /// The surveys to send this week.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the current day.
    /// - Returns: one row per survey due.
    static func surveyRows(_ portfolio: Portfolio, today: Day) -> [PaneRow] {
        portfolio.surveysToSend(today: today).map { client, due in
            PaneRow(
                clientID: client.id,
                cells: [
                    client.name, due < today ? "since \(due.short)" : due.short,
                    client.agreement(on: today).map { $0.renewalDate.short } ?? "",
                    (client.agreement(on: today)?.surveyCadence ?? .yearly).rawValue,
                ],
                emphasised: due < today)
        }
    }

    /// The prospects pipeline.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the current day.
    /// - Returns: one row per prospect.
    static func prospectRows(_ portfolio: Portfolio, today: Day) -> [PaneRow] {
        let symbol = portfolio.settings.currencySymbol
        return portfolio.prospects.map { client, prospect in
            let late = prospect.stage.isOpen && (prospect.nextStepOn.map { $0 < today } ?? false)
            return PaneRow(
                clientID: client.id,
                cells: [
                    client.name, prospect.stage.rawValue, prospect.trigger.rawValue,
                    prospect.estimatedMonthlyFee?.formatted(symbol: symbol, cents: false) ?? "",
                    (prospect.nextStepOn.map { ($0 < today && prospect.stage.isOpen ? "late " : "") + $0.short } ?? ""),
                    prospect.nextStep ?? prospect.lostReason ?? "",
                ],
                emphasised: late)
        }
    }

    /// The team, each technician with the visits planned for the coming week.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the current day.
    /// - Returns: one row per technician, in the settings' order.
    static func teamRows(_ portfolio: Portfolio, today: Day) -> [PaneRow] {
        // One pass over the week's schedule for the whole team, rather than one per technician.
        var planned: [String: Int] = [:]
        for item in portfolio.visits(from: today, through: today.adding(days: 6)) where item.visit.status == .planned {
            if let technician = item.visit.technician { planned[technician, default: 0] += 1 }
        }
        return portfolio.settings.technicians.map { technician in
            let visits = planned[technician.id] ?? 0
            return PaneRow(
                clientID: "",
                cells: [
                    technician.id, technician.name, "\(visits)", technician.skills.joined(separator: ", "),
                    technician.certifications.joined(separator: ", "),
                ],
                technicianID: technician.id)
        }
    }
}
