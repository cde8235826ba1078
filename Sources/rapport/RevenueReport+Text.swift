import RapportCore
import RapportReports

// MARK: - The report as text

extension RevenueReport: Report {
    /// The longest bar of the history chart, in characters.
    private static let barWidth = 24

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Revenue, \(date.long)") + "\n\n"
        var totals = TextTable(["", ""], alignments: [.left, .right])
        totals.add(["MRR", mrr.shown(settings)])
        totals.add(["ARR", arr.shown(settings)])
        totals.add(["Active agreements", String(activeAgreements)])
        out += totals.render(output)

        out += "\n" + output.bold("By tier") + "\n"
        var byTier = TextTable(
            ["TIER", "MONTHLY FEE", "AGREEMENTS", "MRR", "ARR"], alignments: [.left, .left, .right, .right, .right])
        for tier in tiers {
            byTier.add([
                tier.name, tier.range, String(tier.agreements), tier.mrr.shown(settings), tier.arr.shown(settings),
            ])
        }
        out += byTier.render(output)

        let amounts = history.map(\.mrr.cents)
        // The sparkline spans the lowest to the highest month, so the range goes beside it; the bars below start
        // at zero.
        let low = Money(cents: amounts.min() ?? 0).shown(settings)
        let high = Money(cents: amounts.max() ?? 0).shown(settings)
        let range = low == high ? "flat at \(low)" : "\(low) to \(high)"
        out += "\n" + output.bold("MRR over the last \(history.count) months") + "  \(sparkline(amounts))  \(range)\n"
        let top = max(amounts.max() ?? 0, 1)
        var chart = TextTable(["", "", ""], alignments: [.left, .right, .left])
        for month in history {
            let length = Int((Double(max(month.mrr.cents, 0)) / Double(top) * Double(RevenueReport.barWidth)).rounded())
            chart.add([
                RevenueReport.monthLabel(month.month), month.mrr.shown(settings), String(repeating: "█", count: length),
            ])
        }
        out += chart.render(output)

        out += "\n" + output.bold("Renewals in the next \(renewalsByMonth.count) months") + "\n"
        // Months with nothing renewing are left out of the text; the JSON lists every month.
        let busy = renewalsByMonth.filter { $0.renewals > 0 }
        guard !busy.isEmpty else { return out + "Nothing renews.\n" }
        var ahead = TextTable(["MONTH", "RENEWALS", "AT STAKE"], alignments: [.left, .right, .right])
        for month in busy {
            ahead.add([
                RevenueReport.monthLabel(month.month), String(month.renewals), month.annualValue.shown(settings),
            ])
        }
        return out + ahead.render(output) + "\nAt stake: \(atStake.shown(settings)) a year\n"
    }
}
