import RapportCore
import RapportStore

/// Everything the dashboard shows, as one value. `update` makes the next state; `render` draws it.
public struct AppState: Sendable, Equatable {
    // The observers keep `paneRows` in step with what it is worked out from, whoever changes it and how.
    /// Now on the wall clock: the requests' time left counts from it. Within the day only the requests view is
    /// worked out again; a new day changes every pane.
    public var now: DayTime {
        didSet {
            if now.day != oldValue.day {
                rebuildRows()
            } else if now != oldValue {
                paneRows.showRequests(in: portfolio, now: now)
            }
        }
    }
    public var portfolio: Portfolio { didSet { rebuildRows() } }
    /// Client files that could not be read, shown as a warning so nobody thinks a client vanished.
    public var unreadable: [FileProblem] { didSet { paneRows.showUnreadable(unreadable) } }
    public var readOnlyReason: String?
    public var focus: Pane = .clients { didSet { if focus.isInGrid { gridFocus = focus } } }
    /// The grid pane focused last, which Esc goes back to from an owner's view.
    public private(set) var gridFocus: Pane = .clients
    public var selection: [Pane: Int] = [:]
    public var filters: [Pane: String] = [:] { didSet { paneRows.filter(by: filters) } }
    /// Shows one technician's visits only; `T` cycles through the team.
    public var technicianFilter: String? {
        didSet { paneRows.showVisits(of: technicianFilter, in: portfolio, today: today) }
    }
    /// True while `/` is taking keys for the focused pane's filter.
    public var filtering = false
    /// The client whose detail is open, if any.
    public var detail: Detail?
    public var form: FormState?
    public var showingHelp = false
    /// True after `a`, until the next key says what to add.
    public var choosingWhatToAdd = false
    /// The first help line shown, when the help does not fit.
    public var helpScroll = 0
    public var confirmingQuit = false
    /// True while Esc on a changed form asks whether to discard the changes.
    public var confirmingDiscard = false
    /// A destructive change waiting for `y` or `n`.
    public var confirmation: Confirmation?
    /// The session's changes that `u` takes back and Ctrl-R makes again.
    public var history = History()
    /// Writes asked for whose outcome has not come back yet; undo and redo wait for them.
    public var savesOut = 0
    public var status: Status?
    public var shouldQuit = false
    /// The exit status of the quit asked for last: 0 for `q`, 130 for Ctrl-C, as a shell gives for an interrupt.
    public var exitStatus: Int32 = 0
    /// Set by a quit while a save is out: the dashboard closes once the save is written, so nothing is lost.
    public var quitsWhenSaved = false
    /// Where the store stands against the team's shared copy, or nil when it is not shared.
    public var sync: SyncStatus?
    /// True from `S` until the sync's outcome is back.
    public var syncing = false
    /// Every pane's rows and the header's figures, worked out when the data changes rather than per keystroke.
    private(set) var paneRows: PaneRows

    /// Creates the state of a freshly opened dashboard.
    ///
    /// - Parameters:
    ///   - now: the current day and time.
    ///   - portfolio: the store's clients and settings.
    ///   - unreadable: files that could not be read.
    ///   - readOnlyReason: why the store may not be written, if so.
    public init(now: DayTime, portfolio: Portfolio, unreadable: [FileProblem] = [], readOnlyReason: String? = nil) {
        self.now = now
        self.portfolio = portfolio
        self.unreadable = unreadable
        self.readOnlyReason = readOnlyReason
        paneRows = PaneRows(now: now, portfolio: portfolio, unreadable: unreadable, technicianFilter: nil)
    }

    /// The current day, which every report but the requests' time left is about.
    public var today: Day { now.day }

    /// The selected row of a pane.
    ///
    /// - Parameter pane: the pane.
    /// - Returns: the row index, 0 when nothing was selected yet.
    public func selected(_ pane: Pane) -> Int { selection[pane] ?? 0 }

    private mutating func rebuildRows() {
        paneRows = PaneRows(now: now, portfolio: portfolio, unreadable: unreadable, technicianFilter: technicianFilter)
        paneRows.filter(by: filters)
    }
}

/// The open client detail.
public struct Detail: Sendable, Equatable {
    public var clientID: String
    /// The selected line among the people and the timeline (`AppState.detailItems`), or nil at the top, where none
    /// is.
    public var cursor: Int?
    /// The client's whole document, read from its file when the detail opens: the portfolio holds summaries
    /// without the older history that the timeline shows.
    public var document: Client?

    public init(clientID: String, cursor: Int? = nil) {
        self.clientID = clientID
        self.cursor = cursor
    }
}

/// A message in the status line.
public struct Status: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
