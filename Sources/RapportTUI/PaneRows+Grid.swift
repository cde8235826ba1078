import RapportCore
import RapportReports

// MARK: - What the grid's four panes list

extension PaneRows {
    /// The clients pane: every client with its marks, kind, fee and visits a month.
    ///
    /// - Parameters:
    ///   - report: the client list.
    ///   - symbol: the currency symbol.
    /// - Returns: one row per client, in store order.
    static func clientRows(_ report: ClientListReport, symbol: String) -> [PaneRow] {
        report.clients.map { client in
            PaneRow(
                clientID: client.id,
                cells: [
                    client.name, client.marks, client.kind?.rawValue ?? client.status.rawValue,
                    client.monthlyFee?.compact(symbol: symbol) ?? "", client.visitsPerMonthText,
                ],
                emphasised: !client.marks.isEmpty)
        }
    }

    /// The visits pane: the coming visits, the day named once per day.
    ///
    /// - Parameter report: the coming visits.
    /// - Returns: one row per visit, in calendar order.
    static func visitRows(_ report: UpcomingReport) -> [PaneRow] {
        var previous: Day?
        return report.visits.map { visit in
            let dayText = visit.on == previous ? "" : (visit.on == report.from ? "Today" : visit.on.short)
            previous = visit.on
            return PaneRow(
                clientID: visit.client,
                cells: [
                    dayText, visit.timeText, visit.name, visit.technician ?? "", visit.status == .done ? "done" : "",
                ],
                emphasised: visit.on == report.from, visitDay: visit.on)
        }
    }

    /// The overdue pane: clients nobody has contacted in time.
    ///
    /// - Parameter report: the overdue clients.
    /// - Returns: one row per overdue client, longest silence first.
    static func overdueRows(_ report: OverdueReport) -> [PaneRow] {
        report.clients.map { entry in
            PaneRow(
                clientID: entry.client,
                cells: [entry.name, "\(entry.daysSince)d", "/\(entry.limitDays)", entry.detail],
                emphasised: entry.isLong)
        }
    }

    /// The renewals pane: agreements in the renewal window, with their survey and what this month paid per hour of
    /// work, `-` before any hours.
    ///
    /// - Parameters:
    ///   - report: the renewals of the settings' window.
    ///   - profit: this month's effective hourly rates.
    ///   - symbol: the currency symbol.
    /// - Returns: one row per renewal, in the renewals' order.
    static func renewalRows(_ report: RenewalsReport, profit: ProfitReport, symbol: String) -> [PaneRow] {
        let rates = Dictionary(
            profit.agreements.map { ($0.client, $0.effectiveRate?.compact(symbol: symbol) ?? "-") },
            uniquingKeysWith: { first, _ in first })
        return report.renewals.map { renewal in
            PaneRow(
                clientID: renewal.client,
                cells: [
                    renewal.name, renewal.daysLeftText, renewal.annualValue.compact(symbol: symbol),
                    renewal.surveyText, rates[renewal.client] ?? "", renewal.renewsOn.short(near: report.date),
                ],
                emphasised: renewal.needsAttention)
        }
    }
}
