import RapportCore
import RapportReports

// MARK: - The report as text

extension ClientDetailReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold(DisplayText.safe(client.name)) + "  (\(client.id), \(client.status.rawValue))\n"
        let ids = client.recordIDs
        for section in sections {
            out += "\n" + output.bold(section.title) + "\n"
            // A section of records, such as the people, shows each one's id for the commands that change it.
            let identified = section.rows.contains { $0.recordID != nil }
            var table = TextTable(identified ? ["", "", ""] : ["", ""])
            for row in section.rows {
                let id = row.recordID.map { RecordID.short($0, among: ids) } ?? ""
                table.add(identified ? [row.label, id, row.value] : [row.label, row.value])
            }
            out += section.rows.isEmpty ? "  none yet\n" : table.render(output)
        }
        if !client.openConflicts.isEmpty {
            out += "\n" + output.alert("Open conflicts") + " (rapport conflicts resolve ID --keep ours|theirs)\n"
            let conflictIDs = client.openConflicts.map(\.id)
            for conflict in client.openConflicts {
                out += "  \(RecordID.short(conflict.id, among: conflictIDs))  \(DisplayText.safe(conflict.summary))\n"
            }
        }
        out += "\n" + output.bold("History") + "\n"
        let history = timeline
        if history.isEmpty { out += "  nothing yet\n" }
        for entry in history.prefix(20) {
            let id = RecordID.short(entry.recordID, among: ids)
            out += "  \(DisplayText.fit(entry.on.short, 10)) \(DisplayText.safe(id))  \(DisplayText.safe(entry.text))\n"
        }
        return out
    }
}
