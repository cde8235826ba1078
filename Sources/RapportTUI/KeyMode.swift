/// Which set of keys the dashboard reads right now. Exactly one mode holds in any state, so a key table entry says
/// where it applies by naming modes, and two entries for one key can only clash within one mode.
enum KeyMode: Sendable, Equatable, Hashable, CaseIterable {
    /// "Discard the typed values?": only yes or no.
    case quitPrompt
    /// "Discard changes?" after Esc on a changed form: only yes or no.
    case discardPrompt
    /// "End Acme Dental's agreement on Sun 6 Dec?": only yes or no.
    case confirm
    /// The help screen over everything.
    case help
    /// An open form takes most keys as text.
    case form
    /// `a` asked what to add: the next key names it.
    case addMenu
    /// `/` takes keys as the focused pane's filter.
    case filter
    /// A client's detail.
    case detail
    /// The dashboard's 2×2 grid.
    case grid
    /// One of the owner's full-screen views.
    case ownerView

    /// The mode a state is in, in the order the screens stack: the quit prompt over a confirmation over the discard
    /// prompt over help over a form, and so on.
    ///
    /// - Parameter state: the dashboard's state.
    init(_ state: AppState) {
        if state.confirmingQuit {
            self = .quitPrompt
        } else if state.confirmation != nil {
            self = .confirm
        } else if state.confirmingDiscard {
            self = .discardPrompt
        } else if state.showingHelp {
            self = .help
        } else if state.form != nil {
            self = .form
        } else if state.choosingWhatToAdd {
            self = .addMenu
        } else if state.filtering {
            self = .filter
        } else if state.detail != nil {
            self = .detail
        } else {
            self = state.focus.isInGrid ? .grid : .ownerView
        }
    }
}

extension Set where Element == KeyMode {
    /// The grid and the owner's views, where keys move between panes and rows.
    static var dashboard: Self { [.grid, .ownerView] }

    /// The dashboard and a client's detail, where letters start forms rather than being typed.
    static var browsing: Self { [.grid, .ownerView, .detail] }
}
