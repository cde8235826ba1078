import RapportCore

/// `rapport client show`: one client's profile, people, agreement, hours bank and history.
struct ClientDetailReport: Report {
    var client: Client
    var renewsOn: Day?
    var surveyStatus: SurveyStatus?
    var hoursBank: HoursBank?
    var overdue: Overdue?
    var upcomingVisits: [Day]
    /// The day the figures are for; not part of the JSON.
    private var today: Day

    /// The figures of the hours bank, with its alert.
    struct HoursBank: Encodable {
        var purchased: Double
        var adjustments: Double
        var used: Double
        var remaining: Double
        var overrun: Double
        var percentUsed: Int
        /// `80%`, `95%` or `overrun`; null while under 80% used.
        var alert: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(purchased, forKey: .purchased)
            try container.encode(adjustments, forKey: .adjustments)
            try container.encode(used, forKey: .used)
            try container.encode(remaining, forKey: .remaining)
            try container.encode(overrun, forKey: .overrun)
            try container.encode(percentUsed, forKey: .percentUsed)
            try container.encode(alert, forKey: .alert)
        }

        enum CodingKeys: String, CodingKey { case purchased, adjustments, used, remaining, overrun, percentUsed, alert }
    }

    // Written by hand so that an unknown value is `null` rather than a missing key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(client, forKey: .client)
        try container.encode(renewsOn, forKey: .renewsOn)
        try container.encode(surveyStatus, forKey: .surveyStatus)
        try container.encode(hoursBank, forKey: .hoursBank)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(upcomingVisits, forKey: .upcomingVisits)
    }

    enum CodingKeys: String, CodingKey {
        case client, renewsOn, surveyStatus, hoursBank, overdue, upcomingVisits
    }

    struct Overdue: Encodable {
        var daysSince: Int
        var limitDays: Int
        var reason: String
    }

    init(_ client: Client, settings: Settings, today: Day) {
        self.client = client
        self.today = today
        renewsOn = client.agreement(on: today)?.renewalDate
        surveyStatus = client.surveyStatus(today: today, defaults: settings.defaults)
        hoursBank = client.hoursBankStatus(today: today).map {
            HoursBank(
                purchased: $0.purchased, adjustments: $0.adjustments, used: $0.used, remaining: $0.remaining,
                overrun: $0.overrun, percentUsed: Int(($0.fractionUsed * 100).rounded()), alert: $0.alert?.rawValue)
        }
        overdue = client.overdueContact(today: today, defaults: settings.defaults).map {
            Overdue(daysSince: $0.daysSince, limitDays: $0.limitDays, reason: $0.reason.key)
        }
        upcomingVisits = client.upcomingVisits(today: today, days: 60).map(\.on)
    }

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold(DisplayText.safe(client.name)) + "  (\(client.id), \(client.status.rawValue))\n"
        for section in client.profileSections(settings: settings, today: today) {
            out += "\n" + output.bold(section.title) + "\n"
            var table = TextTable(["", ""])
            for row in section.rows {
                table.add([row.label, row.value])
            }
            out += section.rows.isEmpty ? "  none yet\n" : table.render(output)
        }
        out += "\n" + output.bold("History") + "\n"
        let history = client.timeline()
        if history.isEmpty { out += "  nothing yet\n" }
        let ids = client.recordIDs
        for entry in history.prefix(20) {
            let id = RecordID.short(entry.recordID, among: ids)
            out += "  \(DisplayText.fit(entry.on.short, 10)) \(DisplayText.safe(id))  \(DisplayText.safe(entry.text))\n"
        }
        return out
    }
}
