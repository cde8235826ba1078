/// One entry of the key table (`KeyBinding.table`): keys, what each does in some modes, and how the help screen and
/// the hint bar name them. The key map, the help and the hint bar all read these entries, so they cannot drift apart.
struct KeyBinding: Sendable {
    /// A line of the help screen.
    struct Help: Sendable, Equatable {
        let section: HelpSection
        /// The keys as the help writes them, such as "↑ ↓  j k".
        let key: String
        let meaning: String

        init(_ section: HelpSection, _ key: String, _ meaning: String) {
            self.section = section
            self.key = key
            self.meaning = meaning
        }
    }

    /// A hint on the bottom bar.
    struct Hint: Sendable, Equatable {
        /// The keys as the bar writes them, shorter than in the help, such as "↑↓".
        let key: String
        /// What the bar says; nil where the command names it by the focused pane.
        let meaning: String?
        /// Where the hint stands in each mode that shows it, lower first; the bar drops the earlier ones last.
        let order: [KeyMode: Int]
        let when: KeyCondition

        init(_ key: String, _ meaning: String?, _ order: [KeyMode: Int], when: KeyCondition = .always) {
            self.key = key
            self.meaning = meaning
            self.order = order
            self.when = when
        }
    }

    /// Where the keys apply.
    let modes: Set<KeyMode>
    /// The keys, grouped by what they do: one group for a single meaning, several for a line such as "s  S".
    let commands: [(keys: [Key], command: KeyCommand)]
    /// The help line, or nil for keys another line already covers.
    let help: Help?
    let hints: [Hint]

    /// Creates an entry whose keys do different things.
    init(
        _ modes: Set<KeyMode>, _ commands: [(keys: [Key], command: KeyCommand)], help: Help? = nil, hints: [Hint] = []
    ) {
        self.modes = modes
        self.commands = commands
        self.help = help
        self.hints = hints
    }

    /// Creates an entry whose keys all do one thing.
    init(_ modes: Set<KeyMode>, _ keys: [Key], _ command: KeyCommand, help: Help? = nil, hints: [Hint] = []) {
        self.init(modes, [(keys, command)], help: help, hints: hints)
    }

    /// The command this entry gives a key, if it binds the key.
    ///
    /// - Parameter key: the key pressed.
    /// - Returns: the command, or nil when the entry does not bind the key.
    func command(for key: Key) -> KeyCommand? {
        commands.first { $0.keys.contains(key) }?.command
    }

    /// What one of this entry's hints says now.
    ///
    /// - Parameters:
    ///   - hint: one of `hints`.
    ///   - state: the dashboard's state.
    /// - Returns: the hint's own words, or the ones its command gives for the focused pane.
    func meaning(of hint: Hint, in state: AppState) -> String? {
        hint.meaning ?? commands.lazy.compactMap { $0.command.hint(in: state) }.first
    }
}
