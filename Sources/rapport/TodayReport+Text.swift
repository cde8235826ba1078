import RapportCore
import RapportReports

// MARK: - The report as text

extension TodayReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Today, \(date.long)") + "\n\n"
        if visits.isEmpty {
            out += "No visits today.\n"
        }
        for visit in visits {
            let heading = [
                visit.timeText, output.bold(DisplayText.safe(visit.name)), visit.technician,
                visit.status == .done ? "[done]" : nil,
            ]
            out += heading.compactMap { $0 }.joined(separator: "  ") + "\n"
            let details = [visit.note.map { "Note: \($0)" }, visit.placeText, visit.contactText, visit.lastVisitText]
            for line in details.compactMap({ $0 }) { out += "       \(DisplayText.safe(line))\n" }
        }
        let line = { (followUp: FollowUp) in
            "  \(DisplayText.safe(self.text(followUp)))\(followUp.done ? "  [done]" : "")\n"
        }
        out += "\n" + output.bold("Follow-ups due today") + "\n"
        if followUps.isEmpty {
            out += "None.\n"
        }
        out += followUps.map(line).joined()
        // The sections below show only when they have something, so a quiet day stays short.
        if !overdueFollowUps.isEmpty {
            out += "\n" + output.bold("Overdue follow-ups") + "\n"
            out += overdueFollowUps.map(line).joined()
        }
        if !contacts.isEmpty {
            out += "\n" + output.bold("Contacts logged today") + "\n"
            for contact in contacts { out += "  \(DisplayText.safe(contact.text))  [done]\n" }
        }
        return out
    }
}
