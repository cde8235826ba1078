import RapportCore

/// Where a renewal stands in the pipeline.
public enum RenewalStage: String, Encodable, Sendable, Equatable {
    case upcoming
    case surveyDue = "survey-due"
    case surveySent = "survey-sent"
    case surveyAnswered = "survey-answered"
    case proposalSent = "proposal-sent"
    /// Renewed ahead of the renewal date: the next term is queued.
    case renewed
    case lapsed

    /// The stage of a client's renewal on a day: renewed once the next term is queued, lapsed once the renewal day
    /// has passed without one, proposal-sent once a proposal went out, and otherwise where the survey stands.
    ///
    /// - Parameters:
    ///   - client: the client, with an agreement standing on the day.
    ///   - agreement: that agreement.
    ///   - survey: the survey status of the current term.
    ///   - today: the day.
    init(_ client: Client, agreement: Agreement, survey: SurveyStatus, today: Day) {
        if client.queuedRenewal(on: today) != nil {
            self = .renewed
        } else if client.hasLapsed(on: today) {
            self = .lapsed
        } else if agreement.proposalSent != nil {
            self = .proposalSent
        } else {
            self =
                switch survey {
                case .answered: .surveyAnswered
                case .sent: .surveySent
                case .due: .surveyDue
                case .notYet: .upcoming
                }
        }
    }
}
