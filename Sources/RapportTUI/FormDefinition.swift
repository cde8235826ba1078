/// One form, in one place: the fields it opens with and the change it reads back from them as typed values.
struct FormDefinition: Sendable {
    /// The fields, prefilled from what the form opens on.
    let fields: @Sendable (FormContext) -> [FormField]
    /// The change the filled fields ask for, or nil when a field was refused; the reader keeps the errors.
    let change: @Sendable (inout FieldReader) -> FormChange?
}
