import RapportCore
import RapportReports

// MARK: - The report as text

extension RenewalsReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Renewals in the next \(within) days, from \(date.long)") + "\n\n"
        guard !renewals.isEmpty else { return out + "Nothing renews in that window.\n" }
        var table = TextTable(
            ["CLIENT", "RENEWS", "LEFT", "ANNUAL", "SURVEY", "SCORE", "VISITS", "CONTACT", "HEALTH", "STAGE"],
            alignments: [.left, .left, .right, .right, .left, .left, .right, .right, .left, .left])
        for entry in renewals {
            table.add([
                entry.name, entry.renewsOn.long,
                entry.daysLeftText, entry.annualValue.shown(settings), entry.surveyText, entry.scoreText,
                entry.visitsText, entry.contactText, entry.health.mark,
                entry.stageText(symbol: settings.currencySymbol),
            ])
        }
        out += table.render(output)
        for entry in renewals where !entry.missedResponses.isEmpty || !entry.uncoveredNeeds.isEmpty {
            let gaps = entry.uncoveredNeeds.map { "no one on the team knows \($0)" }
            out += "\(entry.name): \((entry.missedResponses + gaps).joined(separator: ", "))\n"
        }
        return out + "\nAt stake: \(totalAnnualValue.shown(settings)) a year\n"
    }
}
