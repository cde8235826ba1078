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
    /// Moves the cursor over the detail's people and timeline lines; the view scrolls to keep it in sight.
    case detailCursorMoved(by: Int)
    /// `g` back to the top, where no line is selected; `G` to the last line.
    case detailCursorJumped(toEnd: Bool)
    /// `e` or Enter in a client's detail: edits the selected line, or the client when none is.
    case detailEditRequested
    /// `D` or Delete in a client's detail: asks whether to delete the selected line.
    case detailDeleteRequested
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

    // MARK: Undo, and questions before destructive changes
    case undoRequested
    case redoRequested
    /// The answer to the open `Confirmation`.
    case confirmationAnswered(Bool)

    // MARK: Quitting
    case quitRequested
    /// Ctrl-C: a quit like `q`, or the yes of the quit prompt, that ends with the status of an interrupt.
    case interruptRequested
    case quitConfirmed
    case quitCancelled

    // MARK: From the store
    case storeReloaded(Portfolio, unreadable: [FileProblem], changed: [String])
    /// Midnight passed while the dashboard was open: now, on the new day, and the portfolio for it.
    case dayBegan(DayTime, Portfolio)
    /// The wall clock moved on within the day, so the requests' time left counts from the new time.
    case clockMoved(DayTime)
    /// A write is done: the portfolio after it, what it did for the status line, the client it was for ("" for the
    /// settings), and what it turned the document from and into, which `u` takes back.
    case changeSaved(
        Portfolio, summary: String, client: String, revision: Revision? = nil, step: HistoryStep = .change)
    case changeFailed(String, field: FieldID?)
    /// The whole document of a client whose detail is open, or nil when its file cannot be read.
    case documentLoaded(id: String, Client?)

    // MARK: Sharing with the team
    /// `S`: share the store with the team now.
    case syncRequested
    /// A sync is done: the standing after it, its outcome in one line, and the store as the merge left it, with the
    /// clients that changed.
    case syncFinished(SyncStatus?, summary: String, Portfolio, unreadable: [FileProblem], changed: [String])
    case syncFailed(String)
    /// The standing was read again after a save, so that the header counts the change waiting to go out.
    case syncStandingRead(SyncStatus?)
}

/// Work `update` asks the runtime to do, whose outcome comes back as an action.
public enum Effect: Sendable, Equatable {
    /// Write a change through the store, then report `changeSaved` or `changeFailed`.
    case save(Change, client: String)
    /// Write a settings change through the store, then report `changeSaved` or `changeFailed`.
    case saveSettings(SettingsChange)
    /// Take back (or make again) what a written change did, then report `changeSaved` or `changeFailed`.
    case revert(Revision, step: HistoryStep)
    /// Open `$VISUAL` or `$EDITOR` on this text, then report `editorReturned`.
    case openEditor(String)
    /// Repaint every cell (Ctrl-L).
    case redraw
    /// Read a client's whole document, then report `documentLoaded`.
    case loadDocument(String)
    /// Sync with the team's shared copy and reload the store, then report `syncFinished` or `syncFailed`.
    case sync
    /// Read the store's standing against the shared copy, then report `syncStandingRead`.
    case readSyncStanding
}

extension Effect {
    /// Whether the effect writes to the store, so that its outcome comes back as `changeSaved` or `changeFailed`.
    var writes: Bool {
        switch self {
        case .save, .saveSettings, .revert: true
        case .openEditor, .redraw, .loadDocument, .sync, .readSyncStanding: false
        }
    }
}
