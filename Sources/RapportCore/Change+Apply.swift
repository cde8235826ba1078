extension Change {
    /// Applies this change to a client document, validating it first.
    ///
    /// This is the only place where edits become documents. The store calls it on the freshest copy of the file,
    /// so two people appending at once both keep their appends.
    ///
    /// - Parameters:
    ///   - client: the current document, or nil when the client does not exist yet.
    ///   - today: the day the edit is made, for checks such as "not done before it happens".
    ///   - ids: where the ids of new records come from; without it they derive from the document and the day, as
    ///     the demo and tests want, and the store always gives it.
    /// - Returns: the new document. Stamps are left to the store, which puts them on with `stamped(_:against:_:)`.
    /// - Throws: a `ChangeError` naming the field at fault.
    public func apply(to client: Client?, today: Day, ids: RecordIDs? = nil) throws(ChangeError) -> Client {
        var ids =
            ids ?? RecordIDs(day: today, seed: RecordID.fnv1a("\(client?.id ?? createdID)/\(client?.recordCount ?? 0)"))
        if case .restore(let old) = self {
            guard old.id == client?.id ?? old.id else {
                throw ChangeError(field: "id", "the backup is of \"\(old.id)\", not of \"\(client!.id)\"")
            }
            return old
        }
        if case .addClient(var new) = self {
            guard client == nil else { throw ChangeError(field: "id", "a client with id \"\(new.id)\" already exists") }
            try ClientID.validate(new.id)
            try Validate.profile(name: new.name, size: new.size, travelMinutes: new.travelMinutes)
            if new.pipeline != nil { try Validate.prospect(&new.pipeline!) }
            if new.uid.isEmpty { new.uid = ids.next() }
            for index in new.people.indices where new.people[index].id.isEmpty { new.people[index].id = ids.next() }
            return new
        }
        guard var c = client else { throw ChangeError(field: "client", "no such client") }
        switch self {
        case .addClient, .restore:
            break
        case .editClient(let edit):
            try c.edit(edit)
        case .setAgreement(let edit, let from):
            try c.setAgreement(edit, from: from, ids: &ids)
        case .addPerson(var person):
            if person.id.isEmpty { person.id = ids.next() }
            try c.addPerson(person)
        case .addVisit(let on, let at, let technician, let note):
            try c.addVisit(on: on, at: at, technician: technician, note: note, id: ids.next())
        case .moveVisit(let from, let to, let at):
            try c.moveVisit(from: from, to: to, at: at, newID: ids.next())
        case .cancelVisit(let on, let note):
            try c.cancelVisit(on: on, note: note, newID: ids.next())
        case .completeVisit(let on, let hours, let note, let technician):
            try c.completeVisit(
                on: on, hours: hours, note: note, technician: technician, today: today, newID: ids.next())
        case .logTouchpoint(let on, let via, let by, let note, let followUp):
            guard on <= today else { throw ChangeError(field: "on", "a contact cannot be logged in the future") }
            if let followUp, followUp < on {
                throw ChangeError(field: "follow-up", "the follow-up date is before the contact itself")
            }
            c.touchpoints.append(Touchpoint(id: ids.next(), on: on, via: via, by: by, note: note, followUp: followUp))
        case .markSurveySent(let on):
            guard on <= today else { throw ChangeError(field: "on", "a survey cannot be sent in the future") }
            c.surveys.append(Survey(id: ids.next(), sent: on))
        case .markSurveyAnswered(let on, let score, let comment):
            try c.recordSurveyAnswer(on: on, score: score, comment: comment, today: today, newID: ids.next())
        case .renew(let fee, let termMonths):
            try c.renew(fee: fee, termMonths: termMonths, today: today, id: ids.next())
        case .markProposalSent(let on):
            guard on <= today else { throw ChangeError(field: "on", "a proposal cannot be sent in the future") }
            try c.markProposalSent(on: on, today: today)
        case .adjustHours(let on, let hours, let note):
            try c.adjustHours(on: on, hours: hours, note: note, id: ids.next())
        case .updateProspect(let edit):
            try c.updateProspect(edit)
        case .endAgreement(let on, let reason):
            try c.endAgreement(on: on, reason: reason)
        case .editTouchpoint(let id, let edit):
            try c.editTouchpoint(id, edit, today: today)
        case .editVisit(let id, let edit):
            try c.editVisit(id, edit, today: today)
        case .editSurvey(let id, let edit):
            try c.editSurvey(id, edit, today: today)
        case .editHoursAdjustment(let id, let edit):
            try c.editHoursAdjustment(id, edit)
        case .deleteRecord(let id):
            try c.deleteRecord(id)
        case .editPerson(let id, let edit):
            try c.editPerson(id, edit)
        case .removePerson(let id):
            try c.removePerson(id)
        case .resolveConflict(let id, let keep):
            try c.resolveConflict(id, keep: keep)
        case .openRequest(let at, let via, let summary):
            try c.openRequest(at: at, via: via, summary: summary, today: today, id: ids.next())
        case .respondToRequest(let id, let at):
            try c.respondToRequest(id, at: at, today: today)
        case .closeRequest(let id, let closing):
            try c.closeRequest(id, closing, today: today)
        case .revert(let before, let after):
            guard before.id == c.id, after.id == c.id else {
                throw ChangeError(field: "id", "the change taken back is of \"\(after.id)\", not of \"\(c.id)\"")
            }
            c = try c.reverted(before: before, after: after).client
        }
        return c
    }
}

extension Change {
    /// The id of the client this change creates, or "".
    private var createdID: String {
        if case .addClient(let client) = self { return client.id }
        return ""
    }
}

extension Client {
    /// How many records the document holds, itself included, which tells apart the ids made for it on one day
    /// without a store.
    var recordCount: Int {
        1 + people.count + terms.count + visits.count + touchpoints.count + surveys.count + (requests?.count ?? 0)
            + terms.reduce(0) { $0 + ($1.hoursBank?.adjustments.count ?? 0) }
    }
}

// MARK: - Validation shared by several changes

/// Input checks that several changes share.
enum Validate {
    static func profile(name: String, size: CompanySize, travelMinutes: Int?) throws(ChangeError) {
        try text(name, field: "name", required: true, limit: 200)
        guard size.workstations >= 0, size.workstations <= 100_000 else {
            throw ChangeError(field: "workstations", "must be a whole number from 0 to 100000, e.g. 18")
        }
        guard size.servers >= 0, size.servers <= 10_000 else {
            throw ChangeError(field: "servers", "must be a whole number from 0 to 10000, e.g. 1")
        }
        if let travelMinutes, !(0...1440).contains(travelMinutes) {
            throw ChangeError(field: "travel-minutes", "must be a whole number of minutes from 0 to 1440, e.g. 25")
        }
    }

    /// A lost prospect says why, and has no next step any more.
    static func prospect(_ prospect: inout Prospect) throws(ChangeError) {
        guard prospect.stage == .lost else { return }
        guard let reason = prospect.lostReason, !reason.trimmingWhitespace().isEmpty else {
            throw ChangeError(field: "reason", "a lost prospect needs the reason it was lost, e.g. \"Too dear\"")
        }
        prospect.nextStep = nil
        prospect.nextStepOn = nil
    }

    static func text(_ value: String, field: String, required: Bool = false, limit: Int = 10_000) throws(ChangeError) {
        if required && value.trimmingWhitespace().isEmpty {
            throw ChangeError(field: field, "must not be empty")
        }
        guard value.count <= limit else {
            throw ChangeError(field: field, "is \(value.count) characters long; the limit is \(limit)")
        }
    }

    /// An email address, or "" for none.
    static func email(_ email: String) throws(ChangeError) {
        if !email.isEmpty, !email.contains("@") || email.contains(" ") {
            throw ChangeError(field: "email", "\"\(email)\" is not an email address, e.g. dana@acme.example")
        }
    }

    static func agreement(_ a: Agreement) throws(ChangeError) {
        guard a.monthlyFee >= .zero else { throw ChangeError(field: "fee", "must not be negative, e.g. 900.00") }
        guard (1...120).contains(a.termMonths) else {
            throw ChangeError(field: "term", "must be a whole number of months from 1 to 120, e.g. 12")
        }
        if let days = a.contactEveryDays, !(1...365).contains(days) {
            throw ChangeError(field: "contact-every", "must be a whole number of days from 1 to 365, e.g. 14")
        }
        if let days = a.surveyLeadDays, !(0...365).contains(days) {
            throw ChangeError(field: "survey-lead", "must be a whole number of days from 0 to 365, e.g. 60")
        }
        if let percent = a.hourlyDiscountPercent, !(0...100).contains(percent) {
            throw ChangeError(field: "discount", "must be a percentage from 0 to 100, e.g. 15")
        }
        if let hours = a.minimumHours, !(0...24).contains(hours) {
            throw ChangeError(field: "minimum-hours", "must be from 0 to 24 hours, e.g. 1")
        }
        switch (a.kind, a.hoursBank) {
        case (.block, nil):
            throw ChangeError(field: "hours", "a block agreement needs the number of prepaid hours, e.g. --hours 40")
        case (.block, let bank?) where !(bank.purchased > 0 && bank.purchased <= 100_000):
            throw ChangeError(field: "hours", "must be more than 0 and at most 100000, e.g. 40")
        case (.fixed, _?), (.retainer, _?):
            throw ChangeError(field: "hours", "only a block agreement has an hours bank")
        default:
            break
        }
    }

    static func hours(_ hours: Double) throws(ChangeError) {
        guard hours.isFinite, hours > 0, hours <= 24 else {
            throw ChangeError(field: "hours", "must be more than 0 and at most 24, e.g. 1.5")
        }
    }
}
