import RapportCore

/// `rapport renewals`: agreements renewing soon, with the money at stake and the survey's state.
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
    }

    init(_ portfolio: Portfolio, today: Day, within: Int) {
        date = today
        self.within = within
        renewals = portfolio.renewals(today: today, within: within).map {
            Entry(
                client: $0.client, name: $0.name, renewsOn: $0.renewsOn, daysLeft: $0.daysLeft,
                monthlyFee: $0.monthlyFee, annualValue: $0.annualValue, surveyStatus: $0.surveyStatus.rawValue,
                stage: $0.stage.rawValue)
        }
        totalAnnualValue = renewals.reduce(.zero) { $0 + $1.annualValue }
    }

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Renewals in the next \(within) days, from \(date.short) \(date.year)") + "\n\n"
        guard !renewals.isEmpty else { return out + "Nothing renews in that window.\n" }
        var table = TextTable(
            ["CLIENT", "RENEWS", "DAYS LEFT", "MONTHLY", "ANNUAL", "SURVEY", "STAGE"],
            alignments: [.left, .left, .right, .right, .right, .left, .left])
        for entry in renewals {
            table.add([
                entry.name, "\(entry.renewsOn.short) \(entry.renewsOn.year)",
                entry.daysLeft < 0 ? "\(-entry.daysLeft) ago" : String(entry.daysLeft),
                entry.monthlyFee.shown(settings), entry.annualValue.shown(settings), entry.surveyStatus, entry.stage,
            ])
        }
        out += table.render(output)
        return out + "\nAt stake: \(totalAnnualValue.shown(settings)) a year\n"
    }
}
