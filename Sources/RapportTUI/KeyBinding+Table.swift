extension KeyBinding {
    /// Every key of the dashboard, once. The help screen lists the entries' help lines in this order, section by
    /// section; the hint bar orders hints by their own `order`, since one key stands at different places in
    /// different modes.
    static let table: [KeyBinding] = [
        // MARK: Moving around the dashboard

        KeyBinding(
            .dashboard,
            [
                ([.tab, .right], .act(.paneCycled(forward: true))),
                ([.backTab, .left], .act(.paneCycled(forward: false))),
            ] + focusing(Pane.grid),
            help: Help(.move, "Tab S-Tab 1-4", "switch pane"),
            hints: [Hint("Tab", "pane", [.grid: 1, .ownerView: 1]), Hint("1-4", "dashboard", [.ownerView: 3])]),
        KeyBinding(
            .dashboard, focusing(Pane.owner),
            help: Help(.move, "5-9", "the owner's views"), hints: [Hint("5-9", "owner views", [.grid: 2])]),
        // The week is of the technician filter's technician, or of the team member selected in the team view.
        KeyBinding(
            .dashboard, [([.character("0")], .act(.paneFocused(.today))), ([.character("w")], .act(.weekOpened))],
            help: Help(.move, "0  w", "today, a week"),
            hints: [Hint("0 w", "today, week", [.grid: 10, .ownerView: 9])]),
        KeyBinding(
            .dashboard, [.character("R")], .act(.paneFocused(.requests)), help: Help(.move, "R", "open requests"),
            hints: [Hint("R", "requests", [.grid: 11])]),
        KeyBinding(
            .dashboard,
            [
                ([.down, .character("j")], .act(.selectionMoved(by: 1))),
                ([.up, .character("k")], .act(.selectionMoved(by: -1))),
            ],
            help: Help(.move, "↑ ↓  j k", "move"), hints: [Hint("↑↓", "move", [.grid: 3, .ownerView: 4])]),
        KeyBinding(
            .dashboard,
            [
                ([.pageDown], .act(.selectionMoved(by: 10))), ([.pageUp], .act(.selectionMoved(by: -10))),
                ([.home, .character("g")], .act(.selectionJumped(toEnd: false))),
                ([.end, .character("G")], .act(.selectionJumped(toEnd: true))),
            ],
            help: Help(.move, "PgUp PgDn g G", "a page; first, last")),
        // The help's move lines cover the detail's cursor too.
        KeyBinding(
            [.detail],
            [
                ([.down, .character("j")], .act(.detailCursorMoved(by: 1))),
                ([.up, .character("k")], .act(.detailCursorMoved(by: -1))),
                ([.pageDown], .act(.detailCursorMoved(by: 10))), ([.pageUp], .act(.detailCursorMoved(by: -10))),
                ([.home, .character("g")], .act(.detailCursorJumped(toEnd: false))),
                ([.end, .character("G")], .act(.detailCursorJumped(toEnd: true))),
            ],
            hints: [Hint("↑↓", "select", [.detail: 9])]),
        KeyBinding(
            .dashboard, [.enter], .act(.clientOpened), help: Help(.move, "Enter", "open the client"),
            hints: [Hint("Enter", "open", [.grid: 4, .ownerView: 5])]),
        KeyBinding(
            .browsing.union([.addMenu]), [.escape], .act(.backRequested),
            help: Help(.move, "Esc", "back, cancel, clear"),
            hints: [Hint("Esc", "back", [.detail: 1, .ownerView: 2, .addMenu: 1])]),
        KeyBinding(
            .dashboard, [.character("/")], .act(.filterStarted), help: Help(.move, "/", "filter as you type"),
            hints: [Hint("/", "filter", [.grid: 5, .ownerView: 6])]),

        // MARK: Recording, from the dashboard or a client's detail

        // One key to add anything; the next key names what, so `a` means one thing everywhere.
        KeyBinding(
            .browsing, [.character("a")], .act(.addMenuOpened), help: Help(.record, "a", "add…: asks what"),
            hints: [Hint("a", "add…", [.grid: 6, .ownerView: 7, .detail: 10])]),
        KeyBinding([.addMenu], [.character("c")], .open(.addClient), help: Help(.add, "c", "a client")),
        KeyBinding([.addMenu], [.character("v")], .open(.scheduleVisit), help: Help(.add, "v", "a visit")),
        KeyBinding([.addMenu], [.character("l")], .open(.logContact), help: Help(.add, "l", "a contact")),
        KeyBinding([.addMenu], [.character("p")], .open(.addPerson), help: Help(.add, "p", "a person")),
        KeyBinding([.addMenu], [.character("r")], .open(.renew), help: Help(.add, "r", "a renewal")),
        KeyBinding([.addMenu], [.character("P")], .open(.proposalSent), help: Help(.add, "P", "a proposal sent")),
        KeyBinding([.addMenu], [.character("S")], .open(.surveySent), help: Help(.add, "S", "a survey sent")),
        KeyBinding([.addMenu], [.character("o")], .open(.addProspect), help: Help(.add, "o", "a prospect")),
        KeyBinding([.addMenu], [.character("t")], .open(.addTechnician), help: Help(.add, "t", "a technician")),
        KeyBinding([.addMenu], [.character("q")], .open(.logRequest), help: Help(.add, "q", "a service request")),
        KeyBinding(
            .dashboard, [.character("e")],
            .openForm(
                PaneForms(
                    byPane: [
                        .prospects: .init(.updateProspect, "update"), .revenue: .init(.editRateCard, "edit"),
                        .team: .init(.editTechnician, "edit"),
                    ],
                    otherwise: .init(.editClient, "edit"))),
            help: Help(.record, "e", "edit the client"), hints: [Hint("e", nil, [.ownerView: 8])]),
        // In a client's detail, ↑↓ select a person or a timeline line, which these keys change or delete.
        KeyBinding(
            [.detail],
            [
                ([.character("e"), .enter], .act(.detailEditRequested)),
                ([.character("D"), .delete], .act(.detailDeleteRequested)),
            ],
            help: Help(.record, "e  D", "edit, delete the line"),
            hints: [Hint("e", "edit", [.detail: 5]), Hint("D", "delete", [.detail: 11], when: .detailLineSelected)]),
        KeyBinding(
            .browsing, [.character("l")], .open(.logContact), help: Help(.record, "l", "log a contact"),
            hints: [Hint("l", "log", [.grid: 7, .detail: 2])]),
        KeyBinding(
            .browsing, [.character("v")], .open(.scheduleVisit), help: Help(.record, "v", "schedule a visit"),
            hints: [Hint("v", "visit", [.grid: 9, .detail: 3])]),
        KeyBinding(
            .browsing, [.character("d")], .open(.completeVisit), help: Help(.record, "d", "mark a visit done"),
            hints: [Hint("d", "done", [.grid: 8, .detail: 4])]),
        KeyBinding(.browsing, [.character("m")], .open(.moveVisit), help: Help(.record, "m", "move a visit")),
        KeyBinding(.browsing, [.character("x")], .open(.cancelVisit), help: Help(.record, "x", "cancel a visit")),
        // A survey sent is `a S`, since `S` shares the store.
        KeyBinding(
            .browsing, [.character("s")], .open(.surveyAnswered), help: Help(.record, "s", "survey answered"),
            hints: [Hint("s", "survey", [.detail: 6])]),
        KeyBinding(
            .browsing, [.character("r")], .open(.renew), help: Help(.record, "r", "renew the agreement"),
            hints: [Hint("r", "renew", [.detail: 7])]),
        KeyBinding(
            .browsing, [.character("E")], .open(.endAgreement), help: Help(.record, "E", "end the agreement")),
        KeyBinding(.browsing, [.character("p")], .open(.addPerson), help: Help(.record, "p", "add a person")),
        KeyBinding(
            .browsing, [.character("t")], .open(.setAgreement), help: Help(.record, "t", "set agreement terms"),
            hints: [Hint("t", "terms", [.detail: 8])]),
        KeyBinding(
            .browsing, [.character("P")], .open(.proposalSent), help: Help(.record, "P", "renewal proposal sent")),
        KeyBinding(.browsing, [.character("H")], .open(.adjustHours), help: Help(.record, "H", "top up block hours")),
        KeyBinding(
            .browsing, [.character("U")], .open(.updateProspect), help: Help(.record, "U", "update a prospect")),
        KeyBinding(
            .browsing, [.character("T")], .act(.technicianFilterCycled), help: Help(.record, "T", "one tech's visits")),
        // On the request selected in the requests view, where they lead the bar: they are what the view is for.
        KeyBinding(
            .dashboard, [([.character("A")], .open(.respondToRequest)), ([.character("C")], .open(.closeRequest))],
            help: Help(.record, "A  C", "answer, close a request"),
            hints: [
                Hint("A", "answer", [.ownerView: -2], when: .requestSelected),
                Hint("C", "close", [.ownerView: -1], when: .requestSelected),
            ]),

        // As in vim and lazygit; each takes back or makes again one change of this session, through the store.
        KeyBinding(
            .browsing, [([.character("u")], .act(.undoRequested)), ([.control("r")], .act(.redoRequested))],
            help: Help(.record, "u  Ctrl-R", "undo, redo"),
            hints: [Hint("u", "undo", [.grid: 90, .ownerView: 90, .detail: 90], when: .canUndo)]),

        // MARK: Forms; a character no entry claims is typed into the field (`KeyMap.typed`)

        KeyBinding(
            [.form],
            [([.tab, .down], .act(.formFieldMoved(by: 1))), ([.backTab, .up], .act(.formFieldMoved(by: -1)))],
            help: Help(.forms, "Tab S-Tab", "next, previous field"), hints: [Hint("Tab", "next field", [.form: 2])]),
        KeyBinding(
            [.form], [([.left], .chooseCompleteOrMove(by: -1)), ([.right], .chooseCompleteOrMove(by: 1))],
            help: Help(.forms, "← →", "move, pick, complete"),
            hints: [
                Hint("←→", "choose", [.form: 4], when: .fieldHasChoices),
                Hint("→", "complete", [.form: 5], when: .fieldHasSuggestion),
            ]),
        // Editing at the cursor, with the keys of a shell's command line (readline, emacs mode).
        KeyBinding(
            [.form],
            [
                ([.home, .control("a")], .act(.formEdited(.cursorToStart))),
                ([.end, .control("e")], .act(.formEdited(.cursorToEnd))),
            ],
            help: Help(.forms, "Home End ^A ^E", "start, end of field")),
        KeyBinding(
            [.form],
            [
                ([.control("u")], .act(.formEdited(.deleteToStart))),
                ([.control("k")], .act(.formEdited(.deleteToEnd))),
                ([.control("w")], .act(.formEdited(.deleteWordBefore))),
            ],
            help: Help(.forms, "^U ^K ^W", "delete start/end/word")),
        KeyBinding(
            [.form],
            [([.backspace], .act(.formEdited(.deleteBefore))), ([.delete], .act(.formEdited(.deleteAt)))]),
        KeyBinding(
            [.form], [.enter], .act(.formSubmitted), help: Help(.forms, "Enter", "save"),
            hints: [Hint("Enter", "save", [.form: 1])]),
        KeyBinding(
            [.form], [.escape], .act(.backRequested), help: Help(.forms, "Esc", "cancel (asks first)"),
            hints: [Hint("Esc", "cancel", [.form: 3])]),
        // Any field takes Ctrl-O, so a short one can say why nothing opened; the hint shows where it works. Ctrl-E is
        // the end of the field, as on a shell's command line.
        KeyBinding(
            [.form], [.control("o")], .act(.editorRequested), help: Help(.forms, "Ctrl-O", "note in $EDITOR"),
            hints: [Hint("^O", "editor", [.form: 6], when: .fieldIsLongText)]),
        // No key of its own: what typing into a date field accepts.
        KeyBinding([.form], [], help: Help(.forms, "dates", "today fri +2w +1m")),
        // The bar offers ? in every field, since the words say where it works; elsewhere it is typed.
        KeyBinding(
            [.form], [.character("?")], .helpUnlessTyping, hints: [Hint("?", "help (empty field)", [.form: 100])]),

        // MARK: The screen; help and quit come last on the bar, which keeps the last two at any width

        KeyBinding(
            .browsing.union([.help]), [.character("?")], .act(.helpToggled), help: Help(.screen, "?", "this help"),
            hints: [Hint("?", "help", [.grid: 100, .ownerView: 100, .detail: 100, .help: 100])]),
        // Runs in the background: keys keep working while git talks to the shared copy.
        KeyBinding(
            .browsing, [.character("S")], .act(.syncRequested), help: Help(.screen, "S", "sync with the team"),
            hints: [Hint("S", "sync", [.grid: 12, .ownerView: 10, .detail: 12], when: .storeIsShared)]),
        KeyBinding(
            Set(KeyMode.allCases), [.control("l")], .act(.redrawRequested), help: Help(.screen, "Ctrl-L", "redraw")),
        KeyBinding(
            .browsing.union([.help]), [.character("q")], .act(.quitRequested), help: Help(.screen, "q", "quit"),
            hints: [Hint("q", "quit", [.grid: 101, .ownerView: 101, .detail: 101, .help: 101])]),
        // Where q is typed as text, Ctrl-C still quits; at the quit prompt it says yes.
        KeyBinding(
            Set(KeyMode.allCases), [.control("c")], .act(.interruptRequested),
            hints: [Hint("^C", "quit", [.form: 101, .filter: 101, .addMenu: 101])]),

        // MARK: The filter, the help screen, and the prompts to quit or discard a form

        KeyBinding(
            [.filter], [.enter, .tab, .down, .up], .act(.filterAccepted),
            hints: [Hint("Enter", "keep filter", [.filter: 1])]),
        KeyBinding([.filter], [.escape], .act(.backRequested), hints: [Hint("Esc", "clear filter", [.filter: 2])]),
        KeyBinding([.filter], [.backspace, .delete], .act(.filterErased)),
        KeyBinding([.help], [.escape, .enter], .act(.helpToggled), hints: [Hint("Esc", "close help", [.help: 1])]),
        KeyBinding(
            [.help],
            [
                ([.down, .character("j")], .act(.helpScrolled(by: 1))),
                ([.up, .character("k")], .act(.helpScrolled(by: -1))),
                ([.pageDown], .act(.helpScrolled(by: 10))), ([.pageUp], .act(.helpScrolled(by: -10))),
                ([.home, .character("g")], .act(.helpScrolled(by: -100_000))),
                ([.end, .character("G")], .act(.helpScrolled(by: 100_000))),
            ],
            hints: [Hint("↑↓", "scroll", [.help: 2])]),
        KeyBinding(
            [.quitPrompt], [.character("y"), .character("Y"), .character("q")], .act(.quitConfirmed),
            hints: [Hint("y", "quit and discard", [.quitPrompt: 1])]),
        KeyBinding(
            [.quitPrompt], [.character("n"), .character("N"), .escape], .act(.quitCancelled),
            hints: [Hint("n", "keep editing", [.quitPrompt: 2])]),
        KeyBinding(
            [.discardPrompt], [.character("y"), .character("Y")], .act(.discardConfirmed),
            hints: [Hint("y", "discard", [.discardPrompt: 1])]),
        KeyBinding(
            [.discardPrompt], [.character("n"), .character("N"), .escape], .act(.discardCancelled),
            hints: [Hint("n", "keep editing", [.discardPrompt: 2])]),
        KeyBinding(
            [.confirm], [.character("y"), .character("Y")], .act(.confirmationAnswered(true)),
            hints: [Hint("y", "yes, go ahead", [.confirm: 1])]),
        KeyBinding(
            [.confirm], [.character("n"), .character("N"), .escape], .act(.confirmationAnswered(false)),
            hints: [Hint("n", "no, leave it", [.confirm: 2])]),
    ]

    /// The digit keys that focus panes, each its pane's own.
    ///
    /// - Parameter panes: the panes.
    /// - Returns: one key group per pane.
    private static func focusing(_ panes: [Pane]) -> [(keys: [Key], command: KeyCommand)] {
        panes.map { ([.character($0.digit)], .act(.paneFocused($0))) }
    }
}
