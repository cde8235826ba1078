import RapportCore

/// What a form opens on: the client it acts on, the visit selected, and the dashboard for today, the team and the
/// client names.
struct FormContext {
    /// The client the form acts on; nil for a new client and the settings forms.
    let client: Client?
    /// The selected visit's day, for the visit forms.
    let visitDay: Day?
    /// The record an edit form changes.
    let recordID: String?
    let state: AppState

    var today: Day { state.today }
    /// The agreement in force today.
    var agreement: Agreement? { client?.agreement(on: today) }
    /// The technicians' ids, for completion.
    var team: [String] { state.portfolio.settings.technicians.map(\.id) }
    /// The selected technician, for the team forms.
    var technician: Technician? { state.selectedRow?.technicianID.flatMap(state.portfolio.settings.technician) }

    /// The field that names the client, completing to the client names.
    var clientField: FormField {
        FormField(
            .client, "Client", value: client?.name ?? "", hint: "type to complete",
            completions: state.portfolio.clients.map(\.name))
    }

    /// A field that takes a date and time, as the command line's `--at` does, now until changed.
    func momentField(_ id: FieldID, _ label: String) -> FormField {
        FormField(id, label, value: state.now.description, hint: "YYYY-MM-DD HH:MM")
    }

    /// A field that takes a day, e.g. `today`, `fri` or `+2w`.
    func dayField(_ id: FieldID, _ label: String, value: Day? = nil, hint: String = FormKind.dateHint) -> FormField {
        FormField(id, label, value: value?.description ?? "", hint: hint)
    }
}
