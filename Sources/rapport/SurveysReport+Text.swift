import RapportCore
import RapportReports

// MARK: - The report as text

extension SurveysReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        let last = date.adding(days: days - 1)
        let out = output.bold("Surveys to send, \(date.short) to \(last.short)") + "\n\n"
        guard !surveys.isEmpty else { return out + "None due.\n" }
        var table = TextTable(["CLIENT", "DUE", "", "RENEWS", "CADENCE"])
        for entry in surveys {
            table.add([entry.name, entry.due.short, whenText(entry), entry.renewsOn.long, entry.cadence.rawValue])
        }
        return out + table.render(output) + "\nWhen one goes out: rapport survey sent CLIENT\n"
    }
}
