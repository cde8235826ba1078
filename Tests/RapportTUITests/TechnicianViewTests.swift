import RapportCore
import Testing

@testable import RapportTUI

/// A technician's two views: today's agenda on `0` and the week on `w`, both following the technician filter.
@Suite struct TechnicianViewTests {
    /// The fixture with Acme's 17 Nov call asking for a follow-up today, and Bolt's 1 Dec visit cancelled.
    static var state: AppState {
        var state = Fixture.state
        state.portfolio.clients[0].touchpoints.append(
            Touchpoint(id: "t2", on: Day("2026-11-24")!, via: .email, by: "js", followUp: Fixture.today))
        state.portfolio.clients[1].visits.append(
            Visit(id: "v2", occurrence: Fixture.today, on: Fixture.today, status: .cancelled, note: "Office closed"))
        return state
    }

    @Test func todayListsEachVisitWithWhereToGoWhomToAskAndTheFollowUpDue() {
        let state = update(TechnicianViewTests.state, .paneFocused(.today)).0
        #expect(
            state.rows(.today).map(\.cells) == [
                ["09:00", "Acme Dental · js", ""], ["", "  12 Main St (25 min away)", ""],
                ["", "  Ask for Dana Ruiz, Office manager, +1 555 0100", ""],
                ["", "  Last visit Tue 17 Nov: Patched server", ""],
                ["15:00", "Cedar Vet · mk", ""], ["", "  12 Main St (25 min away)", ""],
                ["", "  Ask for Dana Ruiz, Office manager, +1 555 0100", ""],
                ["", "  Last visit Sun 1 Nov: Monthly check", ""],
                ["follow-up", "Acme Dental: email on Tue 24 Nov by js", ""],
            ])
        #expect(
            state.rows(.today).map(\.clientID) == Array(repeating: "acme-dental", count: 4)
                + Array(
                    repeating: "cedar-vet", count: 4) + ["acme-dental"])
    }

    /// A contact logged today answers the follow-up: it shows done, and the contact shows among what is done.
    @Test func aContactLoggedTodayMarksTheFollowUpDone() {
        var state = TechnicianViewTests.state
        state.portfolio.clients[0].touchpoints.append(
            Touchpoint(id: "t3", on: Fixture.today, via: .call, by: "js", note: "Sorted"))
        #expect(
            Array(state.rows(.today).map(\.cells).suffix(2)) == [
                ["follow-up", "Acme Dental: email on Tue 24 Nov by js", "done"],
                ["contact", "Acme Dental: call by js: Sorted", "done"],
            ])
    }

    /// Bolt's cancelled Tuesday visit is a hole in mk's week; the other days are listed even when empty.
    @Test func weekShowsOneTechniciansDaysWithTheHoleInTheCadence() {
        var state = TechnicianViewTests.state
        state.technicianFilter = "mk"
        #expect(
            state.rows(.week).map(\.cells) == [
                ["Today", "15:00", "Cedar Vet", "mk", ""],
                ["", "—", "Bolt Law: promised visit not scheduled (cancelled)", "mk", ""],
                ["Wed 2 Dec", "", "no visits", "", ""], ["Thu 3 Dec", "", "no visits", "", ""],
                ["Fri 4 Dec", "", "no visits", "", ""], ["Sat 5 Dec", "", "no visits", "", ""],
                ["Sun 6 Dec", "", "no visits", "", ""], ["Mon 7 Dec", "", "no visits", "", ""],
            ])
        #expect(state.rows(.week)[1].emphasised)
    }

    /// In the team view `w` opens the week of the team member selected; elsewhere that of the filter.
    @Test func weekKeyOpensTheWeekOfTheSelectedTeamMember() {
        var state = update(TechnicianViewTests.state, .paneFocused(.team)).0
        state = update(state, .selectionMoved(by: 1)).0
        #expect(KeyMap.action(for: .character("w"), in: state) == .weekOpened)
        state = update(state, .weekOpened).0
        #expect(state.focus == .week && state.technicianFilter == "mk")
        let title = render(state, size: Size(width: 80, height: 24)).screen.text
        #expect(title.contains("╔═ w Week (8) for mk ═"), "\(title)")
    }

    /// `T` cycles the filter and keeps a technician's view in front; Esc goes back to the grid.
    @Test func technicianFilterKeepsTodayInFrontAndEscGoesBackToTheGrid() {
        var state = update(TechnicianViewTests.state, .paneFocused(.today)).0
        #expect(KeyMap.action(for: .character("0"), in: Fixture.state) == .paneFocused(.today))
        state = update(state, .technicianFilterCycled).0
        #expect(state.focus == .today && state.technicianFilter == "js")
        #expect(state.rows(.today).map(\.cells[1]).filter { !$0.hasPrefix(" ") }.count == 2)
        state = update(state, .backRequested).0
        #expect(state.focus == .clients)
        #expect(KeyMode(state) == .grid)
    }

    /// When the agenda does not fit, the bottom border says where the selection is, and `G` goes to the end.
    @Test func todayScrollsWithAPositionOnTheBorder() {
        var state = update(TechnicianViewTests.state, .paneFocused(.today)).0
        let size = Size(width: 60, height: 14)
        let lines = { (state: AppState) in render(state, size: size).screen.text.split(separator: "\n") }
        #expect(lines(state)[11].hasSuffix("═ 1/9 ═╝"), "\(lines(state)[11])")
        state = update(state, .selectionJumped(toEnd: true)).0
        #expect(lines(state)[11].hasSuffix("═ 9/9 ═╝"), "\(lines(state)[11])")
        #expect(lines(state)[10].contains("› follow-up Acme Dental: email on Tue 24 Nov by js"))
    }
}
