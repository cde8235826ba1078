extension AppState {
    /// The form field that has focus, which decides what ←, →, ? and Ctrl-O mean; nil without a form or fields.
    var focusedField: FormField? {
        guard let form, !form.fields.isEmpty else { return nil }
        return form.fields[form.focus]
    }
}
