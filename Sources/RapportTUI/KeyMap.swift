/// Gives a key its meaning in the current state. Pure, so every binding is tested without a terminal.
public enum KeyMap {
    /// The action a key stands for right now.
    ///
    /// - Parameters:
    ///   - key: the key pressed.
    ///   - state: the dashboard's state.
    /// - Returns: the action, or nil when the key means nothing here.
    public static func action(for key: Key, in state: AppState) -> Action? {
        if key == .control("c") { return state.confirmingQuit ? .quitConfirmed : .quitRequested }
        if key == .control("l") { return .redrawRequested }
        if state.confirmingQuit {
            switch key {
            case .character("y"), .character("Y"), .character("q"): return .quitConfirmed
            case .character("n"), .character("N"), .escape: return .quitCancelled
            default: return nil
            }
        }
        if state.showingHelp {
            switch key {
            case .escape, .character("?"), .enter: return .helpToggled
            case .character("q"): return .quitRequested
            default: return nil
            }
        }
        if let form = state.form { return formAction(key, form) }
        if state.filtering { return filterAction(key) }
        if let action = actionKey(key, in: state) { return action }
        return state.detail == nil ? dashboardAction(key) : detailAction(key)
    }

    private static func formAction(_ key: Key, _ form: FormState) -> Action? {
        let field = form.fields.isEmpty ? nil : form.fields[form.focus]
        switch key {
        case .escape: return .backRequested
        case .enter: return .formSubmitted
        case .control("e"): return .editorRequested
        case .tab, .down: return .formFieldMoved(by: 1)
        case .backTab, .up: return .formFieldMoved(by: -1)
        case .left: return field?.choices.isEmpty == false ? .formChoiceCycled(by: -1) : nil
        case .right:
            if field?.choices.isEmpty == false { return .formChoiceCycled(by: 1) }
            return field?.suggestion != nil ? .formSuggestionAccepted : nil
        case .backspace, .delete: return .formErased
        case .character("?") where field?.value.isEmpty != false || field?.choices.isEmpty == false: return .helpToggled
        case .character(let character): return .formTyped(character)
        default: return nil
        }
    }

    private static func filterAction(_ key: Key) -> Action? {
        switch key {
        case .escape: return .backRequested
        case .enter, .tab, .down, .up: return .filterAccepted
        case .backspace, .delete: return .filterErased
        case .character(let character): return .filterTyped(character)
        default: return nil
        }
    }

    /// Keys that start a form or act the same on the dashboard and in the detail.
    private static func actionKey(_ key: Key, in state: AppState) -> Action? {
        guard case .character(let character) = key else { return key == .escape ? .backRequested : nil }
        switch character {
        case "?": return .helpToggled
        case "q": return .quitRequested
        case "a":
            if state.detail != nil { return .formRequested(.scheduleVisit) }
            let forPane: [Pane: FormKind] = [
                .clients: .addClient, .visits: .scheduleVisit, .overdue: .logContact, .renewals: .renew,
                .pipeline: .proposalSent, .surveys: .surveySent, .prospects: .addProspect, .revenue: .editRateCard,
                .team: .addTechnician,
            ]
            return .formRequested(forPane[state.focus]!)
        case "e":
            if state.detail == nil {
                let forPane: [Pane: FormKind] = [
                    .prospects: .updateProspect, .revenue: .editRateCard, .team: .editTechnician,
                ]
                if let kind = forPane[state.focus] { return .formRequested(kind) }
            }
            return .formRequested(.editClient)
        case "P": return .formRequested(.proposalSent)
        case "H": return .formRequested(.adjustHours)
        case "u": return .formRequested(.updateProspect)
        case "T": return .technicianFilterCycled
        case "l": return .formRequested(.logContact)
        case "v": return .formRequested(.scheduleVisit)
        case "d": return .formRequested(.completeVisit)
        case "m": return .formRequested(.moveVisit)
        case "x": return .formRequested(.cancelVisit)
        case "s": return .formRequested(.surveyAnswered)
        case "S": return .formRequested(.surveySent)
        case "r": return .formRequested(.renew)
        case "p": return .formRequested(.addPerson)
        case "t": return .formRequested(.setAgreement)
        case "E": return .formRequested(.endAgreement)
        default: return nil
        }
    }

    private static func dashboardAction(_ key: Key) -> Action? {
        switch key {
        case .tab, .right: return .paneCycled(forward: true)
        case .backTab, .left: return .paneCycled(forward: false)
        case .down, .character("j"): return .selectionMoved(by: 1)
        case .up, .character("k"): return .selectionMoved(by: -1)
        case .pageDown: return .selectionMoved(by: 10)
        case .pageUp: return .selectionMoved(by: -10)
        case .home, .character("g"): return .selectionJumped(toEnd: false)
        case .end, .character("G"): return .selectionJumped(toEnd: true)
        case .enter: return .clientOpened
        case .character("/"): return .filterStarted
        case .character(let c) where ("1"..."9").contains(c): return .paneFocused(Pane(rawValue: Int(String(c))! - 1)!)
        default: return nil
        }
    }

    private static func detailAction(_ key: Key) -> Action? {
        switch key {
        case .down, .character("j"): return .detailScrolled(by: 1)
        case .up, .character("k"): return .detailScrolled(by: -1)
        case .pageDown: return .detailScrolled(by: 10)
        case .pageUp: return .detailScrolled(by: -10)
        case .home, .character("g"): return .detailScrolled(by: -100_000)
        default: return nil
        }
    }

    // MARK: - What the hint bar and help show

    /// The keys that apply right now, for the hint bar, most useful first; `? help` always comes last.
    ///
    /// - Parameter state: the dashboard's state.
    /// - Returns: pairs of key and meaning.
    public static func hints(for state: AppState) -> [(key: String, meaning: String)] {
        var hints: [(String, String)]
        if state.confirmingQuit {
            hints = [("y", "quit and discard"), ("n", "keep editing")]
        } else if state.showingHelp {
            hints = [("Esc", "close help")]
        } else if let form = state.form {
            hints = [("Enter", "save"), ("Tab", "next field"), ("Esc", "cancel")]
            let field = form.fields.isEmpty ? nil : form.fields[form.focus]
            if field?.choices.isEmpty == false { hints.append(("←→", "choose")) }
            if field?.suggestion != nil { hints.append(("→", "complete")) }
            if field?.isLongText == true { hints.append(("^E", "editor")) }
        } else if state.filtering {
            hints = [("Enter", "keep filter"), ("Esc", "clear filter")]
        } else if state.detail != nil {
            hints = [
                ("Esc", "back"), ("l", "log"), ("v", "visit"), ("d", "done"), ("e", "edit"), ("s", "survey"),
                ("r", "renew"), ("t", "terms"), ("↑↓", "scroll"),
            ]
        } else {
            let add: [Pane: String] = [
                .clients: "add client", .visits: "add visit", .overdue: "log contact", .renewals: "renew",
                .pipeline: "proposal sent", .surveys: "survey sent", .prospects: "add prospect",
                .revenue: "edit rate card", .team: "add technician",
            ]
            hints = [("Tab", "pane"), ("↑↓", "move"), ("Enter", "open"), ("/", "filter"), ("a", add[state.focus]!)]
            if state.focus.isInGrid {
                hints += [("l", "log"), ("d", "done"), ("v", "visit")].filter { state.focus != .overdue || $0.0 != "l" }
                hints.append(("5-9", "owner views"))
            } else {
                hints += [("e", state.focus == .prospects ? "update" : "edit"), ("1-4", "dashboard")]
            }
        }
        // In a form q is typed as text, and ? too once a field has text, so the bar says what works there.
        return hints
            + (state.form == nil ? [("?", "help"), ("q", "quit")] : [("?", "help (empty field)"), ("^C", "quit")])
    }

    /// Every key, grouped, for the help screen; meanings are kept short so two columns fit at 80 wide.
    public static let help: [(section: String, keys: [(key: String, meaning: String)])] = [
        (
            "Move",
            [
                ("Tab S-Tab 1-4", "switch pane"), ("5-9", "the owner's views"),
                ("↑ ↓  j k", "move"), ("PgUp PgDn g G", "a page; first, last"), ("Enter", "open the client"),
                ("Esc", "back, cancel, clear"),
                ("/", "filter as you type"),
            ]
        ),
        (
            "Record",
            [
                ("a", "add to this pane"), ("e", "edit the client"), ("l", "log a contact"), ("v", "schedule a visit"),
                ("d", "mark a visit done"), ("m", "move a visit"), ("x", "cancel a visit"),
                ("s  S", "survey answered, sent"), ("r", "renew the agreement"), ("E", "end the agreement"),
                ("p", "add a person"), ("t", "set agreement terms"), ("P", "renewal proposal sent"),
                ("H", "top up block hours"), ("u", "update a prospect"), ("T", "one tech's visits"),
            ]
        ),
        (
            "Forms",
            [
                ("Tab S-Tab", "next, previous field"), ("← →", "choose; → completes"), ("Enter", "save"),
                ("Esc", "cancel"), ("Ctrl-E", "note in $EDITOR"), ("dates", "today fri +2w +1m"),
            ]
        ),
        ("Screen", [("?", "this help"), ("Ctrl-L", "redraw"), ("q", "quit")]),
    ]
}
