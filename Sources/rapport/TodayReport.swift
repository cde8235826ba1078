import RapportCore

/// `rapport today`: the day's visits with everything a technician needs on the way, then the follow-ups due.
struct TodayReport: Report {
    var date: Day
    var visits: [VisitEntry]
    var followUps: [FollowUp]

    /// A follow-up promised for today.
    struct FollowUp: Encodable {
        var client: String
        var name: String
        var loggedOn: Day
        var via: ContactChannel
        var by: String?
        var note: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(loggedOn, forKey: .loggedOn)
            try container.encode(via, forKey: .via)
            try container.encode(by, forKey: .by)
            try container.encode(note, forKey: .note)
        }

        enum CodingKeys: String, CodingKey { case client, name, loggedOn, via, by, note }
    }

    init(_ portfolio: Portfolio, today: Day, technician: String?) {
        date = today
        visits = portfolio.visits(from: today, through: today, technician: technician)
            .filter { $0.visit.status != .cancelled }
            .map { VisitEntry(client: $0.client, visit: $0.visit) }
        followUps = portfolio.clients.flatMap { client in
            client.followUps(on: today)
                .filter { technician == nil || $0.by == technician }
                .map {
                    FollowUp(
                        client: client.id, name: client.name, loggedOn: $0.on, via: $0.via, by: $0.by, note: $0.note)
                }
        }
    }

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Today, \(date.long)") + "\n\n"
        if visits.isEmpty {
            out += "No visits today.\n"
        }
        for visit in visits {
            let heading = [
                visit.at?.description ?? "--:--", output.bold(DisplayText.safe(visit.name)), visit.technician,
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
