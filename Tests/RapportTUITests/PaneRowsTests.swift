import RapportCore
import RapportStore
import Testing

@testable import RapportTUI

/// The rows kept in the state must always equal rows worked out afresh from the state's data, whatever changed it.
@Suite struct PaneRowsTests {
    let problem = FileProblem(path: "/store/clients/dune.json", line: 1, column: 1, reason: "not JSON")

    /// The fixture with Acme renamed, Bolt Law gone and a visit added for today.
    var changedPortfolio: Portfolio {
        var portfolio = Fixture.portfolio
        portfolio.clients[0].name = "Acme Dental Group"
        portfolio.clients.remove(at: 1)
        portfolio.clients[1].visits.append(
            Visit(id: "v9", on: Fixture.today, at: TimeOfDay("11:00"), technician: "js"))
        return portfolio
    }

    func fresh(_ state: AppState) -> PaneRows {
        PaneRows(
            now: state.now, portfolio: state.portfolio, unreadable: state.unreadable,
            technicianFilter: state.technicianFilter)
    }

    /// A client that renewed early shows as renewed in the renewals pane, not by its survey, until its date.
    @Test func theFilterLooksThroughEveryFieldAndSaysWhichOneMatched() {
        var state = Fixture.state
        state.portfolio.clients[0].people[0].phone = "+1 555 0199"
        state.portfolio.clients[1].people[0].name = "Sam Ortiz"
        // Acme's office manager's phone, which no pane shows.
        state.filters[.clients] = "0199"
        #expect(state.rows(.clients).map(\.cells.first) == ["Acme Dental (phone: +1 555 0199)"])
        // A match in a shown cell adds nothing.
        state.filters[.clients] = "acme"
        #expect(state.rows(.clients).map(\.cells.first) == ["Acme Dental"])
        state.filters[.clients] = "sam"
        #expect(state.rows(.clients).map(\.cells.first) == ["Bolt Law (person: Sam Ortiz)"])
        state.filters[.clients] = "nobody has this"
        #expect(state.rows(.clients).isEmpty)
    }

    @Test func anEarlyRenewalShowsAsRenewed() throws {
        var portfolio = Fixture.portfolio
        portfolio.clients[0] = try Change.renew(fee: Money(950), termMonths: nil)
            .apply(to: portfolio.clients[0], today: Fixture.today)
        let rows = PaneRows(now: Fixture.now, portfolio: portfolio, unreadable: [], technicianFilter: nil)
        let acme = try #require(rows.rows(.renewals).first { $0.clientID == "acme-dental" })
        #expect(acme.cells == ["Acme Dental", "45d", "$10,800", "renewed", "-", "Fri 15 Jan"])
    }

    @Test func rowsFollowThePortfolioAfterAReload() {
        let state = update(Fixture.state, .storeReloaded(changedPortfolio, unreadable: [], changed: ["bolt-law"])).0
        #expect(state.paneRows != Fixture.state.paneRows)
        #expect(state.paneRows == fresh(state))
        #expect(state.rows(.clients).map(\.cells[0]) == ["Acme Dental Group", "Cedar Vet"])
    }

    @Test func rowsFollowTheUnreadableFilesAfterAReload() {
        let broken = update(Fixture.state, .storeReloaded(Fixture.portfolio, unreadable: [problem], changed: [])).0
        #expect(broken.paneRows == fresh(broken))
        #expect(broken.rows(.clients).map(\.clientID) == ["dune", "acme-dental", "bolt-law", "cedar-vet"])
        let mended = update(broken, .storeReloaded(Fixture.portfolio, unreadable: [], changed: ["dune"])).0
        #expect(mended.paneRows == fresh(mended))
        #expect(mended.paneRows == Fixture.state.paneRows)
    }

    @Test func rowsFollowThePortfolioAfterAChangeIsSaved() {
        let state = update(Fixture.state, .changeSaved(changedPortfolio, summary: "saved", client: "acme-dental")).0
        #expect(state.paneRows != Fixture.state.paneRows)
        #expect(state.paneRows == fresh(state))
    }

    @Test func visitRowsFollowTheTechnicianFilter() {
        var state = Fixture.state
        for _ in 0..<3 {
            state = update(state, .technicianFilterCycled).0
            #expect(state.paneRows == fresh(state))
            let technicians = Set(state.rows(.visits).map { $0.cells[3] })
            #expect(state.technicianFilter.map { technicians == [$0] } ?? (technicians == ["js", "mk"]))
        }
    }

    @Test func rowsFollowTheDayWhenItChanges() {
        var state = Fixture.state
        state.now = DayTime(day: Fixture.today.adding(days: 30), time: Fixture.now.time)
        #expect(state.paneRows != Fixture.state.paneRows)
        #expect(state.paneRows == fresh(state))
    }

    @Test func rowsFollowEditsMadeInPlace() {
        var state = AppState(now: Fixture.now, portfolio: Fixture.portfolio, unreadable: [problem])
        state.technicianFilter = "mk"
        state.portfolio.clients[2].name = "Cedar Animal Clinic"
        state.unreadable.append(
            FileProblem(path: "/store/clients/echo.json", line: 2, column: 3, reason: "trailing comma"))
        #expect(state.paneRows == fresh(state))
        #expect(state.rows(.clients).map(\.clientID).prefix(2) == ["dune", "echo"])
    }

    @Test func clientsAreFoundWhereTheyNowSitAfterAReload() {
        let state = update(Fixture.state, .storeReloaded(changedPortfolio, unreadable: [], changed: ["bolt-law"])).0
        #expect(state.client("cedar-vet")?.name == "Cedar Vet")
        #expect(state.client("bolt-law") == nil)
    }

    @Test func headerFiguresFollowThePortfolio() {
        let state = update(Fixture.state, .changeSaved(changedPortfolio, summary: "saved", client: "")).0
        let header = render(state, size: Size(width: 120, height: 40)).screen.text.prefix { $0 != "\n" }
        #expect(header.hasSuffix("2 active │ capacity 2% of 75% │ MRR $1,150"))
    }

    @Test func filterMatchesAnyCellIgnoringCaseOrTheClientID() {
        var state = Fixture.state
        state.filters[.clients] = "BLOCK"
        #expect(state.rows(.clients).map(\.clientID) == ["cedar-vet"])
        state.filters[.clients] = "dental"
        #expect(state.rows(.clients).map(\.clientID) == ["acme-dental"])
        state.filters[.clients] = "bolt-"
        #expect(state.rows(.clients).map(\.clientID) == ["bolt-law"])
        state.filters[.clients] = "2acme"
        #expect(state.rows(.clients).isEmpty)
    }

    @Test func filteredRowsFollowEveryChangeWhileAFilterIsTyped() {
        var state = Fixture.state
        state.filters = [.clients: "d", .visits: "js"]
        let steps: [Action] = [
            .storeReloaded(Fixture.portfolio, unreadable: [problem], changed: []), .technicianFilterCycled,
            .storeReloaded(changedPortfolio, unreadable: [], changed: ["bolt-law"]), .technicianFilterCycled,
            .filterStarted, .filterTyped("v"), .filterErased,
        ]
        for action in steps {
            state = update(state, action).0
            var expected = fresh(state)
            expected.filter(by: state.filters)
            #expect(state.paneRows == expected, "after \(action)")
            for pane in Pane.allCases {
                let filter = state.filters[pane] ?? ""
                #expect(
                    state.rows(pane) == (filter.isEmpty ? expected.rows(pane) : expected.rows(pane, matching: filter)))
            }
        }
        #expect(state.rows(.clients).map(\.clientID) == ["acme-dental", "cedar-vet"])
    }

    @Test func filterFindsWhatSearchingEachCellFinds() {
        var state = Fixture.state
        state.portfolio.clients[0].name = "École Müller"
        for needle in ["ÉCOLE", "müll", "ller", "a", "Law", "$2,", "js", "-", " ", "Today", "2acme", "ü", "x"] {
            for pane in Pane.allCases {
                state.filters[pane] = needle
                let lowered = needle.lowercased()
                let expected = state.paneRows.rows(pane).filter { row in
                    row.cells.contains { $0.lowercased().contains(lowered) } || row.clientID.contains(lowered)
                }
                #expect(state.rows(pane) == expected, "\(pane) /\(needle)")
            }
        }
        state.filters[.clients] = "école"
        #expect(state.rows(.clients).map(\.clientID) == ["acme-dental"])
    }
}
