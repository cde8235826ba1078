import Testing

@testable import RapportTUI

@Suite struct KeyMapTests {
    let state = Fixture.state

    @Test(arguments: [
        (Key.tab, Action.paneCycled(forward: true)), (.backTab, .paneCycled(forward: false)),
        (.character("3"), .paneFocused(.overdue)), (.character("j"), .selectionMoved(by: 1)),
        (.up, .selectionMoved(by: -1)), (.pageDown, .selectionMoved(by: 10)),
        (.character("G"), .selectionJumped(toEnd: true)),
        (.enter, .clientOpened), (.character("/"), .filterStarted), (.character("?"), .helpToggled),
        (.character("q"), .quitRequested), (.control("c"), .interruptRequested), (.control("l"), .redrawRequested),
        (.character("a"), .addMenuOpened), (.character("l"), .formRequested(.logContact)),
        (.character("d"), .formRequested(.completeVisit)), (.character("v"), .formRequested(.scheduleVisit)),
        (.character("s"), .formRequested(.surveyAnswered)), (.character("r"), .formRequested(.renew)),
        (.character("e"), .formRequested(.editClient)), (.escape, .backRequested),
    ])
    func dashboardKeys(_ key: Key, _ action: Action) {
        #expect(KeyMap.action(for: key, in: state) == action)
    }

    @Test func aAsksWhatToAddOnEveryPaneAndTheNextKeyNamesIt() {
        for pane in Pane.allCases {
            var state = self.state
            state.focus = pane
            #expect(KeyMap.action(for: .character("a"), in: state) == .addMenuOpened)
        }
        let asking = update(state, .addMenuOpened).0
        #expect(asking.choosingWhatToAdd)
        #expect(KeyMap.action(for: .character("c"), in: asking) == .formRequested(.addClient))
        #expect(KeyMap.action(for: .character("o"), in: asking) == .formRequested(.addProspect))
        #expect(KeyMap.action(for: .character("q"), in: asking) == .formRequested(.logRequest))
        #expect(KeyMap.action(for: .character("z"), in: asking) == nil)
        let adding = update(asking, .formRequested(.logContact)).0
        #expect(!adding.choosingWhatToAdd)
        #expect(adding.form?.kind == .logContact)
        #expect(update(asking, .backRequested).0 == state)
    }

    @Test func formTakesLettersAsText() {
        let form = update(state, .formRequested(.logContact)).0
        #expect(KeyMap.action(for: .character("q"), in: form) == .formTyped("q"))
        #expect(KeyMap.action(for: .character("東"), in: form) == .formTyped("東"))
        #expect(KeyMap.action(for: .enter, in: form) == .formSubmitted)
        #expect(KeyMap.action(for: .backTab, in: form) == .formFieldMoved(by: -1))
        #expect(KeyMap.action(for: .escape, in: form) == .backRequested)
    }

    @Test func quitPromptTakesYesOrNo() {
        var state = self.state
        state.confirmingQuit = true
        #expect(KeyMap.action(for: .character("y"), in: state) == .quitConfirmed)
        #expect(KeyMap.action(for: .character("n"), in: state) == .quitCancelled)
        #expect(KeyMap.action(for: .character("x"), in: state) == nil)
    }

    @Test func filterTakesLettersUntilEnter() {
        var state = self.state
        state.filtering = true
        #expect(KeyMap.action(for: .character("q"), in: state) == .filterTyped("q"))
        #expect(KeyMap.action(for: .enter, in: state) == .filterAccepted)
    }

    @Test func detailMovesItsCursorWithArrowsAndEditsOrDeletesTheLine() {
        var state = self.state
        state.detail = Detail(clientID: "acme-dental")
        #expect(KeyMap.action(for: .down, in: state) == .detailCursorMoved(by: 1))
        #expect(KeyMap.action(for: .character("G"), in: state) == .detailCursorJumped(toEnd: true))
        #expect(KeyMap.action(for: .character("l"), in: state) == .formRequested(.logContact))
        #expect(KeyMap.action(for: .character("e"), in: state) == .detailEditRequested)
        #expect(KeyMap.action(for: .enter, in: state) == .detailEditRequested)
        #expect(KeyMap.action(for: .character("D"), in: state) == .detailDeleteRequested)
        #expect(KeyMap.action(for: .delete, in: state) == .detailDeleteRequested)
    }

    @Test func uUndoesAndCtrlRRedoesWhereLettersAreKeys() {
        var state = self.state
        #expect(KeyMap.action(for: .character("u"), in: state) == .undoRequested)
        #expect(KeyMap.action(for: .control("r"), in: state) == .redoRequested)
        #expect(KeyMap.action(for: .character("U"), in: state) == .formRequested(.updateProspect))
        state.detail = Detail(clientID: "acme-dental")
        #expect(KeyMap.action(for: .character("u"), in: state) == .undoRequested)
        state = update(state, .formRequested(.logContact)).0
        #expect(KeyMap.action(for: .character("u"), in: state) == .formTyped("u"))
    }

    @Test func aConfirmationTakesOnlyYesOrNo() {
        var state = self.state
        state.confirmation = Confirmation("Delete it?", effect: .save(.deleteRecord(id: "t1"), client: "acme-dental"))
        #expect(KeyMap.action(for: .character("y"), in: state) == .confirmationAnswered(true))
        #expect(KeyMap.action(for: .character("n"), in: state) == .confirmationAnswered(false))
        #expect(KeyMap.action(for: .escape, in: state) == .confirmationAnswered(false))
        #expect(KeyMap.action(for: .character("a"), in: state) == nil)
        #expect(KeyMap.hints(for: state).map(\.key) == ["y", "n"])
    }
}
