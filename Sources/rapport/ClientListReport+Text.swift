import RapportCore
import RapportReports
import RapportStore

// MARK: - The report as text

extension ClientListReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var table = TextTable(
            ["ID", "NAME", "STATUS", "AGREEMENT", "MONTHLY", "RENEWS", ""],
            alignments: [.left, .left, .left, .left, .right, .left, .left])
        for entry in clients {
            table.add([
                entry.id, entry.name, entry.status.rawValue, entry.kind?.rawValue ?? "-",
                entry.monthlyFee?.shown(settings) ?? "-",
                entry.renewsOn.map { "\($0.short) \($0.year)" } ?? "-",
                [
                    entry.lapsed ? "lapsed" : nil, entry.overdue ? "overdue" : nil,
                    entry.surveyDue ? "survey due" : nil, entry.hoursAlert.map { "hours \($0)" },
                ].compactMap { $0 }.joined(separator: ", "),
            ])
        }
        var out = clients.isEmpty ? "No clients yet. Add one with `rapport client add NAME`.\n" : table.render(output)
        for problem in unreadable {
            out += output.alert("unreadable: ") + DisplayText.safe(problemText(problem)) + "\n"
        }
        return out
    }

    private func problemText(_ problem: Unreadable) -> String {
        FileProblem(path: problem.file, line: problem.line, column: problem.column, reason: problem.reason).description
    }
}
