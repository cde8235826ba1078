import RapportCore

/// The forms the dashboard can open: one for every write the command line can make.
public enum FormKind: Sendable, Equatable, CaseIterable {
    case addClient, editClient, addPerson, setAgreement
    case scheduleVisit, moveVisit, cancelVisit, completeVisit
    case logContact, surveySent, surveyAnswered, renew, endAgreement
    case proposalSent, adjustHours, addProspect, updateProspect
    case addTechnician, editTechnician, editRateCard
    case editContact, editVisit, editSurvey, editHours, editPerson
    case logRequest, respondToRequest, closeRequest

    /// The form's title.
    public var title: String {
        switch self {
        case .addClient: "New client"
        case .editClient: "Edit client"
        case .addPerson: "Add person"
        case .setAgreement: "Agreement"
        case .scheduleVisit: "Schedule visit"
        case .moveVisit: "Move visit"
        case .cancelVisit: "Cancel visit"
        case .completeVisit: "Visit done"
        case .logContact: "Log contact"
        case .surveySent: "Survey sent"
        case .surveyAnswered: "Survey answer"
        case .renew: "Renew agreement"
        case .endAgreement: "End agreement (lost)"
        case .proposalSent: "Renewal proposal sent"
        case .adjustHours: "Top up hours"
        case .addProspect: "New prospect"
        case .updateProspect: "Prospect"
        case .addTechnician: "New technician"
        case .editTechnician: "Technician"
        case .editRateCard: "Rate card"
        case .editContact: "Edit contact"
        case .editVisit: "Edit visit"
        case .editSurvey: "Edit survey"
        case .editHours: "Edit hours top-up"
        case .editPerson: "Edit person"
        case .logRequest: "Log request"
        case .respondToRequest: "Answer request"
        case .closeRequest: "Close request"
        }
    }

    /// The form that edits a record of a kind, selected in a client's detail.
    ///
    /// - Parameter kind: the record's kind.
    /// - Returns: the form, or nil for a kind the detail does not list.
    static func editing(_ kind: RecordKind) -> FormKind? {
        switch kind {
        case .contact: .editContact
        case .visit: .editVisit
        case .survey: .editSurvey
        case .hours: .editHours
        case .person: .editPerson
        case .term, .request: nil
        }
    }

    /// Whether the form edits the record selected in a client's detail.
    var editsRecord: Bool {
        switch self {
        case .editContact, .editVisit, .editSurvey, .editHours, .editPerson: true
        default: false
        }
    }

    /// Whether the form acts on the open request selected in the requests view.
    var actsOnRequest: Bool { self == .respondToRequest || self == .closeRequest }

    /// Whether the form acts on an existing client.
    var needsClient: Bool {
        switch self {
        case .addClient, .addProspect, .addTechnician, .editTechnician, .editRateCard: false
        default: true
        }
    }
}
