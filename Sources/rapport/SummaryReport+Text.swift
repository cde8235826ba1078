import RapportCore
import RapportReports

// MARK: - The report as text

extension SummaryReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var table = TextTable(["", "", ""], alignments: [.left, .right, .left])
        table.add(["Visits today", String(visitsToday), "rapport today"])
        table.add(["Overdue contact", String(overdue), "rapport overdue"])
        table.add(["Renewals within \(renewalWindowDays) days", String(renewals), "rapport renewals"])
        table.add(["At stake in renewals", atStake.shown(settings), ""])
        table.add(["Active agreements", String(activeAgreements), "rapport client list"])
        table.add(["MRR", mrr.shown(settings), "rapport revenue"])
        return output.bold("\(DisplayText.safe(business)), \(date.long)") + "\n\n" + table.render(output)
    }
}
