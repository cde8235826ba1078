import RapportCore
import RapportReports

// MARK: - The report as text

extension ProfitReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        let out =
            output.bold("Effective hourly rate, \(from.long) to \(through.long)") + "\n"
            + "Agreement price: \(agreementPrice.shown(settings)) an hour (the on-site rate less the discount)\n\n"
        guard !agreements.isEmpty else { return out + "No agreement was paid for in that time.\n" }
        var table = TextTable(
            ["CLIENT", "FEES", "VISITS", "TRAVEL", "REQUESTS", "HOURS", "RATE", "RENEW AT"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
        for entry in agreements {
            table.add([
                entry.name, entry.fees.shown(settings), "\(formatHours(entry.visitHours)) h",
                "\(formatHours(entry.travelHours)) h", "\(formatHours(entry.requestHours)) h",
                "\(formatHours(entry.hours)) h", entry.effectiveRate.map { $0.shown(settings) } ?? "-",
                entry.renewalFee.map { "\($0.shown(settings))/mo" } ?? "",
            ])
        }
        return out + table.render(output)
    }
}
