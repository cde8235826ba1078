import RapportCore

/// `rapport overdue`: who has not heard from us, longest silence first.
struct OverdueReport: Report {
    var date: Day
    var clients: [Entry]

    struct Entry: Encodable {
        var client: String
        var name: String
        var lastContact: Day?
        var daysSince: Int
        var limitDays: Int
        var reason: String
        /// The follow-up or missed-visit day behind the reason, if any.
        var reasonDate: Day?
        var detail: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(lastContact, forKey: .lastContact)
            try container.encode(daysSince, forKey: .daysSince)
            try container.encode(limitDays, forKey: .limitDays)
            try container.encode(reason, forKey: .reason)
            try container.encode(reasonDate, forKey: .reasonDate)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, lastContact, daysSince, limitDays, reason, reasonDate
        }
    }

    init(_ portfolio: Portfolio, today: Day) {
        date = today
        clients = portfolio.overdue(today: today).map { client, finding in
            let reasonDate: Day? =
                switch finding.reason {
                case .followUpPassed(let day), .visitMissed(let day): day
                case .noContact, .neverContacted: nil
                }
            return Entry(
                client: client.id, name: client.name, lastContact: finding.lastContact, daysSince: finding.daysSince,
                limitDays: finding.limitDays, reason: finding.reason.key, reasonDate: reasonDate,
                detail: finding.reason.text)
        }
    }

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Overdue contact, \(date.long)") + "\n\n"
        guard !clients.isEmpty else { return out + "Everyone has heard from you recently.\n" }
        var table = TextTable(
            ["CLIENT", "LAST CONTACT", "DAYS", "LIMIT", "REASON"], alignments: [.left, .left, .right, .right, .left])
        for entry in clients {
            table.add([
                entry.name, entry.lastContact?.short ?? "never", String(entry.daysSince), String(entry.limitDays),
                entry.detail,
            ])
        }
        return out + table.render(output)
    }
}
