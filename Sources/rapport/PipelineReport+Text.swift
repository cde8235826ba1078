import RapportCore
import RapportReports

// MARK: - The report as text

extension PipelineReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Pipeline, \(date.long)") + "\n\n"
        if prospects.isEmpty {
            out += "Nobody in the pipeline yet. Add a prospect with `rapport prospect add NAME --trigger referral`.\n"
        } else {
            var table = TextTable(
                ["CLIENT", "STAGE", "TRIGGER", "EST. MONTHLY", "NEXT STEP", "DUE"],
                alignments: [.left, .left, .left, .right, .left, .left])
            for entry in prospects {
                table.add([
                    entry.name, entry.stage.rawValue, entry.trigger.rawValue,
                    entry.estimatedMonthlyFee?.shown(settings) ?? "-", entry.stepText ?? "-",
                    entry.dueText(today: date) ?? "-",
                ])
            }
            out += table.render(output)
            let open = prospects.filter(\.stage.isOpen).count
            out += "\nOpen: \(count(open, "prospect")), \(openEstimatedMRR.shown(settings)) a month estimated\n"
        }
        return out
    }
}
