import RapportCore

// MARK: - What the grid's four panes list

extension PaneRows {
    /// How many days the visits pane looks ahead.
    static let visitDays = 14

    /// The clients pane: every client with its marks, kind, fee and visits a month.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the current day.
    /// - Returns: one row per client, in store order.
    static func clientRows(_ portfolio: Portfolio, today: Day) -> [PaneRow] {
        let defaults = portfolio.settings.defaults
        let symbol = portfolio.settings.currencySymbol
        return portfolio.clients.map { client in
            let agreement = client.agreement(on: today)
            let perMonth = agreement.map { visitsPerMonth($0) } ?? ""
            var marks = ""
            if client.overdueContact(today: today, defaults: defaults) != nil { marks += "!" }
            if client.surveyStatus(today: today, defaults: defaults) == .due { marks += "S" }
            if client.hoursBankStatus(today: today)?.alert != nil { marks += "H" }
            return PaneRow(
                clientID: client.id,
                cells: [
                    client.name, marks, agreement?.kind.rawValue ?? client.status.rawValue,
                    agreement.map { $0.monthlyFee.formatted(symbol: symbol, cents: false) } ?? "", perMonth,
                ],
                emphasised: !marks.isEmpty)
        }
    }

    private static func visitsPerMonth(_ agreement: Agreement) -> String {
        guard let plan = agreement.visits else { return "0" }
        // Average over the term so that "every other week" reads as about 2 a month.
        let count = plan.rule.occurrences(
            anchoredAt: agreement.start, from: agreement.start, through: agreement.renewalDate.adding(days: -1)
        ).count
        let perMonth = Double(count) / Double(max(agreement.termMonths, 1))
        return perMonth == perMonth.rounded() ? String(Int(perMonth)) : format1(perMonth)
    }

    /// The visits pane: the next two weeks' visits, the day named once per day.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the current day.
    ///   - technician: the only technician whose visits are listed, if any.
    /// - Returns: one row per visit not cancelled, in calendar order.
    static func visitRows(_ portfolio: Portfolio, today: Day, technician: String?) -> [PaneRow] {
        let last = today.adding(days: visitDays - 1)
        var previous: Day?
        return portfolio.visits(from: today, through: last, technician: technician)
            .filter { $0.visit.status != .cancelled }.map { item in
                let visit = item.visit
                let dayText = visit.on == previous ? "" : (visit.on == today ? "Today" : visit.on.short)
                previous = visit.on
                return PaneRow(
                    clientID: item.client.id,
                    cells: [
                        dayText, visit.at?.description ?? "--:--", item.client.name, visit.technician ?? "",
                        visit.status == .done ? "done" : "",
                    ],
                    emphasised: visit.on == today, visitDay: visit.on)
            }
    }

    /// The overdue pane: clients nobody has contacted in time.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the current day.
    /// - Returns: one row per overdue client, longest silence first.
    static func overdueRows(_ portfolio: Portfolio, today: Day) -> [PaneRow] {
        portfolio.overdue(today: today).map { client, finding in
            PaneRow(
                clientID: client.id,
                cells: [client.name, "\(finding.daysSince)d", "/\(finding.limitDays)", finding.reason.text],
                emphasised: finding.daysSince > 2 * finding.limitDays)
        }
    }

    /// The renewals pane: agreements in the renewal window, with their survey.
    ///
    /// - Parameters:
    ///   - renewals: the portfolio's renewals in the window.
    ///   - symbol: the currency symbol.
    /// - Returns: one row per renewal, in the renewals' order.
    static func renewalRows(_ renewals: [Renewal], symbol: String) -> [PaneRow] {
        renewals.map { renewal in
            PaneRow(
                clientID: renewal.client,
                cells: [
                    renewal.name, renewal.daysLeft <= 0 ? "lapsed" : "\(renewal.daysLeft)d",
                    renewal.annualValue.formatted(symbol: symbol, cents: false),
                    // Once renewed, the survey no longer decides anything about this renewal.
                    renewal.stage == .renewed ? RenewalStage.renewed.rawValue : renewal.surveyStatus.rawValue,
                    renewal.renewsOn.short,
                ],
                emphasised: renewal.stage == .lapsed || renewal.stage == .surveyDue)
        }
    }
}

/// A number with one decimal place, e.g. `2.2`.
func format1(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}
