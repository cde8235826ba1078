import Foundation
import RapportCore
import Testing

@testable import RapportTUI

/// Presses keys as the dashboard reads them: each through the key map, then `update`.
///
/// - Parameters:
///   - keys: the keys.
///   - state: the state before.
/// - Returns: the state after.
func press(_ keys: [Key], from state: AppState) -> AppState {
    keys.reduce(state) { state, key in KeyMap.action(for: key, in: state).map { update(state, $0).0 } ?? state }
}

/// Typing a string, one character key at a time.
func typing(_ text: String) -> [Key] { text.map { .character($0) } }

/// Readline-style editing of a form field, key by key: the cursor, the deletions, and typing into a prefilled value.
@Suite struct FieldEditingTests {
    /// The edit-client form on Acme Dental with the address, "12 Main St", focused; its cursor is at the end.
    static var address: AppState {
        var state = update(Fixture.state, .formRequested(.editClient)).0
        state = update(state, .formFieldMoved(by: 4)).0
        return state
    }

    static func field(_ state: AppState) -> FormField { state.focusedField! }

    @Test func cursorStartsAtTheEndOfAPrefilledValue() {
        let field = Self.field(Self.address)
        #expect(field.id == .address && field.value == "12 Main St")
        #expect(field.cursor == 10)
    }

    /// Each key from the address's end, then "X" typed where the cursor landed.
    @Test(arguments: [
        ([Key.left], "12 Main SXt", 10),
        ([.left, .left, .left, .right], "12 Main XSt", 9),
        ([.right], "12 Main StX", 11),
        ([.home], "X12 Main St", 1), ([.control("a")], "X12 Main St", 1),
        ([.home, .end], "12 Main StX", 11), ([.home, .control("e")], "12 Main StX", 11),
        ([.backspace], "12 Main SX", 10), ([.left, .backspace], "12 Main Xt", 9),
        ([.home, .backspace], "X12 Main St", 1),
        ([.left, .delete], "12 Main SX", 10), ([.delete], "12 Main StX", 11), ([.home, .delete], "X2 Main St", 1),
        ([.control("u")], "X", 1), ([.left, .left, .control("u")], "XSt", 1),
        ([.control("k")], "12 Main StX", 11), ([.home, .right, .right, .control("k")], "12X", 3),
        ([.control("w")], "12 Main X", 9), ([.control("w"), .control("w")], "12 X", 4),
        ([.left, .control("w")], "12 Main Xt", 9), ([.home, .control("w")], "X12 Main St", 1),
    ])
    func editingKeyThenTyping(_ keys: [Key], _ expected: String, _ cursor: Int) {
        let state = press(keys + [.character("X")], from: Self.address)
        #expect(Self.field(state).value == expected)
        #expect(Self.field(state).cursor == cursor)
    }

    @Test func wordDeletionSkipsTheBlanksBeforeTheCursorFirst() {
        let state = press(typing("  ") + [.control("w")], from: Self.address)
        #expect(Self.field(state).value == "12 Main ")
    }

    @Test func editingKeysAtTheEdgesChangeNothing() {
        let start = press([.home], from: Self.address)
        #expect(
            Self.field(press([.left, .backspace, .control("u"), .control("w")], from: start)).value == "12 Main St")
        #expect(Self.field(press([.right, .delete, .control("k")], from: Self.address)).value == "12 Main St")
    }

    /// Ctrl-E is the end of the field, as on a shell's command line; the editor moved to Ctrl-O.
    @Test func ctrlEMovesToTheEndAndCtrlOOpensTheEditorInANote() {
        var state = press([.home], from: Self.address)
        #expect(KeyMap.action(for: .control("e"), in: state) == .formEdited(.cursorToEnd))
        state = update(state, .formFieldMoved(by: 3)).0
        #expect(Self.field(state).isLongText)
        #expect(KeyMap.action(for: .control("o"), in: state) == .editorRequested)
        #expect(update(state, .editorRequested).1 == [.openEditor("")])
    }

    @Test func fieldsWithChoicesStillCycleWithArrows() {
        var state = update(Fixture.state, .formRequested(.editClient)).0
        state = update(state, .formFieldMoved(by: 1)).0
        let choices = Self.field(state).choices
        let active = try! #require(choices.firstIndex(of: "active"))
        #expect(Self.field(state).value == "active")
        state = press([.right], from: state)
        #expect(Self.field(state).value == choices[(active + 1) % choices.count])
        state = press([.left, .left], from: state)
        #expect(Self.field(state).value == choices[(active - 1 + choices.count) % choices.count])
    }

    @Test func typingOverAPickedChoiceStartsANewValue() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 1)).0
        state = press(typing("em"), from: state)
        #expect(Self.field(state).value == "em")
    }

    @Test func eachFieldKeepsItsOwnCursor() {
        var state = press([.home, .right, .right], from: Self.address)
        state = press([.tab, .backTab], from: state)
        #expect(Self.field(state).cursor == 2)
    }

    /// The cursor on the screen sits at the field's cursor, on the character it is before.
    @Test func screenCursorFollowsTheFieldsCursor() throws {
        let state = press([.left, .left], from: Self.address)
        let frame = render(state, size: Size(width: 80, height: 24))
        let cursor = try #require(frame.cursor)
        #expect(frame.screen[cursor.x, cursor.y].character == "S")
        #expect(frame.screen[cursor.x - 1, cursor.y].character == " ")
        let atEnd = render(Self.address, size: Size(width: 80, height: 24))
        #expect(atEnd.cursor == Position(x: cursor.x + 2, y: cursor.y))
    }

    /// A value longer than its field scrolls so the cursor stays in view, with `…` where text is cut off.
    @Test func longValueScrollsAroundTheCursor() {
        var field = FormField(.note, "Note", value: "abcdefghijklmnopqrstuvwxyz0123456789")
        let end = FormView.window(of: field, width: 12, focused: true)
        #expect(end.text == "…0123456789" && end.cursor == 11)
        field.charactersAfterCursor = 20
        let middle = FormView.window(of: field, width: 12, focused: true)
        #expect(middle.text == "…hijklmnopq…")
        #expect(Array(middle.text)[middle.cursor] == "q")
        #expect(Array(middle.text)[middle.cursor - 1] == "p")
        field.charactersAfterCursor = 36
        let start = FormView.window(of: field, width: 12, focused: true)
        #expect(start.text == "abcdefghijk…" && start.cursor == 0)
        // Without focus a field shows its start.
        field.charactersAfterCursor = 0
        #expect(FormView.window(of: field, width: 12, focused: false).text == "abcdefghijk…")
    }

    @Test func everyCursorPositionOfALongValueIsInView() {
        var field = FormField(.address, "Address", value: "東京 Main Street, Building 7, Floor 12, Room 4")
        for after in 0...field.value.count {
            field.charactersAfterCursor = after
            let shown = FormView.window(of: field, width: 20, focused: true)
            #expect(DisplayText.width(shown.text) <= 20)
            #expect((0..<20).contains(shown.cursor))
            let before = String(field.value.prefix(field.cursor).suffix(1))
            if !before.isEmpty && field.cursor > 0 {
                // The character just before the cursor is drawn just before it.
                let columns = shown.text.flatMap { Array(repeating: $0, count: DisplayText.width(of: $0)) }
                #expect(String(columns[shown.cursor - 1]) == before, "cursor \(field.cursor): \(shown)")
            }
        }
    }

    @Test func typingClearsTheFieldsError() {
        var state = press([.control("u")] + typing("x"), from: update(Self.address, .formFieldMoved(by: -2)).0)
        state = update(state, .formSubmitted).0
        #expect(state.form?.fields[2].error != nil)
        state = press(typing("1"), from: state)
        #expect(state.form?.fields[2].error == nil)
    }
}

/// Bracketed paste: pasted text goes into the focused field or the filter, literally, and never runs as keys.
@Suite struct PasteTests {
    static var note: AppState {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 4)).0
        return state
    }

    @Test func pasteIsTextInEveryMode() {
        for mode in KeyMode.allCases {
            #expect(
                KeyMap.action(for: .paste("q\nl"), in: KeyTableTests.state(in: mode)) == .textPasted("q\nl"), "\(mode)")
        }
    }

    @Test func pasteIntoANoteKeepsItsLines() {
        let state = press([.paste("First line\r\nsecond line\rthird\n")], from: Self.note)
        #expect(FieldEditingTests.field(state).value == "First line\nsecond line\nthird")
        #expect(FieldEditingTests.field(state).cursorIsAtEnd)
    }

    @Test func pasteIntoAOneLineFieldTurnsLineBreaksIntoSpaces() {
        let state = press([.left, .left, .paste("Suite 4,\nBack\tdoor\n")], from: FieldEditingTests.address)
        #expect(FieldEditingTests.field(state).value == "12 Main Suite 4, Back doorSt")
        #expect(FieldEditingTests.field(state).cursor == 26)
    }

    @Test func pasteDropsControlCharactersAndKeepsTheRestLiterally() {
        let state = press([.paste("a\u{1B}[31mb\u{07}?q")], from: Self.note)
        #expect(FieldEditingTests.field(state).value == "a[31mb?q")
        #expect(state.form != nil && !state.showingHelp && !state.shouldQuit)
    }

    @Test func pasteOverAPickedChoiceReplacesIt() {
        var state = update(Fixture.state, .formRequested(.logContact)).0
        state = update(state, .formFieldMoved(by: 1)).0
        #expect(FieldEditingTests.field(press([.paste("email")], from: state)).value == "email")
    }

    @Test func pasteGoesOntoTheFilterAsOneLine() {
        let state = press([.character("/"), .character("b"), .paste("ol\nt\n")], from: Fixture.state)
        #expect(state.filters[.clients] == "bol t")
        #expect(state.filtering)
    }

    /// A paste on the dashboard holding `q` and `l` neither quits nor opens a form: it only says where pastes go.
    @Test func pasteOutsideAFormRunsNothing() {
        for pane in Pane.allCases {
            var start = Fixture.state
            start.focus = pane
            for detail in [nil, Detail(clientID: "acme-dental")] {
                start.detail = detail
                let (after, effects) = update(start, KeyMap.action(for: .paste("q\nl\n"), in: start)!)
                #expect(effects == [])
                var expected = start
                expected.status = Status(
                    "Pasted text goes into a form field or the / filter; nothing was run", isError: true)
                #expect(after == expected)
            }
        }
    }

    @Test func pasteIntoAPromptOrHelpDoesNotAnswerIt() {
        var state = press(typing("x") + [.escape], from: Self.note)
        #expect(state.confirmingDiscard)
        state = press([.paste("y")], from: state)
        #expect(state.confirmingDiscard && state.form != nil)
        #expect(FieldEditingTests.field(state).value == "x")
    }

    /// The scripted terminal delivers a paste as the real one does, and the dashboard saves it with its lines.
    @Test func pastedNoteIsSavedWithItsLines() throws {
        let scratch = try ScratchStore()
        let terminal = ScriptedTerminal(
            [.press(.character("l"))] + Array(repeating: .press(.tab), count: 4)
                + [
                    .press(.paste("Line one\rline two\rq\r")), .press(.enter), .waitFor("Saved"),
                    .press(.character("q")),
                ])
        DashboardApp(store: scratch.store, now: ScratchStore.now, terminal: terminal).run()
        #expect(terminal.unmet == [])
        #expect(try scratch.touchpoints() == ["2026-12-01 call: Line one\nline two\nq"])
    }
}

/// Esc on a form that holds changes asks before throwing them away.
@Suite struct DiscardPromptTests {
    static var changed: AppState { press([.backspace], from: FieldEditingTests.address) }

    @Test func escOnAnUnchangedFormClosesIt() {
        let state = press([.escape], from: FieldEditingTests.address)
        #expect(state.form == nil && !state.confirmingDiscard)
        #expect(state.status == Status("Cancelled"))
    }

    @Test func escOnAChangedFormAsks() {
        let state = press([.escape], from: Self.changed)
        #expect(state.confirmingDiscard)
        #expect(KeyMode(state) == .discardPrompt)
        let frame = render(state, size: Size(width: 80, height: 24))
        #expect(frame.screen.text.contains("Discard changes? y / n"))
        #expect(frame.cursor == nil)
        #expect(frame.screen.text.split(separator: "\n").last == " y discard  n keep editing")
    }

    @Test(arguments: [Key.character("n"), .character("N"), .escape])
    func noKeepsEditingWithTheValues(_ key: Key) {
        let state = press([.escape, key], from: Self.changed)
        #expect(!state.confirmingDiscard)
        #expect(state.form == Self.changed.form)
        #expect(press(typing("Z"), from: state).form?.fields[4].value == "12 Main SZ")
    }

    @Test(arguments: [Key.character("y"), .character("Y")])
    func yesDiscards(_ key: Key) {
        let state = press([.escape, key], from: Self.changed)
        #expect(state.form == nil && !state.confirmingDiscard)
        #expect(state.status == Status("Discarded the changes"))
        #expect(state.portfolio == Fixture.portfolio)
    }

    @Test func otherKeysDoNothingInThePrompt() {
        let asking = press([.escape], from: Self.changed)
        #expect(press([.character("q"), .character("x"), .enter, .tab], from: asking) == asking)
    }

    /// Ctrl-C still quits from the prompt, asking first since the form holds changes.
    @Test func ctrlCFromThePromptAsksToQuit() {
        let state = press([.escape, .control("c")], from: Self.changed)
        #expect(state.confirmingQuit && !state.shouldQuit)
        #expect(press([.character("y")], from: state).shouldQuit)
        #expect(KeyMode(press([.character("n")], from: state)) == .discardPrompt)
    }
}

/// A form taller than the screen scrolls so the focused field and its error show, and says where it is.
@Suite struct FormScrollTests {
    /// The agreement form with errors on six of its nine fields.
    static var agreementWithErrors: AppState {
        var state = update(Fixture.state, .formRequested(.setAgreement)).0
        let typed: [FieldID: String] = [
            .fee: "lots", .from: "someday", .term: "x", .time: "25:99", .technician: "zz", .contactEvery: "-1",
        ]
        for (id, value) in typed { state.form!.fields[state.form!.fields.firstIndex { $0.id == id }!].value = value }
        return update(state, .formSubmitted).0
    }

    /// The row that shows a field's label, as the form draws it: right-aligned after the box's left border.
    static func row(of field: FormField, in rows: [String], width: Int) -> Int? {
        let label = DisplayText.fit(field.label, min(15, (min(width, 78) - 4) / 3), alignRight: true)
        return rows.firstIndex { $0.contains("║ \(label) ") }
    }

    @Test func allErrorsShowAtOnceEachUnderItsField() throws {
        let state = Self.agreementWithErrors
        #expect(state.status == Status("Fix the 6 marked fields", isError: true))
        let rows = render(state, size: Size(width: 120, height: 40)).screen.text.split(separator: "\n").map(String.init)
        for field in state.form!.fields {
            let row = try #require(Self.row(of: field, in: rows, width: 120), "\(field.label)")
            if let error = field.error {
                #expect(rows[row + 1].contains("✗ \(error.prefix(30))"), "\(field.label): \(rows[row + 1])")
            } else {
                #expect(!rows[row + 1].contains("✗"), "\(field.label)")
            }
        }
    }

    @Test(arguments: [(60, 16), (40, 10), (80, 24)])
    func focusedFieldAndItsErrorAreAlwaysInView(_ width: Int, _ height: Int) throws {
        var state = Self.agreementWithErrors
        let form = try #require(state.form)
        for focus in form.fields.indices {
            state.form!.focus = focus
            let frame = render(state, size: Size(width: width, height: height))
            let rows = frame.screen.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let field = form.fields[focus]
            let row = try #require(Self.row(of: field, in: rows, width: width), "\(field.label) at \(width)x\(height)")
            #expect(frame.cursor?.y == row || !field.choices.isEmpty, "\(field.label) at \(width)x\(height)")
            if field.error != nil {
                #expect(rows[row + 1].contains("✗"), "\(field.label)'s error at \(width)x\(height)")
            }
        }
    }

    @Test func scrolledFormSaysWhichFieldAndWhereMoreIs() {
        var state = Self.agreementWithErrors
        let size = Size(width: 60, height: 16)
        state.form!.focus = 0
        #expect(render(state, size: size).screen.text.contains(" field 1/9 ↓ ═╝"))
        state.form!.focus = 4
        #expect(render(state, size: size).screen.text.contains(" ↑ field 5/9 ↓ ═╝"))
        state.form!.focus = 8
        #expect(render(state, size: size).screen.text.contains(" ↑ field 9/9 ═╝"))
        // A form that fits shows no position.
        #expect(!render(Fixture.state.withForm(.setAgreement), size: size).screen.text.contains("field 1/9"))
    }

    @Test(arguments: [0, 4, 8])
    func scrolledFormIsGolden(_ focus: Int) throws {
        var state = Self.agreementWithErrors
        state.form!.focus = focus
        try assertGolden(
            render(state, size: Size(width: 60, height: 16)).screen.text, "form-scroll-60x16-field-\(focus + 1)")
    }

    @Test func tabMovesThroughAFormThatDoesNotFit() {
        var state = Self.agreementWithErrors
        state.form!.focus = 0
        var seen: [Int] = []
        for _ in 0..<9 {
            let frame = render(state, size: Size(width: 40, height: 10))
            if let cursor = frame.cursor { seen.append(cursor.y) }
            state = press([.tab], from: state)
        }
        #expect(state.form?.focus == 0)
        #expect(seen.allSatisfy { (1..<8).contains($0) })
    }
}

extension AppState {
    /// The state with a form opened.
    func withForm(_ kind: FormKind) -> AppState { update(self, .formRequested(kind)).0 }
}
