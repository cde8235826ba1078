/// One edit to one client, as a value.
///
/// Every write, from the command line or a dashboard form, is a `Change`. `apply(to:today:)` is the only code
/// that turns a change into a new client document; the store adds locking, re-reading and durable writing.
public enum Change: Sendable, Equatable {
    /// Creates the client; the document must not exist yet.
    case addClient(Client)
    /// Replaces the profile fields that are set in the edit.
    case editClient(ClientEdit)
    /// Starts an agreement on a day, or changes the named parts of the one standing from that day on: the term in
    /// force then is split, so every day before keeps what it had.
    case setAgreement(AgreementEdit, from: Day)
    case addPerson(Person)
    /// Schedules an ad-hoc visit.
    case addVisit(on: Day, at: TimeOfDay?, technician: String?, note: String?)
    case moveVisit(from: Day, to: Day, at: TimeOfDay?)
    case cancelVisit(on: Day, note: String?)
    /// Marks the visit on a day done; with no visit scheduled that day it records an unscheduled one.
    case completeVisit(on: Day, hours: Double, note: String?, technician: String?)
    case logTouchpoint(on: Day, via: ContactChannel, by: String?, note: String?, followUp: Day?)
    case markSurveySent(on: Day)
    case markSurveyAnswered(on: Day, score: Int, comment: String?)
    /// Queues the next term from the renewal date, optionally at a new fee or length; the term in force runs to its
    /// end. Renewing again before that day changes the queued term.
    case renew(fee: Money?, termMonths: Int?)
    /// Ends the agreement on a day, keeping every day before; the client becomes a former client.
    case endAgreement(on: Day, reason: String?)
    /// Records that the renewal proposal for the current term went out.
    case markProposalSent(on: Day)
    /// Tops up (or corrects) a block agreement's hours bank.
    case adjustHours(on: Day, hours: Double, note: String?)
    /// Moves a prospect along the pipeline, or changes its details.
    case updateProspect(ProspectEdit)
    /// Puts back an earlier version of the client's document, such as one from the store's backups.
    case restore(Client)
    /// Changes the named fields of a logged contact.
    case editTouchpoint(id: String, TouchpointEdit)
    /// Changes the named fields of a stored visit.
    case editVisit(id: String, VisitEdit)
    /// Changes the named fields of a survey.
    case editSurvey(id: String, SurveyEdit)
    /// Changes the named fields of a top-up or correction of the hours bank.
    case editHoursAdjustment(id: String, HoursAdjustmentEdit)
    /// Deletes a visit, contact, survey or hours top-up.
    case deleteRecord(id: String)
    case editPerson(id: String, PersonEdit)
    case removePerson(id: String)
    /// Logs a client's request for help, made at a wall-clock time by a channel.
    case openRequest(at: DayTime, via: RequestChannel, summary: String)
    /// Records when a request was first answered.
    case respondToRequest(id: String, at: DayTime)
    /// Records the work done on a request and closes it.
    case closeRequest(id: String, RequestClosing)
    /// Takes back the change that turned `before` into `after`, keeping what others changed since
    /// (`Client.reverted(before:after:)`): the dashboard's undo, and its redo.
    case revert(before: Client, after: Client)
    /// Settles an open conflict a merge left (`Conflict`): keeps the value the merge kept, or puts the other back.
    case resolveConflict(id: String, keep: ConflictSide)

    /// Starts an agreement on its start day with every figure and promise it holds.
    ///
    /// - Parameter agreement: the agreement.
    /// - Returns: the change.
    public static func setAgreement(_ agreement: Agreement) -> Change {
        .setAgreement(AgreementEdit(agreement), from: agreement.start)
    }

    /// Whether this change creates the client rather than editing an existing one.
    public var createsClient: Bool {
        if case .addClient = self { return true }
        return false
    }

    /// Whether this change replaces the whole document, so it may overwrite a file that cannot be read.
    public var replacesDocument: Bool {
        if case .restore = self { return true }
        return false
    }

    /// A short past-tense description for status lines and CLI output.
    ///
    /// A date over two years from today shows its year, so that a mistyped year is seen when it is saved.
    ///
    /// - Parameters:
    ///   - today: the day the change is made.
    ///   - client: the document the change was made to, which names the record an edit or a deletion is about.
    /// - Returns: the description, e.g. `logged a call on Tue 1 Dec` or `deleted the call of Mon 23 Nov`.
    public func summary(today: Day, in client: Client? = nil) -> String {
        func short(_ day: Day) -> String { DateInput.isFar(day, from: today) ? day.long : day.short }
        func record(_ id: String, _ kind: RecordKind) -> String { client?.describeRecord(id) ?? kind.noun }
        return switch self {
        case .addClient: "added as a new client"
        case .editClient: "updated the profile"
        case .setAgreement(_, let from): "set the agreement from \(short(from))"
        case .addPerson(let person): "added \(person.name)"
        case .addVisit(let on, _, _, _): "scheduled a visit on \(short(on))"
        case .moveVisit(let from, let to, _): "moved the visit of \(short(from)) to \(short(to))"
        case .cancelVisit(let on, _): "cancelled the visit on \(short(on))"
        case .completeVisit(let on, let hours, _, _): "marked the visit on \(short(on)) done (\(formatHours(hours)) h)"
        case .logTouchpoint(let on, let via, _, _, _): "logged \(via.withArticle) on \(short(on))"
        case .markSurveySent(let on): "marked the survey sent on \(short(on))"
        case .markSurveyAnswered(_, let score, _): "recorded a survey score of \(score)"
        case .renew: "renewed the agreement"
        case .endAgreement(let on, _): "ended the agreement on \(short(on))"
        case .restore: "restored an earlier version"
        case .markProposalSent(let on): "marked the renewal proposal sent on \(short(on))"
        case .adjustHours(_, let hours, _):
            "\(hours < 0 ? "took" : "added") \(formatHours(abs(hours))) h \(hours < 0 ? "from" : "to") the hours bank"
        case .updateProspect(let edit):
            edit.stage.map { "moved the prospect to \($0.rawValue)" } ?? "updated the prospect"
        case .editTouchpoint(let id, _): "edited \(record(id, .contact))"
        case .editVisit(let id, _): "edited \(record(id, .visit))"
        case .editSurvey(let id, _): "edited \(record(id, .survey))"
        case .editHoursAdjustment(let id, _): "edited \(record(id, .hours))"
        case .deleteRecord(let id): "deleted \(client?.describeRecord(id) ?? "a record")"
        case .editPerson(let id, _): "edited \(record(id, .person))"
        case .removePerson(let id): "removed \(record(id, .person))"
        case .openRequest(let at, let via, _): "logged \(via.withArticle) request at \(at.short)"
        case .respondToRequest(let id, let at): "answered \(record(id, .request)) at \(at.short)"
        case .closeRequest(let id, let closing):
            "closed \(record(id, .request)) (\(formatHours(closing.hours)) h)"
        case .revert: "took back a change"
        case .resolveConflict(_, let keep): "resolved a conflict, keeping \(keep.rawValue)"
        }
    }
}

/// The profile fields to change on a client; nil leaves a field as it is.
public struct ClientEdit: Sendable, Equatable {
    public var name: String?
    public var status: ClientStatus?
    public var source: ClientSource?
    public var size: CompanySize?
    public var address: String?
    public var travelMinutes: Int?
    public var notes: String?
    /// The technologies the client runs; an empty list clears them.
    public var needs: [String]?

    public init(
        name: String? = nil, status: ClientStatus? = nil, source: ClientSource? = nil, size: CompanySize? = nil,
        address: String? = nil, travelMinutes: Int? = nil, notes: String? = nil, needs: [String]? = nil
    ) {
        self.needs = needs
        self.name = name
        self.status = status
        self.source = source
        self.size = size
        self.address = address
        self.travelMinutes = travelMinutes
        self.notes = notes
    }
}

/// The parts of an agreement to set; nil leaves a part as it is.
public struct AgreementEdit: Sendable, Equatable {
    public var kind: AgreementKind?
    public var monthlyFee: Money?
    /// The contract's length in months.
    public var termMonths: Int?
    public var visitRule: RecurrenceRule?
    public var visitTime: TimeOfDay?
    public var visitTechnician: String?
    public var contactEveryDays: Int?
    public var surveyLeadDays: Int?
    public var surveyCadence: SurveyCadence?
    /// The prepaid hours of a block agreement.
    public var hours: Double?
    public var minimumHours: Double?
    public var hourlyDiscountPercent: Int?
    public var tripCharge: Money?
    public var afterHoursPremiumWaived: Bool?
    public var onsiteHours: Double?
    public var phoneMinutes: Int?
    public var remoteHours: Double?

    public init(
        kind: AgreementKind? = nil, monthlyFee: Money? = nil, termMonths: Int? = nil, visitRule: RecurrenceRule? = nil,
        visitTime: TimeOfDay? = nil, visitTechnician: String? = nil, contactEveryDays: Int? = nil,
        surveyLeadDays: Int? = nil, surveyCadence: SurveyCadence? = nil, hours: Double? = nil,
        minimumHours: Double? = nil, hourlyDiscountPercent: Int? = nil, tripCharge: Money? = nil,
        afterHoursPremiumWaived: Bool? = nil, onsiteHours: Double? = nil, phoneMinutes: Int? = nil,
        remoteHours: Double? = nil
    ) {
        self.kind = kind
        self.monthlyFee = monthlyFee
        self.termMonths = termMonths
        self.visitRule = visitRule
        self.visitTime = visitTime
        self.visitTechnician = visitTechnician
        self.contactEveryDays = contactEveryDays
        self.surveyLeadDays = surveyLeadDays
        self.surveyCadence = surveyCadence
        self.hours = hours
        self.minimumHours = minimumHours
        self.hourlyDiscountPercent = hourlyDiscountPercent
        self.tripCharge = tripCharge
        self.afterHoursPremiumWaived = afterHoursPremiumWaived
        self.onsiteHours = onsiteHours
        self.phoneMinutes = phoneMinutes
        self.remoteHours = remoteHours
    }

    /// Every part of an agreement, as when one is started.
    ///
    /// - Parameter agreement: the agreement.
    public init(_ agreement: Agreement) {
        self.init(
            kind: agreement.kind, monthlyFee: agreement.monthlyFee, termMonths: agreement.termMonths,
            visitRule: agreement.visits?.rule, visitTime: agreement.visits?.time,
            visitTechnician: agreement.visits?.technician, contactEveryDays: agreement.contactEveryDays,
            surveyLeadDays: agreement.surveyLeadDays, surveyCadence: agreement.surveyCadence,
            hours: agreement.hoursBank?.purchased, minimumHours: agreement.minimumHours,
            hourlyDiscountPercent: agreement.hourlyDiscountPercent, tripCharge: agreement.tripCharge,
            afterHoursPremiumWaived: agreement.afterHoursPremiumWaived, onsiteHours: agreement.response?.onsiteHours,
            phoneMinutes: agreement.response?.phoneMinutes, remoteHours: agreement.response?.remoteHours)
    }

    /// Whether the edit names nothing to change.
    public var isEmpty: Bool { self == AgreementEdit() }
}

/// Why a change cannot be applied, in words for the person who asked for it.
public struct ChangeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input field the problem is about, such as `fee` or `on`, when there is one.
    public var field: String?
    public var message: String

    public init(field: String? = nil, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { field.map { "\($0): \(message)" } ?? message }
}

/// Formats hours without a needless `.0`, e.g. `1.5` or `2`.
///
/// - Parameter hours: the hours.
/// - Returns: the shortest faithful text.
public func formatHours(_ hours: Double) -> String {
    // Sums of fractional hours carry binary noise (3.1000000000000014); thousandths keep eighths of an hour exact.
    let thousandths = (hours * 1000).rounded()
    guard abs(thousandths) < 1e12 else { return String(hours) }
    let value = Int(thousandths)
    let sign = value < 0 ? "-" : ""
    var fraction = pad(abs(value) % 1000, 3)
    while fraction.last == "0" { fraction.removeLast() }
    return "\(sign)\(abs(value) / 1000)" + (fraction.isEmpty ? "" : ".\(fraction)")
}
