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
            if let note = visit.note { out += "       Note: \(DisplayText.safe(note))\n" }
            var place = DisplayText.safe(visit.address ?? "no address on file")
            if let minutes = visit.travelMinutes { place += " (\(minutes) min away)" }
            out += "       \(place)\n"
            if let person = visit.contact {
                let details = [person.role, person.phone].compactMap { $0 }.map { DisplayText.safe($0) }
                out += "       Ask for \(DisplayText.safe(person.name))"
                out += details.isEmpty ? "\n" : ", \(details.joined(separator: ", "))\n"
            }
            if let last = visit.lastVisit {
                out += "       Last visit \(last.on.short): \(DisplayText.safe(last.note ?? "no note"))\n"
            }
        }
        out += "\n" + output.bold("Follow-ups due today") + "\n"
        if followUps.isEmpty {
            out += "None.\n"
        }
        for followUp in followUps {
            let who = followUp.by.map { " by \($0)" } ?? ""
            out += "  \(DisplayText.safe(followUp.name)): \(followUp.via.rawValue) on \(followUp.loggedOn.short)\(who)"
            out += followUp.note.map { ": \(DisplayText.safe($0))" } ?? ""
            out += "\n"
        }
        return out
    }
}
