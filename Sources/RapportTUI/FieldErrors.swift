import RapportCore

/// What a submit found wrong: an error beside each field that has one, and one for the whole form.
public struct FieldErrors: Error, Sendable, Equatable {
    public var byField: [FieldID: String]
    /// An error that belongs to no field the form shows.
    public var form: String?

    init(_ byField: [FieldID: String] = [:], form: String? = nil) {
        self.byField = byField
        self.form = form
    }

    /// One error, beside a field or, without one, for the whole form.
    init(_ message: String, on field: FieldID?) {
        self.init(field.map { [$0: message] } ?? [:], form: field == nil ? message : nil)
    }

    /// A refusal from the core, beside the field it names.
    init(_ refusal: ChangeError) {
        self.init(refusal.message, on: refusal.field.flatMap(FieldID.init(rawValue:)))
    }

    var isEmpty: Bool { byField.isEmpty && form == nil }
}
