import Foundation

/// An open form: its fields, which one has focus, and what the last submit said.
public struct FormState: Sendable, Equatable {
    public var kind: FormKind
    /// The client the form acts on; nil for a new client.
    public var clientID: String?
    /// The technician a team form acts on.
    public var technicianID: String?
    /// The person, visit, contact, survey or hours top-up an edit form changes.
    public var recordID: String?
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

    /// The value of a field.
    ///
    /// - Parameter id: the field.
    /// - Returns: the trimmed value, nil when empty or when the form has no such field.
    func value(_ id: FieldID) -> String? {
        guard let text = fields.first(where: { $0.id == id })?.value.trimmingCharacters(in: .whitespaces),
            !text.isEmpty
        else { return nil }
        return text
    }

    /// Shows what a submit or the store found wrong, each error beside its field, or under the form when the form
    /// does not show that field, and moves to the first field with an error.
    mutating func show(_ errors: FieldErrors) {
        error = errors.form
        for (id, message) in errors.byField {
            if let index = fields.firstIndex(where: { $0.id == id }) {
                fields[index].error = message
            } else {
                error = message
            }
        }
        if let first = fields.firstIndex(where: { $0.error != nil }) { focus = first }
    }
}

/// One field of a form.
public struct FormField: Sendable, Equatable {
    public var id: FieldID
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
    /// How many characters of the value follow the cursor. Counting from the end puts the cursor at the end of a
    /// prefilled value, and keeps it there whenever the value is replaced whole: a choice, a completion, the editor.
    public var charactersAfterCursor = 0

    public init(
        _ id: FieldID, _ label: String, value: String = "", hint: String = "", choices: [String] = [],
        completions: [String] = []
    ) {
        self.id = id
        self.label = label
        self.value = value
        self.initial = value
        self.hint = hint
        self.choices = choices
        self.completions = completions
    }

    /// A field that ←/→ turn between no and yes, read back with `FieldReader.yes`.
    ///
    /// - Parameters:
    ///   - id: the field.
    ///   - label: its label.
    ///   - value: what it opens with.
    /// - Returns: the field.
    static func yesNo(_ id: FieldID, _ label: String, value: Bool = false) -> FormField {
        FormField(id, label, value: value ? "yes" : "no", hint: "←/→", choices: ["no", "yes"])
    }

    /// Whether the field may hold long text, which keeps line breaks and which Ctrl-O opens in the user's editor.
    var isLongText: Bool { id.isLongText }

    /// Where the cursor is: the number of characters before it.
    public var cursor: Int { max(0, value.count - charactersAfterCursor) }

    /// Whether the cursor is after the last character, where typing appends and → completes.
    var cursorIsAtEnd: Bool { charactersAfterCursor <= 0 }

    /// The first completion that extends what was typed, if it adds anything.
    public var suggestion: String? {
        let typed = value.lowercased()
        guard !typed.isEmpty else { return nil }
        return completions.first { $0.lowercased().hasPrefix(typed) && $0.count > value.count }
    }
}
