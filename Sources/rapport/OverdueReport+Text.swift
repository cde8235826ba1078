import RapportCore
import RapportReports

// MARK: - The report as text

extension OverdueReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        let out = output.bold("Overdue contact, \(date.long)") + "\n\n"
        guard !clients.isEmpty else { return out + "Everyone has heard from you recently.\n" }
        var table = TextTable(
            ["CLIENT", "LAST CONTACT", "DAYS", "LIMIT", "REASON"], alignments: [.left, .left, .right, .right, .left])
        for entry in clients {
            table.add([
                entry.name, entry.lastContact?.short ?? "never", String(entry.daysSince), String(entry.limitDays),
                entry.detail,
            ])
        }
        return out + table.render(output)
    }
}
