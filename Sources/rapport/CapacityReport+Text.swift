import RapportCore
import RapportReports

// MARK: - The report as text

extension CapacityReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Capacity, \(date.long), target \(targetPercent)%") + "\n\n"
        var table = TextTable(
            ["TECHNICIAN", "HOURS/WEEK", "COMMITTED", "USED", "WITH \(workload)"],
            alignments: [.left, .right, .right, .right, .left])
        for entry in technicians + [firm] {
            table.add([
                entry.name, "\(formatHours(entry.hoursPerWeek)) h", "\(formatHours(tenths(entry.committedHours))) h",
                "\(entry.percent)%", "\(entry.fits ? "yes" : "no") (\(entry.percent)% → \(entry.percentWithWorkload)%)",
            ])
        }
        out += table.render(output)
        out += "\nRequests of the last 90 days: \(formatHours(tenths(requestHours))) h a week, in the firm's figure\n"
        return out + "Room for \(moreClients) more \(moreClients == 1 ? "client" : "clients") of \(workload)\n"
    }

    /// Hours to the tenth, as the table shows them.
    private func tenths(_ hours: Double) -> Double { (hours * 10).rounded() / 10 }
}
