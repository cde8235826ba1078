import RapportCore
import RapportReports

// MARK: - The report as text

extension WeekReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        let whose = technician.map { ", \($0)" } ?? ""
        var out = output.bold("Week of \(from.short) to \(through.short)\(whose)") + "\n\n"
        var table = TextTable(["", "", "", "", ""])
        // A hole's words would widen the client column for every visit, so they follow the time and run on.
        var runOn: [Int: String] = [:]
        for day in days {
            var label = day.date.short
            // The day's label stands on its first line only, so the days read as blocks.
            func add(_ cells: [String]) {
                table.add([label] + cells)
                label = ""
            }
            for visit in day.visits {
                add([visit.timeText, visit.name, visit.technician ?? "", visit.status == .done ? "done" : ""])
            }
            for hole in day.holes {
                runOn[table.rows.count] = DisplayText.safe(hole.text)
                add(["—", "", "", ""])
            }
            if day.visits.isEmpty && day.holes.isEmpty {
                runOn[table.rows.count] = "no visits"
                add(["-", "", "", ""])
            }
        }
        for (index, line) in table.render(output).split(separator: "\n").enumerated() {
            out += line + (runOn[index].map { "  \($0)" } ?? "") + "\n"
        }
        return out
    }
}
