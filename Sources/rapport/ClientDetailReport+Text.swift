import RapportCore
import RapportReports

// MARK: - The report as text

extension ClientDetailReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold(DisplayText.safe(client.name)) + "  (\(client.id), \(client.status.rawValue))\n"
        for section in sections {
            out += "\n" + output.bold(section.title) + "\n"
            var table = TextTable(["", ""])
            for row in section.rows {
                table.add([row.label, row.value])
            }
            out += section.rows.isEmpty ? "  none yet\n" : table.render(output)
        }
        out += "\n" + output.bold("History") + "\n"
        let history = timeline
        if history.isEmpty { out += "  nothing yet\n" }
        let ids = client.recordIDs
        for entry in history.prefix(20) {
            let id = RecordID.short(entry.recordID, among: ids)
            out += "  \(DisplayText.fit(entry.on.short, 10)) \(DisplayText.safe(id))  \(DisplayText.safe(entry.text))\n"
        }
        return out
    }
}
