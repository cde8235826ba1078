import RapportCore
import RapportReports

// MARK: - The report as text

extension BillReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Work to bill beyond the agreements, \(month)") + "\n"
        guard !clients.isEmpty else { return out + "\nNothing to bill.\n" }
        for bill in clients {
            var table = TextTable(
                ["DAY", "WORK", "HOURS", "RATE", "AMOUNT"], alignments: [.left, .left, .right, .right, .right])
            for line in bill.lines {
                table.add([
                    line.day.short, line.work, line.hours.map { "\(formatHours($0)) h" } ?? "",
                    line.rate.map { $0.shown(settings) } ?? "", line.amount.shown(settings),
                ])
            }
            out += "\n" + output.bold(bill.name) + "\n" + table.render(output)
            out += "Total: \(bill.total.shown(settings))\n"
        }
        return out + "\nAll clients: \(total.shown(settings))\n"
    }
}
