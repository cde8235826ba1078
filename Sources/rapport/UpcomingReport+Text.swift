import RapportCore
import RapportReports

// MARK: - The report as text

extension UpcomingReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        let out = output.bold("Upcoming visits, \(from.short) to \(to.short)") + "\n\n"
        guard !visits.isEmpty else { return out + "No visits planned.\n" }
        var table = TextTable(["", "", "", "", "", ""])
        var previous: Day?
        for visit in visits {
            let day = visit.on == previous ? "" : visit.on.short
            previous = visit.on
            table.add([
                day, visit.timeText, visit.name, visit.technician ?? "", visit.address ?? "",
                visit.status == .done ? "done" : "",
            ])
        }
        return out + table.render(output)
    }
}
