import RapportCore
import RapportStore
import Testing

@testable import RapportTUI

@Suite struct UpdateTests {
    let state = Fixture.state

    func run(_ actions: [Action], from start: AppState? = nil) -> AppState {
        actions.reduce(start ?? state) { update($0, $1).0 }
    }

    @Test func tabCyclesPanesAndWraps() {
        #expect(run([.paneCycled(forward: true)]).focus == .visits)
        #expect(run([.paneCycled(forward: false)]).focus == .renewals)
        #expect(run([.paneFocused(.overdue)]).focus == .overdue)
    }

    @Test func selectionStaysWithinThePane() {
        #expect(run([.selectionMoved(by: 1)]).selected(.clients) == 1)
        #expect(run([.selectionMoved(by: 10)]).selected(.clients) == 2)
        #expect(run([.selectionMoved(by: -3)]).selected(.clients) == 0)
        #expect(run([.selectionJumped(toEnd: true)]).selected(.clients) == 2)
        #expect(run([.selectionJumped(toEnd: true), .selectionJumped(toEnd: false)]).selected(.clients) == 0)
    }

    @Test func enterOpensTheSelectedClientAndEscGoesBack() {
        let opened = run([.selectionMoved(by: 1), .clientOpened])
        #expect(opened.detail == Detail(clientID: "bolt-law"))
        #expect(run([.backRequested], from: opened).detail == nil)
    }

    @Test func openingAClientAsksForItsWholeDocumentAndShowsIt() {
        let (opened, effects) = update(state, .clientOpened)
        #expect(effects == [.loadDocument("acme-dental")])
        var whole = Fixture.portfolio.clients[0]
        whole.touchpoints.append(Touchpoint(id: "t9", on: Day("2020-02-03")!, via: .call, note: "years ago"))
        let shown = run([.documentLoaded(id: "acme-dental", whole)], from: opened)
        #expect(shown.detail?.document == whole)
        #expect(render(shown, size: Size(width: 100, height: 60)).screen.text.contains("call: years ago"))
        #expect(run([.documentLoaded(id: "bolt-law", whole)], from: opened).detail?.document == nil)
    }

    @Test func changeToTheOpenClientReadsItsDocumentAgain() {
        let opened = run([.clientOpened])
        let saved = update(opened, .changeSaved(Fixture.portfolio, summary: "logged", client: "acme-dental")).1
        #expect(saved == [.loadDocument("acme-dental")])
        #expect(update(opened, .changeSaved(Fixture.portfolio, summary: "logged", client: "bolt-law")).1 == [])
        let reloaded = update(opened, .storeReloaded(Fixture.portfolio, unreadable: [], changed: ["acme-dental"])).1
        #expect(reloaded == [.loadDocument("acme-dental")])
    }

    @Test func newDayMovesThePanesOnAndSaysSo() {
        let tomorrow = DayTime(day: Fixture.today.adding(days: 1), time: TimeOfDay(hour: 0, minute: 0)!)
        let moved = run([.dayBegan(tomorrow, Fixture.portfolio)])
        #expect(moved.today == tomorrow.day)
        #expect(moved.rows(.visits) == AppState(now: tomorrow, portfolio: Fixture.portfolio).rows(.visits))
        #expect(moved.rows(.visits) != state.rows(.visits))
        #expect(moved.status == Status("A new day: \(tomorrow.day.short)"))
    }

    @Test func detailCursorMovesOverThePeopleAndTheTimelineAndBackToTheTop() {
        // Acme Dental: one person, then a contact and a visit on the timeline.
        #expect(run([.clientOpened, .detailCursorMoved(by: 1)]).detail?.cursor == 0)
        #expect(run([.clientOpened, .detailCursorMoved(by: 10)]).detail?.cursor == 2)
        #expect(run([.clientOpened, .detailCursorMoved(by: 2), .detailCursorMoved(by: -5)]).detail?.cursor == nil)
        #expect(run([.clientOpened, .detailCursorJumped(toEnd: true)]).detail?.cursor == 2)
        #expect(
            run([.clientOpened, .detailCursorJumped(toEnd: true), .detailCursorJumped(toEnd: false)]).detail?.cursor
                == nil)
        let items = run([.clientOpened]).detailItems
        #expect(items.map(\.kind) == [.person, .contact, .visit])
        #expect(items.map(\.id) == ["p1", "t1", "v1"])
    }

    @Test func filterNarrowsTheFocusedPaneAndEscClearsIt() {
        let filtered = run([.filterStarted, .filterTyped("b"), .filterTyped("o")])
        #expect(filtered.filtering)
        #expect(filtered.filters[.clients] == "bo")
        #expect(filtered.rows(.clients).map(\.clientID) == ["bolt-law"])
        #expect(run([.filterErased], from: filtered).filters[.clients] == "b")
        let kept = run([.filterAccepted], from: filtered)
        #expect(!kept.filtering && kept.rows(.clients).count == 1)
        let cleared = run([.backRequested], from: kept)
        #expect(cleared.filters[.clients] == nil && cleared.rows(.clients).count == 3)
    }

    @Test func helpToggles() {
        #expect(run([.helpToggled]).showingHelp)
        #expect(!run([.helpToggled, .backRequested]).showingHelp)
    }

    @Test func visitsPaneListsTodayFirstWithItsDay() {
        let rows = state.rows(.visits)
        #expect(rows.prefix(3).map(\.clientID) == ["acme-dental", "bolt-law", "cedar-vet"])
        #expect(rows.first?.cells == ["Today", "09:00", "Acme Dental", "js", ""])
        #expect(rows.prefix(3).allSatisfy { $0.emphasised })
    }

    @Test func overduePaneGivesDaysLimitAndReason() {
        #expect(state.rows(.overdue).map(\.cells) == [["Bolt Law", "28d", "/14", "no contact"]])
    }

    @Test func clientsPaneMarksOverdueSurveyAndHoursBank() {
        #expect(state.rows(.clients).map { $0.cells[1] } == ["S", "!S", "H"])
    }

    @Test func formOpensPrefilledForTheSelectedVisit() throws {
        let opened = run([.paneFocused(.visits), .selectionMoved(by: 1), .formRequested(.completeVisit)])
        let form = try #require(opened.form)
        #expect(form.kind == .completeVisit)
        #expect(form.clientID == "bolt-law")
        #expect(form.fields.map(\.value) == ["Bolt Law", "2026-12-01", "", ""])
    }

    @Test func typingGoesToTheFocusedFieldAndTabMoves() throws {
        let form = try #require(
            run([
                .formRequested(.completeVisit), .formFieldMoved(by: 2), .formTyped("1"), .formTyped("."),
                .formTyped("5"), .formEdited(.deleteBefore),
            ]).form)
        #expect(form.fields[2].value == "1.")
        #expect(form.focus == 2)
        #expect(run([.formRequested(.completeVisit), .formFieldMoved(by: -1)]).form?.focus == 3)
    }

    @Test func choiceFieldsCycleWithArrows() {
        let state = run([.formRequested(.logContact), .formFieldMoved(by: 1), .formChoiceCycled(by: 1)])
        #expect(state.form?.fields[1].value == "email")
        #expect(run([.formChoiceCycled(by: -2)], from: state).form?.fields[1].value == "note")
    }

    @Test func technicianNameCompletes() {
        let state = run([.formRequested(.logContact), .formFieldMoved(by: 3), .formTyped("m")])
        #expect(state.form?.fields[3].suggestion == "mk")
        #expect(run([.formSuggestionAccepted], from: state).form?.fields[3].value == "mk")
    }

    @Test func badFieldsShowErrorsAndKeepTheInput() throws {
        var state = run([.formRequested(.completeVisit), .formFieldMoved(by: 1)])
        state.form?.fields[1].value = "2026-02-30"
        state.form?.fields[2].value = "lots"
        let (after, effects) = update(state, .formSubmitted)
        let form = try #require(after.form)
        #expect(effects == [])
        #expect(
            form.fields[1].error
                == "\"2026-02-30\" is not a date: Feb 2026 has 28 days; use for example 2026-12-01, today, tomorrow, fri, +3d, +2w, +1m or -5d"
        )
        #expect(form.fields[2].error == "\"lots\" is not a number of hours; use for example 1.5")
        #expect(form.fields.map(\.value) == ["Acme Dental", "2026-02-30", "lots", ""])
        #expect(form.focus == 1)
    }

    @Test func ruleViolationsFromTheCoreLandOnTheirField() throws {
        // The day parses, but the core refuses a contact logged in the future.
        var state = run([.formRequested(.logContact)])
        let on = try #require(state.form?.fields.firstIndex { $0.id == .on })
        state.form?.fields[on].value = "tomorrow"
        let form = try #require(update(state, .formSubmitted).0.form)
        #expect(form.fields[on].error == "a contact cannot be logged in the future")
    }

    @Test func aScoreOutOfRangeIsRefusedWithTheCLIsWording() throws {
        var state = run([.formRequested(.surveyAnswered)])
        state.form?.fields[1].value = "11"
        let form = try #require(update(state, .formSubmitted).0.form)
        #expect(form.fields[1].error == "\"11\" is not a score; use a whole number from 0 to 10, e.g. 9")
    }

    @Test func goodFormAsksTheRuntimeToSave() {
        var state = run([.formRequested(.completeVisit)])
        state.form?.fields[2].value = "1.5"
        state.form?.fields[3].value = "Patched"
        let (after, effects) = update(state, .formSubmitted)
        #expect(
            effects == [
                .save(
                    .completeVisit(on: Fixture.today, hours: 1.5, note: "Patched", technician: nil),
                    client: "acme-dental")
            ])
        #expect(after.form?.saving == true)
    }

    @Test func quickAddNeedsOnlyAName() {
        var state = run([.formRequested(.addClient)])
        for character in "Zürich Dental" { state = update(state, .formTyped(character)).0 }
        let (_, effects) = update(state, .formSubmitted)
        #expect(
            effects == [.save(.addClient(Client(id: "zurich-dental", name: "Zürich Dental")), client: "zurich-dental")])
    }

    /// The form of an agreement that stands carries only the field the user changed, from today on, so nothing it
    /// does not show is lost and no day before today changes.
    @Test func agreementFormSavesOnlyTheChangedPresetFromToday() throws {
        var state = run([.formRequested(.setAgreement)])
        state.form?.fields[4].value = "last Friday of the month"
        let (_, effects) = update(state, .formSubmitted)
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=-1FR")
        #expect(
            effects == [
                .save(.setAgreement(AgreementEdit(visitRule: rule), from: Fixture.today), client: "acme-dental")
            ])
    }

    @Test func savedChangeClosesTheFormAndSaysSo() {
        var portfolio = Fixture.portfolio
        portfolio.clients[0].touchpoints.append(Touchpoint(id: "t2", on: Fixture.today, via: .call))
        let state = run([
            .formRequested(.logContact), .formSubmitted,
            .changeSaved(portfolio, summary: "Acme Dental: logged a call", client: "acme-dental"),
        ])
        #expect(state.form == nil)
        #expect(state.status == Status("Saved: Acme Dental: logged a call"))
        #expect(state.portfolio == portfolio)
    }

    @Test func failedSaveKeepsTheFormForARetry() {
        let state = run([
            .formRequested(.logContact), .formTyped("x"),
            .changeFailed("could not write: No space left on device", field: nil),
        ])
        #expect(state.form?.error == "could not write: No space left on device")
        #expect(state.form?.fields[0].value == "Acme Dentalx")
        #expect(state.status?.isError == true)
    }

    @Test func quitAsksOnlyWhenAFormHoldsInput() {
        #expect(run([.quitRequested]).shouldQuit)
        let dirty = run([.formRequested(.logContact), .formTyped("x"), .quitRequested])
        #expect(!dirty.shouldQuit && dirty.confirmingQuit)
        #expect(run([.quitCancelled], from: dirty).confirmingQuit == false)
        #expect(run([.quitConfirmed], from: dirty).shouldQuit)
    }

    @Test func externalChangeReloadsAndSaysWhat() {
        var portfolio = Fixture.portfolio
        portfolio.clients.removeLast()
        let state = run([
            .selectionJumped(toEnd: true), .storeReloaded(portfolio, unreadable: [], changed: ["cedar-vet"]),
        ])
        #expect(state.status == Status("Reloaded: changed elsewhere: cedar-vet"))
        #expect(state.selected(.clients) == 1)
    }

    @Test func formNeedsAClientWhenThePaneIsEmpty() {
        var empty = state
        empty.portfolio.clients = []
        let after = run([.formRequested(.logContact)], from: empty)
        #expect(after.form == nil)
        #expect(after.status == Status("Select a client first", isError: true))
    }

    @Test func ctrlLAsksForARedraw() {
        #expect(update(state, .redrawRequested).1 == [.redraw])
    }
}

@Suite struct FormEditingTests {
    @Test func typingOverAPresetStartsAnRRule() {
        var state = update(Fixture.state, .formRequested(.setAgreement)).0
        state = update(state, .formFieldMoved(by: 4)).0
        for character in "FREQ=WEEKLY" { state = update(state, .formTyped(character)).0 }
        #expect(state.form?.fields[4].value == "FREQ=WEEKLY")
    }

    @Test func newClientIsSelectedAfterItIsSaved() {
        var portfolio = Fixture.portfolio
        portfolio.clients.append(Client(id: "zeta", name: "Zeta Co"))
        let state = update(Fixture.state, .changeSaved(portfolio, summary: "Zeta Co: added", client: "zeta")).0
        #expect(state.selectedClientID == "zeta")
    }
}

@Suite struct UnreadableClientTests {
    let problem = FileProblem(
        path: "/store/clients/dune.json", line: 4, column: 17, reason: "trailing comma before \"}\"; remove the comma")

    @Test func unreadableClientIsListedAndMarked() {
        let state = AppState(now: Fixture.now, portfolio: Fixture.portfolio, unreadable: [problem])
        #expect(
            state.rows(.clients).first
                == PaneRow(clientID: "dune", cells: ["dune", "✗", "unreadable", "", ""], emphasised: true))
        #expect(state.rows(.clients).count == 4)
    }

    @Test func openingItShowsWhereTheProblemIs() {
        let state = update(
            AppState(now: Fixture.now, portfolio: Fixture.portfolio, unreadable: [problem]), .clientOpened
        ).0
        let text = render(state, size: Size(width: 100, height: 30)).screen.text
        #expect(text.contains("/store/clients/dune.json:4:17: trailing comma before \"}\"; remove the comma"))
        #expect(text.contains("rapport restore dune --list"))
    }
}

@Suite struct EditorTests {
    @Test func ctrlOInANoteFieldAsksForTheEditorWithTheText() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 4)).0
        state = update(state, .formTyped("h")).0
        #expect(KeyMap.action(for: .control("o"), in: state) == .editorRequested)
        #expect(update(state, .editorRequested).1 == [.openEditor("h")])
    }

    @Test func editedTextReplacesTheFieldWithoutTheFinalNewline() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 4)).0
        state = update(state, .editorReturned("Long note\nsecond line\n")).0
        #expect(state.form?.fields[4].value == "Long note\nsecond line")
    }

    @Test func ctrlOOutsideANoteFieldSaysWhereItWorks() {
        let state = update(update(Fixture.state, .formRequested(.logContact)).0, .editorRequested)
        #expect(state.1 == [])
        #expect(state.0.status == Status("Ctrl-O opens the editor in a note field", isError: true))
    }
}

@Suite struct PrefilledFieldTests {
    @Test func typingIntoAPrefilledFieldEditsItAtTheEnd() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 2)).0
        #expect(state.form?.fields[2].cursor == 10)
        for character in " x" { state = update(state, .formTyped(character)).0 }
        #expect(state.form?.fields[2].value == "2026-12-01 x")
    }

    @Test func erasingKeepsThePrefilledValueToEdit() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(update(state, .formFieldMoved(by: 2)).0, .formEdited(.deleteBefore)).0
        state = update(state, .formTyped("2")).0
        #expect(state.form?.fields[2].value == "2026-12-02")
    }

    @Test func ctrlUThenTypingReplacesAPrefilledValue() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(update(state, .formFieldMoved(by: 2)).0, .formEdited(.deleteToStart)).0
        for character in "fri" { state = update(state, .formTyped(character)).0 }
        #expect(state.form?.fields[2].value == "fri")
    }
}
