/// Gives a key its meaning in the current state, and says which keys the help and the hint bar show, all read from
/// the one key table (`KeyBinding.table`). Pure, so every binding is tested without a terminal.
public enum KeyMap {
    /// The action a key stands for right now.
    ///
    /// - Parameters:
    ///   - key: the key pressed.
    ///   - state: the dashboard's state.
    /// - Returns: the action, or nil when the key means nothing here.
    public static func action(for key: Key, in state: AppState) -> Action? {
        let mode = KeyMode(state)
        guard let command = command(for: key, in: mode) else { return typed(key, in: mode) }
        return command.action(for: key, in: state)
    }

    /// The table's command for a key in a mode; the table binds a key at most once per mode.
    ///
    /// - Parameters:
    ///   - key: the key pressed.
    ///   - mode: the mode the dashboard is in.
    /// - Returns: the command, or nil when no entry binds the key there.
    static func command(for key: Key, in mode: KeyMode) -> KeyCommand? {
        KeyBinding.table.lazy.filter { $0.modes.contains(mode) }.compactMap { $0.command(for: key) }.first
    }

    /// A character no entry claims is typed, in a form or the filter; every printable character is too many keys for
    /// the table. A paste is text in every mode: `update` puts it in a field or the filter, or says where it goes.
    private static func typed(_ key: Key, in mode: KeyMode) -> Action? {
        switch (key, mode) {
        case (.paste(let text), _): return .textPasted(text)
        case (.character(let character), .form): return .formTyped(character)
        case (.character(let character), .filter): return .filterTyped(character)
        default: return nil
        }
    }

    // MARK: - What the hint bar and help show

    /// The keys that apply right now, for the hint bar, most useful first; help and quit come last where they apply.
    ///
    /// - Parameter state: the dashboard's state.
    /// - Returns: pairs of key and meaning.
    public static func hints(for state: AppState) -> [(key: String, meaning: String)] {
        shownHints(in: state).map { ($0.hint.key, $0.meaning) }
    }

    /// The table's hints that show in a state, in the bar's order, each with the entry it belongs to.
    ///
    /// - Parameter state: the dashboard's state.
    /// - Returns: the entry, the hint and what it says now.
    static func shownHints(in state: AppState) -> [(binding: KeyBinding, hint: KeyBinding.Hint, meaning: String)] {
        let mode = KeyMode(state)
        let shown = KeyBinding.table.flatMap { binding in
            binding.hints.compactMap {
                hint -> (order: Int, binding: KeyBinding, hint: KeyBinding.Hint, meaning: String)? in
                guard let order = hint.order[mode], hint.when.holds(in: state),
                    let meaning = binding.meaning(of: hint, in: state)
                else { return nil }
                return (order, binding, hint, meaning)
            }
        }
        return shown.sorted { $0.order < $1.order }.map { ($0.binding, $0.hint, $0.meaning) }
    }

    /// Every key, grouped, for the help screen; meanings are kept short so two columns fit at 80 wide.
    public static let help: [(section: String, keys: [(key: String, meaning: String)])] = HelpSection.allCases.map {
        section in
        let lines = KeyBinding.table.compactMap(\.help).filter { $0.section == section }
        return (section.title, lines.map { ($0.key, $0.meaning) })
    }
}
