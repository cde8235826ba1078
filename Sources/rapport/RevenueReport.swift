import RapportCore

/// `rapport revenue`: monthly and annual recurring revenue from active agreements.
struct RevenueReport: Report {
    var date: Day
    var mrr: Money
    var arr: Money
    var activeAgreements: Int

    init(_ portfolio: Portfolio, today: Day) {
        date = today
        mrr = portfolio.mrr(today: today)
        arr = portfolio.arr(today: today)
        activeAgreements = portfolio.activeClients(today: today).count
    }

    func text(_ output: Output, settings: Settings) -> String {
        var table = TextTable(["", ""], alignments: [.left, .right])
        table.add(["MRR", mrr.shown(settings)])
        table.add(["ARR", arr.shown(settings)])
        table.add(["Active agreements", String(activeAgreements)])
        return output.bold("Revenue, \(date.short) \(date.year)") + "\n\n" + table.render(output)
    }
}
