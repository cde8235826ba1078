import RapportCore
import RapportStore

/// Something that happened: a key the user pressed, already given its meaning, or news from the store.
public enum Action: Sendable, Equatable {
    // MARK: Moving around
    case paneFocused(Pane)
    case paneCycled(forward: Bool)
    case selectionMoved(by: Int)
    case selectionJumped(toEnd: Bool)
    case clientOpened
    case backRequested
    case detailScrolled(by: Int)
    case helpToggled
    case helpScrolled(by: Int)
    case technicianFilterCycled
    /// `w`: the week of the technician filter's technician, or of the team member selected in the team view.
    case weekOpened
    case redrawRequested

    // MARK: Filtering
    case filterStarted
    case filterTyped(Character)
    case filterErased
    case filterAccepted

    /// Text the terminal marked as pasted: it goes into the focused field or the filter, and is never run as keys.
    case textPasted(String)

    // MARK: Forms
    case formRequested(FormKind)
    /// `a`: what to add is asked next.
    case addMenuOpened
    /// A character typed at the focused field's cursor.
    case formTyped(Character)
    /// A cursor move or a deletion in the focused field.
    case formEdited(FieldEdit)
    case formFieldMoved(by: Int)
    case formChoiceCycled(by: Int)
    case formSuggestionAccepted
    case formSubmitted
    /// Ctrl-O in a note field: write it in the user's editor.
    case editorRequested
    case editorReturned(String)
    /// y to "discard changes?", which Esc on a changed form asks.
    case discardConfirmed
    /// n or Esc to "discard changes?": back to the form with its values.
    case discardCancelled

    // MARK: Quitting
    case quitRequested
    /// Ctrl-C: a quit like `q`, or the yes of the quit prompt, that ends with the status of an interrupt.
    case interruptRequested
    case quitConfirmed
    case quitCancelled

    // MARK: From the store
    case storeReloaded(Portfolio, unreadable: [FileProblem], changed: [String])
    /// Midnight passed while the dashboard was open: the day and the portfolio for it.
    case dayBegan(Day, Portfolio)
    case changeSaved(Portfolio, summary: String, client: String)
    case changeFailed(String, field: FieldID?)
    /// The whole document of a client whose detail is open, or nil when its file cannot be read.
    case documentLoaded(id: String, Client?)
}

/// Work `update` asks the runtime to do, whose outcome comes back as an action.
public enum Effect: Sendable, Equatable {
    /// Write a change through the store, then report `changeSaved` or `changeFailed`.
    case save(Change, client: String)
    /// Write a settings change through the store, then report `changeSaved` or `changeFailed`.
    case saveSettings(SettingsChange)
    /// Open `$VISUAL` or `$EDITOR` on this text, then report `editorReturned`.
    case openEditor(String)
    /// Repaint every cell (Ctrl-L).
    case redraw
    /// Read a client's whole document, then report `documentLoaded`.
    case loadDocument(String)
}
