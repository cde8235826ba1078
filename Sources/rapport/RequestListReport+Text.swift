import RapportCore
import RapportReports

// MARK: - The report as text

extension RequestListReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        let out = output.bold("Requests, as of \(now.short)") + "\n\n"
        guard !requests.isEmpty else { return out + "None.\n" }
        var table = TextTable(["ID", "CLIENT", "VIA", "ASKED", "DUE", "STANDING", "SUMMARY"])
        for entry in requests {
            table.add([
                String(entry.id.prefix(8)), entry.name, entry.via.name, entry.at.short, entry.deadline?.short ?? "",
                entry.closedAt == nil ? entry.standing : "\(entry.standing), closed", entry.summary,
            ])
        }
        return out + table.render(output)
    }
}
