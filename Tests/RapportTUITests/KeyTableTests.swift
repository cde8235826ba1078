import Testing

@testable import RapportTUI

/// The key table is the one source of the key map, the help screen and the hint bar: what they show works.
@Suite struct KeyTableTests {
    /// A state in each mode; a form's focus is on a field with choices, so ← and → do something there.
    static func state(in mode: KeyMode) -> AppState {
        var state = Fixture.state
        switch mode {
        case .quitPrompt: state.confirmingQuit = true
        case .discardPrompt:
            state = update(state, .formRequested(.logContact)).0
            state = update(update(state, .formTyped("x")).0, .backRequested).0
        case .confirm:
            state.confirmation = Confirmation(
                "End Acme Dental's agreement on Tue 1 Dec?",
                effect: .save(.endAgreement(on: Fixture.today, reason: nil), client: "acme-dental"))
        case .help: state.showingHelp = true
        case .form:
            state = update(state, .formRequested(.logContact)).0
            state.form!.focus = state.form!.fields.firstIndex { !$0.choices.isEmpty }!
        case .addMenu: state.choosingWhatToAdd = true
        case .filter: state.filtering = true
        case .detail: state.detail = Detail(clientID: "acme-dental")
        case .grid: break
        case .ownerView: state.focus = .pipeline
        }
        return state
    }

    /// States across every pane, the detail, the filter, help, the quit prompt, and every field of every form that
    /// opens, empty, with text, and with the start of a completion.
    static var everyState: [AppState] {
        var panes = Pane.allCases.map { pane in
            var state = Fixture.state
            state.focus = pane
            return state
        }
        panes += panes.map { pane in
            var state = pane
            state.detail = Detail(clientID: "acme-dental")
            return state
        }
        var states = panes + KeyMode.allCases.map(state(in:))
        for pane in [Pane.clients, .team] {
            var opening = Fixture.state
            opening.focus = pane
            for kind in FormKind.allCases {
                guard let form = update(opening, .formRequested(kind)).0.form else { continue }
                for focus in form.fields.indices {
                    var state = update(opening, .formRequested(kind)).0
                    state.form!.focus = focus
                    state.form!.fields[focus].value = ""
                    states.append(state)
                    states.append(update(state, .formTyped("x")).0)
                    if let completion = form.fields[focus].completions.first {
                        states.append(update(state, .formTyped(completion.first!)).0)
                    }
                }
            }
        }
        return states
    }

    @Test(arguments: KeyMode.allCases)
    func eachModeHasASampleState(_ mode: KeyMode) {
        #expect(KeyMode(Self.state(in: mode)) == mode)
    }

    @Test(arguments: KeyMode.allCases)
    func noKeyIsBoundTwiceInOneMode(_ mode: KeyMode) {
        let keys = KeyBinding.table.filter { $0.modes.contains(mode) }.flatMap { $0.commands.flatMap(\.keys) }
        let repeated = Dictionary(grouping: keys) { $0 }.filter { $0.value.count > 1 }.keys
        #expect(repeated.isEmpty, "bound more than once in \(mode): \(Array(repeated))")
    }

    @Test func everyKeyInTheTableDoesWhatItsEntrySaysInEachOfItsModes() {
        for binding in KeyBinding.table {
            for mode in binding.modes {
                let state = Self.state(in: mode)
                for (keys, command) in binding.commands {
                    for key in keys {
                        let action = KeyMap.action(for: key, in: state)
                        #expect(action != nil, "\(key) does nothing in \(mode)")
                        #expect(action == command.action(for: key, in: state), "\(key) in \(mode)")
                    }
                }
            }
        }
    }

    @Test func everyHelpLineButTheDateNoteNamesKeysThatWork() {
        let lines = KeyBinding.table.filter { $0.help != nil }
        #expect(lines.count == KeyMap.help.map(\.keys.count).reduce(0, +))
        #expect(lines.filter { $0.commands.isEmpty }.map(\.help?.key) == ["dates"])
        for binding in lines where !binding.commands.isEmpty {
            #expect(
                binding.modes.contains { mode in
                    binding.commands.contains {
                        $0.keys.contains { KeyMap.action(for: $0, in: Self.state(in: mode)) != nil }
                    }
                }, "\(binding.help!.key)")
        }
    }

    @Test func everyHintShownIsForAKeyThatDoesSomethingThere() {
        for state in Self.everyState {
            let mode = KeyMode(state)
            for (binding, hint, _) in KeyMap.shownHints(in: state) {
                #expect(binding.modes.contains(mode), "\(hint.key) shown in \(mode)")
                let works = binding.commands.contains { keys, command in
                    keys.contains { key in
                        let action = KeyMap.action(for: key, in: state)
                        return action != nil && action == command.action(for: key, in: state)
                    }
                }
                #expect(works, "\(hint.key) \(hint.meaning ?? "") shown in \(mode) does nothing")
            }
        }
    }

    @Test func filterBarOffersCtrlCBecauseQuestionMarkAndQAreTyped() {
        let hints = KeyMap.hints(for: Self.state(in: .filter))
        #expect(hints.map(\.key) == ["Enter", "Esc", "^C"])
        #expect(hints.map(\.meaning) == ["keep filter", "clear filter", "quit"])
    }

    @Test func quitPromptBarOffersOnlyYesAndNo() {
        let hints = KeyMap.hints(for: Self.state(in: .quitPrompt))
        #expect(hints.map(\.key) == ["y", "n"])
        #expect(hints.map(\.meaning) == ["quit and discard", "keep editing"])
    }

    @Test(arguments: [
        ("c", FormKind.addClient), ("v", .scheduleVisit), ("l", .logContact), ("p", .addPerson), ("r", .renew),
        ("P", .proposalSent), ("S", .surveySent), ("o", .addProspect), ("t", .addTechnician),
    ])
    func eachLineOfTheAddMenuOpensItsForm(_ key: String, _ form: FormKind) {
        #expect(KeyMap.action(for: .character(Character(key)), in: Self.state(in: .addMenu)) == .formRequested(form))
        #expect(AddMenuView.lines.contains { $0.key == key })
    }

    @Test(arguments: [
        (Pane.pipeline, FormKind.editClient, "edit"), (.surveys, .editClient, "edit"),
        (.prospects, .updateProspect, "update"), (.revenue, .editRateCard, "edit"), (.team, .editTechnician, "edit"),
    ])
    func editHintNamesTheFormEOpensInAnOwnerView(_ pane: Pane, _ form: FormKind, _ words: String) {
        var state = Fixture.state
        state.focus = pane
        #expect(KeyMap.action(for: .character("e"), in: state) == .formRequested(form))
        #expect(KeyMap.hints(for: state).first { $0.key == "e" }?.meaning == words)
    }

    @Test func detailEditsAndAddsToTheClientWhateverPaneItWasOpenedFrom() {
        var state = Fixture.state
        state.focus = .prospects
        state.detail = Detail(clientID: "acme-dental")
        #expect(KeyMap.action(for: .character("e"), in: state) == .detailEditRequested)
        #expect(update(state, .detailEditRequested).0.form?.kind == .editClient)
        #expect(KeyMap.action(for: .character("a"), in: state) == .addMenuOpened)
        #expect(KeyMap.hints(for: state).first { $0.key == "e" }?.meaning == "edit")
    }

    /// `S` is offered only where it can do something: on a store shared through git, after the grid's own keys.
    @Test func syncHintShowsOnlyOnASharedStore() {
        var state = Fixture.state
        #expect(!KeyMap.hints(for: state).contains { $0.key == "S" })
        state.sync = SyncStatus(ahead: 2, behind: 0, lastSync: nil)
        let keys = KeyMap.hints(for: state).map(\.key)
        #expect(keys.suffix(3) == ["S", "?", "q"])
        #expect(KeyMap.hints(for: state).first { $0.key == "S" }?.meaning == "sync")
        state.detail = Detail(clientID: "acme-dental")
        #expect(KeyMap.hints(for: state).contains { $0.key == "S" })
    }

    @Test func theAddMenuBarOffersOnlyEscapeAndQuit() {
        #expect(KeyMap.hints(for: Self.state(in: .addMenu)).map(\.key) == ["Esc", "^C"])
    }

    @Test func formBarOffersTheEditorOnNotesAndChoosingOnChoices() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 4)).0
        #expect(KeyMap.hints(for: state).map(\.key) == ["Enter", "Tab", "Esc", "^O", "?", "^C"])
        state = update(state, .formFieldMoved(by: -3)).0
        #expect(KeyMap.hints(for: state).map(\.key) == ["Enter", "Tab", "Esc", "←→", "?", "^C"])
        #expect(KeyMap.action(for: .left, in: state) == .formChoiceCycled(by: -1))
    }

    @Test func rightCompletesATypedTechnicianAndLeftMovesTheCursor() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 3)).0
        state = update(state, .formTyped("j")).0
        #expect(KeyMap.hints(for: state).contains { $0.key == "→" && $0.meaning == "complete" })
        #expect(KeyMap.action(for: .right, in: state) == .formSuggestionAccepted)
        #expect(KeyMap.action(for: .left, in: state) == .formEdited(.cursorLeft))
        // Away from the end of the text, → moves the cursor and the bar stops offering to complete.
        state = update(state, .formEdited(.cursorLeft)).0
        #expect(KeyMap.action(for: .right, in: state) == .formEdited(.cursorRight))
        #expect(!KeyMap.hints(for: state).contains { $0.key == "→" })
    }

    @Test func discardPromptBarOffersOnlyYesAndNo() {
        let hints = KeyMap.hints(for: Self.state(in: .discardPrompt))
        #expect(hints.map(\.key) == ["y", "n"])
        #expect(hints.map(\.meaning) == ["discard", "keep editing"])
    }

    @Test func questionMarkIsTypedOnceATextFieldHoldsText() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 4)).0
        #expect(KeyMap.action(for: .character("?"), in: state) == .helpToggled)
        state = update(state, .formTyped("x")).0
        #expect(KeyMap.action(for: .character("?"), in: state) == .formTyped("?"))
    }
}
