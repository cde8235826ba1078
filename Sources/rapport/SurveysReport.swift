import RapportCore

/// `rapport surveys`: the satisfaction surveys to send within the next days.
struct SurveysReport: Report {
    var date: Day
    var days: Int
    var surveys: [Entry]

    struct Entry: Encodable {
        var client: String
        var name: String
        var due: Day
        var renewsOn: Day
        var cadence: SurveyCadence
    }

    init(_ portfolio: Portfolio, today: Day, days: Int) {
        date = today
        self.days = days
        surveys = portfolio.surveysToSend(today: today, days: days).compactMap { client, due in
            client.agreement(on: today).map {
                Entry(
                    client: client.id, name: client.name, due: due, renewsOn: $0.renewalDate,
                    cadence: $0.surveyCadence ?? .yearly)
            }
        }
    }

    func text(_ output: Output, settings: Settings) -> String {
        let last = date.adding(days: days - 1)
        var out = output.bold("Surveys to send, \(date.short) to \(last.short)") + "\n\n"
        guard !surveys.isEmpty else { return out + "None due.\n" }
        var table = TextTable(["CLIENT", "DUE", "", "RENEWS", "CADENCE"])
        for entry in surveys {
            let offset = date.days(until: entry.due)
            let when =
                offset < 0 ? "\(count(-offset, "day")) late" : offset == 0 ? "today" : "in \(count(offset, "day"))"
            table.add([
                entry.name, entry.due.short, when, entry.renewsOn.long,
                entry.cadence.rawValue,
            ])
        }
        return out + table.render(output) + "\nWhen one goes out: rapport survey sent CLIENT\n"
    }
}
