import RapportCore
import RapportStore

// MARK: - What each pane lists

extension AppState {
    /// How many days the visits pane looks ahead.
    static let visitDays = 14

    /// The rows of a pane after its filter.
    ///
    /// - Parameter pane: the pane.
    /// - Returns: the rows in display order.
    public func rows(_ pane: Pane) -> [PaneRow] {
        let all: [PaneRow] =
            switch pane {
            case .clients: clientRows
            case .visits: visitRows
            case .overdue: overdueRows
            case .renewals: renewalRows
            case .pipeline: pipelineRows
            case .surveys: surveyRows
            case .prospects: prospectRows
            case .team: teamRows
            case .revenue: []
            }
        guard let filter = filters[pane], !filter.isEmpty else { return all }
        let needle = filter.lowercased()
        return all.filter { row in
            row.cells.contains { $0.lowercased().contains(needle) } || row.clientID.contains(needle)
        }
    }

    /// The client of the selected row of the focused pane, or of the open detail.
    public var selectedClientID: String? {
        if let detail { return detail.clientID }
        let rows = rows(focus)
        guard !rows.isEmpty else { return nil }
        let id = rows[min(selected(focus), rows.count - 1)].clientID
        return id.isEmpty ? nil : id
    }

    /// The selected row of the focused pane, if any.
    var selectedRow: PaneRow? {
        let rows = rows(focus)
        guard !rows.isEmpty else { return nil }
        return rows[min(selected(focus), rows.count - 1)]
    }

    /// A client of the portfolio by id.
    func client(_ id: String?) -> Client? {
        guard let id else { return nil }
        return portfolio.clients.first { $0.id == id }
    }

    var symbol: String { portfolio.settings.currencySymbol }

    var defaults: Defaults { portfolio.settings.defaults }

    /// The client id a problem file stands for, when it is a client file.
    static func clientID(of problem: FileProblem) -> String? {
        let name = problem.path.split(separator: "/").last.map(String.init) ?? ""
        guard problem.path.contains("/clients/"), name.hasSuffix(".json") else { return nil }
        return String(name.dropLast(5))
    }

    /// The problem that makes a client's file unreadable, if it is.
    func problem(of id: String) -> FileProblem? {
        unreadable.first { AppState.clientID(of: $0) == id }
    }

    private var clientRows: [PaneRow] {
        // Unreadable clients stay in the list, marked, so nobody thinks they vanished.
        let broken = unreadable.compactMap { problem in
            AppState.clientID(of: problem).map {
                PaneRow(clientID: $0, cells: [$0, "✗", "unreadable", "", ""], emphasised: true)
            }
        }
        return broken
            + portfolio.clients.map { client in
                let agreement = client.agreement
                let perMonth = agreement.map { visitsPerMonth($0) } ?? ""
                var marks = ""
                if client.overdueContact(today: today, defaults: defaults) != nil { marks += "!" }
                if client.surveyStatus(today: today, defaults: defaults) == .due { marks += "S" }
                if client.hoursBankStatus()?.alert != nil { marks += "H" }
                return PaneRow(
                    clientID: client.id,
                    cells: [
                        client.name, marks, agreement?.kind.rawValue ?? client.status.rawValue,
                        agreement.map { $0.monthlyFee.formatted(symbol: symbol, cents: false) } ?? "", perMonth,
                    ],
                    emphasised: !marks.isEmpty)
            }
    }

    private func visitsPerMonth(_ agreement: Agreement) -> String {
        guard let plan = agreement.visits else { return "0" }
        // Average over the term so that "every other week" reads as about 2 a month.
        let count = plan.rule.occurrences(
            anchoredAt: agreement.start, from: agreement.start, through: agreement.renewalDate.adding(days: -1)
        ).count
        let perMonth = Double(count) / Double(max(agreement.termMonths, 1))
        return perMonth == perMonth.rounded() ? String(Int(perMonth)) : format1(perMonth)
    }

    private var visitRows: [PaneRow] {
        let last = today.adding(days: AppState.visitDays - 1)
        var previous: Day?
        return portfolio.visits(from: today, through: last, technician: technicianFilter)
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

    private var overdueRows: [PaneRow] {
        portfolio.overdue(today: today).map { client, finding in
            PaneRow(
                clientID: client.id,
                cells: [client.name, "\(finding.daysSince)d", "/\(finding.limitDays)", finding.reason.text],
                emphasised: finding.daysSince > 2 * finding.limitDays)
        }
    }

    private var renewalRows: [PaneRow] {
        portfolio.renewals(today: today, within: defaults.renewalWindowDays).map { renewal in
            PaneRow(
                clientID: renewal.client,
                cells: [
                    renewal.name, renewal.daysLeft <= 0 ? "lapsed" : "\(renewal.daysLeft)d",
                    renewal.annualValue.formatted(symbol: symbol, cents: false), renewal.surveyStatus.rawValue,
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
