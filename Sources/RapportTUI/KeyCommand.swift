/// What a key does. Most keys always mean one action; the few whose action depends on the state work it out here,
/// from the state alone, so the key map stays pure.
enum KeyCommand: Sendable, Equatable {
    /// Always this action.
    case act(Action)
    /// Opens the form the focused pane gives the key.
    case openForm(PaneForms)
    /// `?` in a form: help, unless the focused field takes text and already holds some, where `?` is typed.
    case helpUnlessTyping
    /// ← or → in a form: cycles a field's choices; otherwise moves the cursor, and → at the end of the text accepts
    /// the suggested completion.
    case chooseCompleteOrMove(by: Int)

    /// Opens a form, whatever the pane.
    ///
    /// - Parameter form: the form.
    /// - Returns: the command.
    static func open(_ form: FormKind) -> KeyCommand { .act(.formRequested(form)) }

    /// The action the key stands for now.
    ///
    /// - Parameters:
    ///   - key: the key pressed, which `?` types when it is text.
    ///   - state: the dashboard's state.
    /// - Returns: the action, or nil when the key does nothing here.
    func action(for key: Key, in state: AppState) -> Action? {
        switch self {
        case .act(let action):
            return action
        case .openForm(let forms):
            return .formRequested(forms.choice(in: state).form)
        case .helpUnlessTyping:
            guard let field = state.focusedField, !field.value.isEmpty, field.choices.isEmpty,
                case .character(let character) = key
            else { return .helpToggled }
            return .formTyped(character)
        case .chooseCompleteOrMove(let step):
            guard let field = state.focusedField else { return nil }
            if !field.choices.isEmpty { return .formChoiceCycled(by: step) }
            if step > 0 && field.cursorIsAtEnd && field.suggestion != nil { return .formSuggestionAccepted }
            return .formEdited(step > 0 ? .cursorRight : .cursorLeft)
        }
    }

    /// What the hint bar calls the key now, where the command itself decides it.
    ///
    /// - Parameter state: the dashboard's state.
    /// - Returns: the focused pane's words for its form, or nil for a command with one meaning.
    func hint(in state: AppState) -> String? {
        guard case .openForm(let forms) = self else { return nil }
        return forms.choice(in: state).hint
    }
}
