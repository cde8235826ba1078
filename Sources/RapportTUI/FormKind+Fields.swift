import RapportCore

// MARK: - Each form's definition, and opening it

extension FormKind {
    static let dateHint = "e.g. today, fri, +2w"

    /// The form's fields and the change it reads from them, each defined in one place.
    var definition: FormDefinition {
        switch self {
        case .addClient: .addClient
        case .editClient: .editClient
        case .addPerson: .addPerson
        case .setAgreement: .setAgreement
        case .scheduleVisit: .scheduleVisit
        case .moveVisit: .moveVisit
        case .cancelVisit: .cancelVisit
        case .completeVisit: .completeVisit
        case .logContact: .logContact
        case .surveySent: .surveySent
        case .surveyAnswered: .surveyAnswered
        case .renew: .renew
        case .endAgreement: .endAgreement
        case .proposalSent: .proposalSent
        case .adjustHours: .adjustHours
        case .addProspect: .addProspect
        case .updateProspect: .updateProspect
        case .addTechnician: .addTechnician
        case .editTechnician: .editTechnician
        case .editRateCard: .editRateCard
        case .editContact: .editContact
        case .editVisit: .editVisit
        case .editSurvey: .editSurvey
        case .editHours: .editHours
        case .editPerson: .editPerson
        case .logRequest: .logRequest
        case .respondToRequest: .respondToRequest
        case .closeRequest: .closeRequest
        }
    }

    /// Opens this form for a client, prefilled from what is selected.
    ///
    /// - Parameters:
    ///   - client: the client it acts on; nil for a new client.
    ///   - visitDay: the selected visit's day, for the visit forms.
    ///   - recordID: the record an edit form changes.
    ///   - state: the dashboard, for today, the team and the client names.
    /// - Returns: the form.
    func open(for client: Client?, visitDay: Day?, recordID: String? = nil, state: AppState) -> FormState {
        let context = FormContext(client: client, visitDay: visitDay, recordID: recordID, state: state)
        var form = FormState(kind: self, clientID: client?.id, fields: definition.fields(context))
        if self == .editTechnician { form.technicianID = context.technician?.id }
        form.recordID = recordID
        return form
    }
}
