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
            hints: [Hint("Tab", "pane", [.grid: 1, .ownerView: 1]), Hint("1-4", "dashboard", [.ownerView: 7])]),
        KeyBinding(
            .dashboard, focusing(Pane.allCases.filter { !$0.isInGrid }),
            help: Help(.move, "5-9", "the owner's views"), hints: [Hint("5-9", "owner views", [.grid: 9])]),
        KeyBinding(
            .dashboard,
            [
                ([.down, .character("j")], .act(.selectionMoved(by: 1))),
                ([.up, .character("k")], .act(.selectionMoved(by: -1))),
            ],
            help: Help(.move, "↑ ↓  j k", "move"), hints: [Hint("↑↓", "move", [.grid: 2, .ownerView: 2])]),
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
            hints: [Hint("Enter", "open", [.grid: 3, .ownerView: 3])]),
        KeyBinding(
            .browsing, [.escape], .act(.backRequested), help: Help(.move, "Esc", "back, cancel, clear"),
            hints: [Hint("Esc", "back", [.detail: 1])]),
        KeyBinding(
            .dashboard, [.character("/")], .act(.filterStarted), help: Help(.move, "/", "filter as you type"),
            hints: [Hint("/", "filter", [.grid: 4, .ownerView: 4])]),

        // MARK: Recording, from the dashboard or a client's detail

        KeyBinding(
            .browsing, [.character("a")],
            .openForm(
                PaneForms(
                    byPane: [
                        .clients: .init(.addClient, "add client"), .overdue: .init(.logContact, "log contact"),
                        .renewals: .init(.renew, "renew"), .pipeline: .init(.proposalSent, "proposal sent"),
                        .surveys: .init(.surveySent, "survey sent"), .prospects: .init(.addProspect, "add prospect"),
                        .revenue: .init(.editRateCard, "edit rate card"),
                        .team: .init(.addTechnician, "add technician"),
                    ],
                    otherwise: .init(.scheduleVisit, "add visit"))),
            help: Help(.record, "a", "add to this pane"), hints: [Hint("a", nil, [.grid: 5, .ownerView: 5])]),
        KeyBinding(
            .dashboard, [.character("e")],
            .openForm(
                PaneForms(
                    byPane: [
                        .prospects: .init(.updateProspect, "update"), .revenue: .init(.editRateCard, "edit"),
                        .team: .init(.editTechnician, "edit"),
                    ],
                    otherwise: .init(.editClient, "edit"))),
            help: Help(.record, "e", "edit the client"), hints: [Hint("e", nil, [.ownerView: 6])]),
        // In a client's detail, ↑↓ select a person or a timeline line, which these keys change or delete.
        KeyBinding(
            [.detail],
            [
                ([.character("e"), .enter], .act(.detailEditRequested)),
                ([.character("D"), .delete], .act(.detailDeleteRequested)),
            ],
            help: Help(.record, "e  D", "edit, delete the line"),
            hints: [Hint("e", "edit", [.detail: 5]), Hint("D", "delete", [.detail: 5], when: .detailLineSelected)]),
        // On the overdue pane `a` already says "log contact".
        KeyBinding(
            .browsing, [.character("l")], .open(.logContact), help: Help(.record, "l", "log a contact"),
            hints: [Hint("l", "log", [.grid: 6, .detail: 2], when: .notFocused(.overdue))]),
        KeyBinding(
            .browsing, [.character("v")], .open(.scheduleVisit), help: Help(.record, "v", "schedule a visit"),
            hints: [Hint("v", "visit", [.grid: 8, .detail: 3])]),
        KeyBinding(
            .browsing, [.character("d")], .open(.completeVisit), help: Help(.record, "d", "mark a visit done"),
            hints: [Hint("d", "done", [.grid: 7, .detail: 4])]),
        KeyBinding(.browsing, [.character("m")], .open(.moveVisit), help: Help(.record, "m", "move a visit")),
        KeyBinding(.browsing, [.character("x")], .open(.cancelVisit), help: Help(.record, "x", "cancel a visit")),
        KeyBinding(
            .browsing, [([.character("s")], .open(.surveyAnswered)), ([.character("S")], .open(.surveySent))],
            help: Help(.record, "s  S", "survey answered, sent"), hints: [Hint("s", "survey", [.detail: 6])]),
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
            [.form], [([.left], .chooseOrComplete(by: -1)), ([.right], .chooseOrComplete(by: 1))],
            help: Help(.forms, "← →", "choose; → completes"),
            hints: [
                Hint("←→", "choose", [.form: 4], when: .fieldHasChoices),
                Hint("→", "complete", [.form: 5], when: .fieldHasSuggestion),
            ]),
        KeyBinding(
            [.form], [.enter], .act(.formSubmitted), help: Help(.forms, "Enter", "save"),
            hints: [Hint("Enter", "save", [.form: 1])]),
        KeyBinding(
            [.form], [.escape], .act(.backRequested), help: Help(.forms, "Esc", "cancel"),
            hints: [Hint("Esc", "cancel", [.form: 3])]),
        // Any field takes Ctrl-E, so a short one can say why nothing opened; the hint shows where it works.
        KeyBinding(
            [.form], [.control("e")], .act(.editorRequested), help: Help(.forms, "Ctrl-E", "note in $EDITOR"),
            hints: [Hint("^E", "editor", [.form: 6], when: .fieldIsLongText)]),
        // No key of its own: what typing into a date field accepts.
        KeyBinding([.form], [], help: Help(.forms, "dates", "today fri +2w +1m")),
        KeyBinding([.form], [.backspace, .delete], .act(.formErased)),
        // The bar offers ? in every field, since the words say where it works; elsewhere it is typed.
        KeyBinding(
            [.form], [.character("?")], .helpUnlessTyping, hints: [Hint("?", "help (empty field)", [.form: 100])]),

        // MARK: The screen; help and quit come last on the bar, which keeps the last two at any width

        KeyBinding(
            .browsing.union([.help]), [.character("?")], .act(.helpToggled), help: Help(.screen, "?", "this help"),
            hints: [Hint("?", "help", [.grid: 100, .ownerView: 100, .detail: 100, .help: 100])]),
        KeyBinding(
            Set(KeyMode.allCases), [.control("l")], .act(.redrawRequested), help: Help(.screen, "Ctrl-L", "redraw")),
        KeyBinding(
            .browsing.union([.help]), [.character("q")], .act(.quitRequested), help: Help(.screen, "q", "quit"),
            hints: [Hint("q", "quit", [.grid: 101, .ownerView: 101, .detail: 101, .help: 101])]),
        // Where q is typed as text, Ctrl-C still quits.
        KeyBinding(
            Set(KeyMode.allCases).subtracting([.quitPrompt]), [.control("c")], .act(.quitRequested),
            hints: [Hint("^C", "quit", [.form: 101, .filter: 101])]),

        // MARK: The filter, the help screen and the quit prompt

        KeyBinding(
            [.filter], [.enter, .tab, .down, .up], .act(.filterAccepted),
            hints: [Hint("Enter", "keep filter", [.filter: 1])]),
        KeyBinding([.filter], [.escape], .act(.backRequested), hints: [Hint("Esc", "clear filter", [.filter: 2])]),
        KeyBinding([.filter], [.backspace, .delete], .act(.filterErased)),
        KeyBinding([.help], [.escape, .enter], .act(.helpToggled), hints: [Hint("Esc", "close help", [.help: 1])]),
        KeyBinding(
            [.quitPrompt], [.character("y"), .character("Y"), .character("q"), .control("c")], .act(.quitConfirmed),
            hints: [Hint("y", "quit and discard", [.quitPrompt: 1])]),
        KeyBinding(
            [.quitPrompt], [.character("n"), .character("N"), .escape], .act(.quitCancelled),
            hints: [Hint("n", "keep editing", [.quitPrompt: 2])]),
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
