import RapportCore

/// `rapport upcoming`: planned visits over the next days, grouped by day.
struct UpcomingReport: Report {
    var from: Day
    var to: Day
    var visits: [VisitEntry]

    init(_ portfolio: Portfolio, today: Day, days: Int, technician: String?) {
        from = today
        to = today.adding(days: days - 1)
        visits = portfolio.visits(from: from, through: to, technician: technician)
            .filter { $0.visit.status == .planned }
            .map { VisitEntry(client: $0.client, visit: $0.visit) }
    }

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Upcoming visits, \(from.short) to \(to.short)") + "\n\n"
        guard !visits.isEmpty else { return out + "No visits planned.\n" }
        var table = TextTable(["", "", "", "", ""])
        var previous: Day?
        for visit in visits {
            let day = visit.on == previous ? "" : visit.on.short
            previous = visit.on
            table.add([
                day, visit.at?.description ?? "--:--", visit.name, visit.technician ?? "",
                visit.address ?? "",
            ])
        }
        return out + table.render(output)
    }
}
