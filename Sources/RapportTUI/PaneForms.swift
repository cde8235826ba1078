/// The form a key opens where that depends on the focused pane (`a` adds what the pane lists), with the words the
/// hint bar gives each, so the hint and the action are read from one place.
struct PaneForms: Sendable, Equatable {
    /// A form, and what the hint bar calls opening it.
    struct Choice: Sendable, Equatable {
        let form: FormKind
        let hint: String

        init(_ form: FormKind, _ hint: String) {
            self.form = form
            self.hint = hint
        }
    }

    /// The panes that have a form of their own for the key.
    let byPane: [Pane: Choice]
    /// The form on every other pane, and in a client's detail.
    let otherwise: Choice

    /// The form the key opens now.
    ///
    /// - Parameter state: the dashboard's state.
    /// - Returns: the focused pane's form, or `otherwise` in a detail or on a pane without its own.
    func choice(in state: AppState) -> Choice {
        state.detail == nil ? byPane[state.focus] ?? otherwise : otherwise
    }
}
