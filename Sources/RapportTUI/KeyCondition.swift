/// When a hint is worth its room on the bar: some keys only do something on some fields.
enum KeyCondition: Sendable, Equatable {
    case always
    /// The focused form field cycles through choices.
    case fieldHasChoices
    /// The focused form field has a completion for what was typed, and the cursor is at its end, where → takes it.
    case fieldHasSuggestion
    /// The focused form field may hold long text, which the editor is for.
    case fieldIsLongText
    /// A line of a client's people or timeline is selected.
    case detailLineSelected
    /// The session has a change to undo.
    case canUndo
    /// An open request is selected in the requests view, which can be answered or closed.
    case requestSelected
    /// The store is shared through git, so `S` has a team to sync with.
    case storeIsShared

    /// Whether the condition holds.
    ///
    /// - Parameter state: the dashboard's state.
    /// - Returns: true when the hint should show.
    func holds(in state: AppState) -> Bool {
        switch self {
        case .always: true
        case .fieldHasChoices: state.focusedField?.choices.isEmpty == false
        case .fieldHasSuggestion: state.focusedField.map { $0.cursorIsAtEnd && $0.suggestion != nil } ?? false
        case .fieldIsLongText: state.focusedField?.isLongText == true
        case .detailLineSelected: state.detail?.cursor != nil
        case .canUndo: !state.history.undo.isEmpty
        case .requestSelected: state.detail == nil && state.selectedRow?.requestID != nil
        case .storeIsShared: state.sync != nil
        }
    }
}
