import RapportCore
import RapportReports

// MARK: - What a technician's two views list

extension PaneRows {
    /// Today's agenda, a line to a row so that it scrolls a line at a time: each visit with where to go, whom to ask
    /// for and the last visit's note, then the follow-ups due and overdue, then the contacts logged today. Every
    /// line of an entry stands for its client, so `l` or Enter on any of them acts on that client.
    ///
    /// - Parameter report: today's agenda.
    /// - Returns: the rows: when, what, and `done` for what is done.
    static func todayRows(_ report: TodayReport) -> [PaneRow] {
        var rows: [PaneRow] = []
        for visit in report.visits {
            let done = visit.status == .done
            let heading = [visit.name, visit.technician].compactMap { $0 }.joined(separator: " · ")
            rows.append(
                PaneRow(
                    clientID: visit.client, cells: [visit.timeText, heading, done ? "done" : ""], emphasised: !done,
                    visitDay: visit.on))
            let details = [visit.note.map { "Note: \($0)" }, visit.placeText, visit.contactText, visit.lastVisitText]
            for line in details.compactMap({ $0 }) {
                rows.append(PaneRow(clientID: visit.client, cells: ["", "  " + line, ""], visitDay: visit.on))
            }
        }
        if report.visits.isEmpty { rows.append(PaneRow(clientID: "", cells: ["", "No visits today", ""])) }
        for followUp in report.followUps + report.overdueFollowUps {
            rows.append(
                PaneRow(
                    clientID: followUp.client,
                    cells: [
                        followUp.due < report.date ? "overdue" : "follow-up", report.text(followUp),
                        followUp.done ? "done" : "",
                    ],
                    emphasised: !followUp.done))
        }
        for contact in report.contacts {
            rows.append(PaneRow(clientID: contact.client, cells: ["contact", contact.text, "done"]))
        }
        return rows
    }

    /// A week of visits, day by day, with the holes in the promised cadence.
    ///
    /// - Parameter report: the week.
    /// - Returns: the rows: day (once per day), time, client, technician, and `done` for a done visit.
    static func weekRows(_ report: WeekReport) -> [PaneRow] {
        report.days.flatMap { day -> [PaneRow] in
            var rows = day.visits.map { visit in
                PaneRow(
                    clientID: visit.client,
                    cells: [
                        "", visit.timeText, visit.name, visit.technician ?? "", visit.status == .done ? "done" : "",
                    ],
                    visitDay: visit.on)
            }
            rows += day.holes.map { hole in
                PaneRow(
                    clientID: hole.client, cells: ["", "—", hole.text, hole.technician ?? "", ""], emphasised: true)
            }
            if rows.isEmpty { rows = [PaneRow(clientID: "", cells: ["", "", "no visits", "", ""])] }
            rows[0].cells[0] = day.date == report.from ? "Today" : day.date.short
            return rows
        }
    }
}
