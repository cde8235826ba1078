import RapportCore
import RapportReports

// MARK: - The report as text

extension SlaReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Response promises, \(month), as of \(now.short)") + "\n\n"
        if channels.isEmpty {
            out += "No request of the month has been judged yet.\n"
        } else {
            var table = TextTable(
                ["CLIENT", "CHANNEL", "JUDGED", "MET", "MISSED", "KEPT", "MEDIAN"],
                alignments: [.left, .left, .right, .right, .right, .right, .right])
            for line in channels {
                table.add([
                    line.name, line.channel.name, String(line.judged), String(line.met), String(line.missed),
                    "\(line.compliancePercent)%", line.medianResponseMinutes.map(formatMinutes) ?? "-",
                ])
            }
            out += table.render(output)
        }
        guard !open.isEmpty else { return out }
        var table = TextTable(["CLIENT", "VIA", "ASKED", "DUE", "STANDING", "SUMMARY"])
        for entry in open {
            let standing = entry.outcome == .missed ? output.bold(entry.standing) : entry.standing
            table.add([
                entry.name, entry.via.name, entry.at.short, entry.deadline?.short ?? "", standing, entry.summary,
            ])
        }
        return out + "\n" + output.bold("Waiting for an answer") + "\n" + table.render(output)
    }
}
