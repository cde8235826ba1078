import RapportCore

/// `rapport renewals`: agreements renewing soon, with the money at stake, the survey's state and how healthy each
/// relationship looks.
struct RenewalsReport: Report {
    var date: Day
    var within: Int
    var renewals: [Entry]
    var totalAnnualValue: Money

    struct Entry: Encodable {
        var client: String
        var name: String
        var renewsOn: Day
        var daysLeft: Int
        var monthlyFee: Money
        var annualValue: Money
        var surveyStatus: String
        var stage: String
        /// This term's survey score, and the previous term's; null when none was answered.
        var score: Int?
        var previousScore: Int?
        var visitsDelivered: Int
        var visitsPromised: Int
        /// Null when the client has never been contacted.
        var daysSinceContact: Int?
        var health: Health
        var proposalSent: Day?
        /// The term a renewal has queued: `{start, monthlyFee}`, null until the client renews.
        var nextTerm: NextTermEntry?

        struct NextTermEntry: Encodable {
            var start: Day
            var monthlyFee: Money
        }

        // Written by hand so that an unknown value is `null` rather than a missing key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(renewsOn, forKey: .renewsOn)
            try container.encode(daysLeft, forKey: .daysLeft)
            try container.encode(monthlyFee, forKey: .monthlyFee)
            try container.encode(annualValue, forKey: .annualValue)
            try container.encode(surveyStatus, forKey: .surveyStatus)
            try container.encode(stage, forKey: .stage)
            try container.encode(score, forKey: .score)
            try container.encode(previousScore, forKey: .previousScore)
            try container.encode(visitsDelivered, forKey: .visitsDelivered)
            try container.encode(visitsPromised, forKey: .visitsPromised)
            try container.encode(daysSinceContact, forKey: .daysSinceContact)
            try container.encode(health, forKey: .health)
            try container.encode(proposalSent, forKey: .proposalSent)
            try container.encode(nextTerm, forKey: .nextTerm)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, renewsOn, daysLeft, monthlyFee, annualValue, surveyStatus, stage, score, previousScore
            case visitsDelivered, visitsPromised, daysSinceContact, health, proposalSent, nextTerm
        }

        /// The score as the table shows it, next to the previous term's: `9 (was 7)`, `9`, or `-` for none.
        var scoreText: String {
            let now = score.map(String.init) ?? "-"
            return previousScore.map { "\(now) (was \($0))" } ?? now
        }

        /// The stage as the table shows it, with the day a proposal went out (`proposal-sent Tue 24 Nov`) or the
        /// next term's fee (`renewed at $950.00`).
        func stageText(_ settings: Settings) -> String {
            if let nextTerm { return "\(stage) at \(nextTerm.monthlyFee.shown(settings))" }
            guard stage == RenewalStage.proposalSent.rawValue, let proposalSent else { return stage }
            return "\(stage) \(proposalSent.short)"
        }

        /// Days since the last contact as the table shows it: `today`, `6d ago` or `never`.
        var contactText: String {
            switch daysSinceContact {
            case nil: "never"
            case 0?: "today"
            case let days?: "\(days)d ago"
            }
        }
    }

    init(_ portfolio: Portfolio, today: Day, within: Int) {
        date = today
        self.within = within
        renewals = portfolio.renewals(today: today, within: within).map {
            Entry(
                client: $0.client, name: $0.name, renewsOn: $0.renewsOn, daysLeft: $0.daysLeft,
                monthlyFee: $0.monthlyFee, annualValue: $0.annualValue, surveyStatus: $0.surveyStatus.rawValue,
                stage: $0.stage.rawValue, score: $0.score, previousScore: $0.previousScore,
                visitsDelivered: $0.visitsDelivered, visitsPromised: $0.visitsPromised,
                daysSinceContact: $0.daysSinceContact, health: $0.health, proposalSent: $0.proposalSent,
                nextTerm: $0.nextTerm.map { Entry.NextTermEntry(start: $0.start, monthlyFee: $0.monthlyFee) })
        }
        // A renewal already signed is won, not at stake.
        totalAnnualValue = renewals.filter { $0.nextTerm == nil }.reduce(.zero) { $0 + $1.annualValue }
    }

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Renewals in the next \(within) days, from \(date.long)") + "\n\n"
        guard !renewals.isEmpty else { return out + "Nothing renews in that window.\n" }
        var table = TextTable(
            ["CLIENT", "RENEWS", "DAYS LEFT", "ANNUAL", "SURVEY", "SCORE", "VISITS", "CONTACT", "HEALTH", "STAGE"],
            alignments: [.left, .left, .right, .right, .left, .left, .right, .right, .left, .left])
        for entry in renewals {
            table.add([
                entry.name, entry.renewsOn.long,
                entry.daysLeft < 0 ? "\(-entry.daysLeft) ago" : String(entry.daysLeft),
                entry.annualValue.shown(settings), entry.surveyStatus, entry.scoreText,
                "\(entry.visitsDelivered)/\(entry.visitsPromised)", entry.contactText, entry.health.mark,
                entry.stageText(settings),
            ])
        }
        out += table.render(output)
        return out + "\nAt stake: \(totalAnnualValue.shown(settings)) a year\n"
    }
}
