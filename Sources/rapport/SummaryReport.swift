import RapportCore

/// The one-screen summary: the dashboard header's figures and a line for each pane, with the command to see more.
struct SummaryReport: Report {
    var business: String
    var date: Day
    var activeAgreements: Int
    var mrr: Money
    var visitsToday: Int
    var overdue: Int
    var renewals: Int
    var atStake: Money

    init(_ portfolio: Portfolio, today: Day) {
        business = portfolio.settings.business
        date = today
        activeAgreements = portfolio.activeClients(today: today).count
        mrr = portfolio.mrr(today: today)
        visitsToday = portfolio.visits(from: today, through: today).filter { $0.visit.status != .cancelled }.count
        overdue = portfolio.overdue(today: today).count
        let upcoming = portfolio.renewals(today: today, within: portfolio.settings.defaults.renewalWindowDays)
        renewals = upcoming.count
        atStake = upcoming.reduce(.zero) { $0 + $1.annualValue }
    }

    func text(_ output: Output, settings: Settings) -> String {
        var table = TextTable(["", "", ""], alignments: [.left, .right, .left])
        table.add(["Visits today", String(visitsToday), "rapport today"])
        table.add(["Overdue contact", String(overdue), "rapport overdue"])
        table.add(["Renewals within \(settings.defaults.renewalWindowDays) days", String(renewals), "rapport renewals"])
        table.add(["At stake in renewals", atStake.shown(settings), ""])
        table.add(["Active agreements", String(activeAgreements), "rapport client list"])
        table.add(["MRR", mrr.shown(settings), "rapport revenue"])
        return output.bold("\(DisplayText.safe(business)), \(date.long)") + "\n\n" + table.render(output)
    }
}
