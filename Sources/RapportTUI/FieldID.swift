/// Names a form field, so that a form reads its values and places its errors by a name the compiler checks.
///
/// The raw value is the name the core gives the field when it refuses a change (`ChangeError.field`), the same as the
/// command line's option, so a refusal finds its field.
public enum FieldID: String, Sendable, Equatable, Hashable {
    // The client and its profile
    case client, name, status, workstations, servers, address, travelMinutes = "travel-minutes", source, notes
    // People
    case role, phone, email, primary
    // The agreement
    case kind, fee, start, from, term, visits, time, technician, hours, contactEvery = "contact-every"
    // Visits, contacts and surveys
    case on, at, to, note, via, by, followUp = "follow-up", score, comment, reason, sent, answered
    // Requests
    case summary, billable
    // Prospects
    case trigger, stage, nextStep = "next-step", nextStepOn = "next-step-on"
    // The team and the rate card
    case id, skills, certifications
    case onsite, remote, afterHours = "after-hours", emergency, trip, minimumHours = "minimum-hours", discount, benefits

    /// Whether the field may hold long text: its line breaks are kept, and Ctrl-O opens it in the user's editor.
    var isLongText: Bool {
        switch self {
        case .note, .notes, .comment, .reason, .nextStep, .benefits: true
        default: false
        }
    }
}
