import RapportCore
import Testing

@testable import RapportTUI

@Suite struct OwnerViewTests {
    /// The fixture plus a prospect, a quarterly survey cadence and a renewed client with a score in each term.
    static var state: AppState {
        var state = Fixture.state
        var prospect = Client(id: "delta-freight", name: "Delta Freight", status: .prospect, source: .audit)
        prospect.pipeline = Prospect(
            trigger: .audit, stage: .auditScheduled, estimatedMonthlyFee: Money(2_400), nextStep: "Run the audit",
            nextStepOn: Day("2026-11-30"))
        state.portfolio.clients.append(prospect)
        var bolt = state.portfolio.clients[1]
        var previous = bolt.terms[0]
        previous.start = Day("2024-12-20")!
        previous.renewsOn = Day("2025-12-20")!
        bolt.terms.insert(previous, at: 0)
        bolt.surveys = [
            Survey(id: "s1", sent: Day("2025-10-01"), answered: Day("2025-10-05"), score: 9),
            Survey(id: "s2", sent: Day("2026-10-20"), answered: Day("2026-10-25"), score: 6),
        ]
        state.portfolio.clients[1] = bolt
        state.portfolio.clients[0].terms[0].surveyCadence = .quarterly
        return state
    }

    @Test func pipelineShowsScoreAgainstLastTermVisitsContactAndHealth() {
        let rows = OwnerViewTests.state.rows(.pipeline)
        #expect(rows.map(\.clientID) == ["bolt-law", "acme-dental"])
        #expect(
            rows[0].cells == [
                "Bolt Law", "19d", "$29,400", "survey-answered", "! at risk", "6 (was 9)", "1/49", "28d ago",
            ])
        #expect(rows[0].emphasised)
    }

    @Test func surveysToSendListsTheDueOnes() {
        #expect(
            OwnerViewTests.state.rows(.surveys).map(\.cells) == [
                ["Acme Dental", "Mon 16 Nov", "15 days late", "Fri 15 Jan", "quarterly"]
            ])
    }

    @Test func prospectsShowStageFeeAndALateNextStep() {
        #expect(
            OwnerViewTests.state.rows(.prospects).map(\.cells) == [
                ["Delta Freight", "audit-scheduled", "audit", "$2,400", "Mon 30 Nov overdue", "Run the audit"]
            ])
    }

    @Test func teamListsEachTechniciansWeek() {
        #expect(
            OwnerViewTests.state.rows(.team).map(\.cells) == [
                ["js", "Jo Smith", "1", "", ""], ["mk", "Mo Khan", "2", "", ""],
            ])
    }

    /// The full-screen views form one ring: the owner's five, today's agenda and the week, then the open requests.
    @Test func digitsOpenTheOwnersViewsAndTabStaysAmongThem() {
        let state = update(OwnerViewTests.state, .paneFocused(.prospects)).0
        #expect(KeyMap.action(for: .character("7"), in: OwnerViewTests.state) == .paneFocused(.prospects))
        #expect(update(state, .paneCycled(forward: true)).0.focus == .revenue)
        #expect(update(state, .paneCycled(forward: false)).0.focus == .surveys)
        #expect(update(update(state, .paneFocused(.team)).0, .paneCycled(forward: true)).0.focus == .today)
        #expect(update(update(state, .paneFocused(.week)).0, .paneCycled(forward: true)).0.focus == .requests)
        #expect(update(update(state, .paneFocused(.requests)).0, .paneCycled(forward: true)).0.focus == .pipeline)
    }

    @Test func technicianFilterCyclesThroughTheTeam() {
        var state = update(OwnerViewTests.state, .technicianFilterCycled).0
        #expect(state.technicianFilter == "js")
        #expect(state.rows(.visits).map(\.clientID) == ["acme-dental"])
        state = update(update(state, .technicianFilterCycled).0, .technicianFilterCycled).0
        #expect(state.technicianFilter == nil)
        #expect(state.rows(.visits).count == 4)
    }

    @Test func proposalSentFormSavesTheChange() {
        var state = update(OwnerViewTests.state, .paneFocused(.pipeline)).0
        state = update(state, .formRequested(.proposalSent)).0
        #expect(update(state, .formSubmitted).1 == [.save(.markProposalSent(on: Fixture.today), client: "bolt-law")])
    }

    @Test func newTechnicianIsASettingsChange() {
        var state = update(update(OwnerViewTests.state, .paneFocused(.team)).0, .formRequested(.addTechnician)).0
        state.form?.fields[0].value = "al"
        state.form?.fields[1].value = "Ada Lee"
        state.form?.fields[2].value = "Networking, Backup"
        #expect(
            update(state, .formSubmitted).1 == [
                .saveSettings(.addTechnician(Technician(id: "al", name: "Ada Lee", skills: ["Networking", "Backup"])))
            ])
    }

    @Test func duplicateTechnicianIdIsRefusedBesideTheField() {
        var state = update(update(OwnerViewTests.state, .paneFocused(.team)).0, .formRequested(.addTechnician)).0
        state.form?.fields[0].value = "js"
        state.form?.fields[1].value = "Another Jo"
        #expect(update(state, .formSubmitted).0.form?.fields[0].error == "there is already a technician \"js\"")
    }

    @Test func newProspectIsAClientInThePipeline() throws {
        var state = update(update(OwnerViewTests.state, .paneFocused(.prospects)).0, .formRequested(.addProspect)).0
        state.form?.fields[0].value = "Elm Bakery"
        state.form?.fields[3].value = "300"
        let effect = try #require(update(state, .formSubmitted).1.first)
        guard case .save(.addClient(let client), "elm-bakery") = effect else {
            Issue.record("expected a new client, got \(effect)")
            return
        }
        #expect(client.status == .prospect)
        #expect(client.pipeline == Prospect(trigger: .emergency, stage: .lead, estimatedMonthlyFee: Money(300)))
    }

    @Test func hoursTopUpNeedsABlockAgreement() {
        let state = update(OwnerViewTests.state, .formRequested(.adjustHours)).0
        #expect(state.form == nil)
        #expect(state.status == Status("Acme Dental has no block of hours", isError: true))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func revenueViewShowsTiersHistoryStakesAndRateCard(_ width: Int, _ height: Int) throws {
        let state = update(OwnerViewTests.state, .paneFocused(.revenue)).0
        try assertGolden(
            render(state, size: Size(width: width, height: height)).screen.text, "revenue-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func pipelineViewIsGolden(_ width: Int, _ height: Int) throws {
        let state = update(OwnerViewTests.state, .paneFocused(.pipeline)).0
        try assertGolden(
            render(state, size: Size(width: width, height: height)).screen.text, "pipeline-\(width)x\(height)")
    }
}
