import Foundation

/// An open form: its fields, which one has focus, and what the last submit said.
public struct FormState: Sendable, Equatable {
    public var kind: FormKind
    /// The client the form acts on; nil for a new client.
    public var clientID: String?
    /// The technician a team form acts on.
    public var technicianID: String?
    public var fields: [FormField]
    public var focus = 0
    /// An error that belongs to no single field, such as a failed write.
    public var error: String?
    /// True between a submit and the store's answer.
    public var saving = false

    public init(kind: FormKind, clientID: String?, fields: [FormField]) {
        self.kind = kind
        self.clientID = clientID
        self.fields = fields
    }

    /// Whether anything was typed that a quit would lose.
    public var isDirty: Bool { fields.contains { $0.value != $0.initial } }

    /// The value of a field by key.
    ///
    /// - Parameter key: the field key.
    /// - Returns: the trimmed value, nil when empty.
    func value(_ key: String) -> String? {
        guard let text = fields.first(where: { $0.key == key })?.value.trimmingCharacters(in: .whitespaces),
            !text.isEmpty
        else { return nil }
        return text
    }
}

/// One field of a form.
public struct FormField: Sendable, Equatable {
    public var key: String
    public var label: String
    public var value: String
    /// The value the form opened with, to tell whether anything was typed.
    public var initial: String
    /// What the field accepts, shown beside it.
    public var hint: String
    /// Values ←/→ cycle through; typing is still allowed where `free` is set.
    public var choices: [String]
    /// Values the field can complete to, such as client names or technician ids.
    public var completions: [String]
    public var error: String?
    /// Whether anything was typed or erased here since the form opened.
    public var edited = false

    public init(
        _ key: String, _ label: String, value: String = "", hint: String = "", choices: [String] = [],
        completions: [String] = []
    ) {
        self.key = key
        self.label = label
        self.value = value
        self.initial = value
        self.hint = hint
        self.choices = choices
        self.completions = completions
    }

    /// The keys of fields that may hold long text.
    private static let longTextKeys: Set<String> = ["note", "notes", "comment", "reason", "next-step", "benefits"]

    /// Whether the field may hold long text, which Ctrl-E opens in the user's editor.
    var isLongText: Bool { FormField.longTextKeys.contains(key) }

    /// The first completion that extends what was typed, if it adds anything.
    public var suggestion: String? {
        let typed = value.lowercased()
        guard !typed.isEmpty else { return nil }
        return completions.first { $0.lowercased().hasPrefix(typed) && $0.count > value.count }
    }
}
