// MARK: - Records by id: what they are, and the edits and deletions behind each Change case

/// The kinds of record a client document holds, as commands and screens name them.
public enum RecordKind: String, Sendable, CaseIterable {
    case person, term, visit, contact, survey, hours, request

    /// The kind in words: `visit`, `hours top-up`.
    public var name: String {
        switch self {
        case .term: "term of the agreement"
        case .hours: "hours top-up"
        default: rawValue
        }
    }

    /// The kind with its article, for messages: `a visit`, `an hours top-up`.
    public var noun: String { "\(self == .hours ? "an" : "a") \(name)" }
}

extension Client {
    /// The ids of the records of one kind, in the order the document holds them.
    ///
    /// - Parameter kind: the kind.
    /// - Returns: the ids.
    public func recordIDs(of kind: RecordKind) -> [String] {
        switch kind {
        case .person: people.map(\.id)
        case .term: terms.map(\.id)
        case .visit: visits.map(\.id)
        case .contact: touchpoints.map(\.id)
        case .survey: surveys.map(\.id)
        case .hours: terms.flatMap { $0.hoursBank?.adjustments.map(\.id) ?? [] }
        case .request: (requests ?? []).map(\.id)
        }
    }

    /// What kind of record an id names in this document.
    ///
    /// - Parameter id: the whole id.
    /// - Returns: the kind, or nil when the document holds no such record.
    public func kind(ofRecord id: String) -> RecordKind? {
        RecordKind.allCases.first { recordIDs(of: $0).contains(id) }
    }

    /// A few words that name a record for a person, as status lines and confirmations say it: `the call of Mon 23
    /// Nov`, `Dana Ruiz`, `the survey sent Tue 27 Oct`.
    ///
    /// - Parameter id: the record's id.
    /// - Returns: the words, or nil when the document holds no such record.
    public func describeRecord(_ id: String) -> String? {
        if let person = people.first(where: { $0.id == id }) { return person.name }
        if let visit = visits.first(where: { $0.id == id }) {
            return "the \(visit.status == .planned ? "" : "\(visit.status.rawValue) ")visit of \(visit.on.short)"
        }
        if let touch = touchpoints.first(where: { $0.id == id }) {
            return "the \(touch.via.rawValue) of \(touch.on.short)"
        }
        if let survey = surveys.first(where: { $0.id == id }) {
            if let answered = survey.answered { return "the survey answered \(answered.short)" }
            return "the survey sent \(survey.sent?.short ?? "")"
        }
        if let adjustment = hoursAdjustment(id)?.adjustment {
            return "the \(formatHours(adjustment.hours)) h \(adjustment.hours < 0 ? "correction" : "top-up") of "
                + adjustment.on.short
        }
        if let term = terms.first(where: { $0.id == id }) { return "the agreement's term from \(term.start.short)" }
        if let request = requests?.first(where: { $0.id == id }) {
            return "the \(request.via.name) request of \(request.at.short)"
        }
        return nil
    }

    /// Where a top-up or correction of an hours bank is: the term that holds it, and its place in that term's bank.
    func hoursAdjustment(_ id: String) -> (term: Int, index: Int, adjustment: HoursAdjustment)? {
        for (term, value) in terms.enumerated() {
            if let index = value.hoursBank?.adjustments.firstIndex(where: { $0.id == id }) {
                return (term, index, value.hoursBank!.adjustments[index])
            }
        }
        return nil
    }

    // MARK: - Edits

    mutating func editTouchpoint(_ id: String, _ edit: TouchpointEdit, today: Day) throws(ChangeError) {
        guard edit != TouchpointEdit() else { throw ChangeError.nothingToChange("--note") }
        guard let index = touchpoints.firstIndex(where: { $0.id == id }) else {
            throw ChangeError.noRecord(id, .contact)
        }
        var touch = touchpoints[index]
        if let via = edit.via { touch.via = via }
        if let on = edit.on { touch.on = on }
        if let by = edit.by { touch.by = by.isEmpty ? nil : by }
        if let note = edit.note {
            try Validate.text(note, field: "note")
            touch.note = note.isEmpty ? nil : note
        }
        if let followUp = edit.followUp { touch.followUp = followUp }
        guard touch.on <= today else { throw ChangeError(field: "on", "a contact cannot be logged in the future") }
        if let followUp = touch.followUp, followUp < touch.on {
            throw ChangeError(field: "follow-up", "the follow-up date is before the contact itself")
        }
        touchpoints[index] = touch
    }

    mutating func editVisit(_ id: String, _ edit: VisitEdit, today: Day) throws(ChangeError) {
        guard edit != VisitEdit() else { throw ChangeError.nothingToChange("--note") }
        guard let index = visits.firstIndex(where: { $0.id == id }) else { throw ChangeError.noRecord(id, .visit) }
        var visit = visits[index]
        if let on = edit.on, on != visit.on {
            // A cancelled visit blocks no day, and a day's cancelled visit leaves room for this one.
            if visit.status != .cancelled, let clash = self.visit(on: on), clash.status != .cancelled {
                throw ChangeError(field: "on", "there is already a visit on \(on.short) (\(on))")
            }
            visit.on = on
        }
        if visit.status == .done && visit.on > today {
            throw ChangeError(field: "on", "a visit on \(visit.on.short) cannot be done yet")
        }
        if let at = edit.at { visit.at = at }
        if let technician = edit.technician { visit.technician = technician.isEmpty ? nil : technician }
        if let hours = edit.hours {
            guard visit.status == .done else {
                throw ChangeError(field: "hours", "only a done visit has hours; mark it done (rapport visit done)")
            }
            try Validate.hours(hours)
            visit.hours = hours
        }
        if let note = edit.note {
            try Validate.text(note, field: "note")
            visit.note = note.isEmpty ? nil : note
        }
        visits[index] = visit
    }

    mutating func editSurvey(_ id: String, _ edit: SurveyEdit, today: Day) throws(ChangeError) {
        guard edit != SurveyEdit() else { throw ChangeError.nothingToChange("--comment") }
        guard let index = surveys.firstIndex(where: { $0.id == id }) else { throw ChangeError.noRecord(id, .survey) }
        var survey = surveys[index]
        if let sent = edit.sent { survey.sent = sent }
        if let answered = edit.answered { survey.answered = answered }
        if let score = edit.score {
            guard (0...10).contains(score) else {
                throw ChangeError(field: "score", "must be a whole number from 0 to 10, found \(score)")
            }
            survey.score = score
        }
        if let comment = edit.comment {
            try Validate.text(comment, field: "comment")
            survey.comment = comment.isEmpty ? nil : comment
        }
        if let sent = survey.sent, sent > today {
            throw ChangeError(field: "sent", "a survey cannot be sent in the future")
        }
        if let answered = survey.answered {
            guard answered <= today else {
                throw ChangeError(field: "answered", "a survey cannot be answered in the future")
            }
            if let sent = survey.sent, answered < sent {
                throw ChangeError(field: "answered", "the answer is before the survey was sent on \(sent.short)")
            }
        } else if survey.score != nil || survey.comment != nil {
            throw ChangeError(field: "answered", "a score or comment needs the day it was answered, e.g. today")
        }
        surveys[index] = survey
    }

    mutating func editHoursAdjustment(_ id: String, _ edit: HoursAdjustmentEdit) throws(ChangeError) {
        guard edit != HoursAdjustmentEdit() else { throw ChangeError.nothingToChange("--hours") }
        guard let (term, index, old) = hoursAdjustment(id) else { throw ChangeError.noRecord(id, .hours) }
        var adjustment = old
        if let on = edit.on {
            // The top-up belongs to its term's bank; another term has a bank of its own.
            guard terms[term].covers(on) else {
                throw ChangeError(
                    field: "on",
                    "the top-up belongs to the term from \(terms[term].start) to \(terms[term].end); delete it and "
                        + "add it again on the new day")
            }
            adjustment.on = on
        }
        if let hours = edit.hours {
            guard hours.isFinite, hours != 0, abs(hours) <= 10_000 else {
                throw ChangeError(field: "hours", "must be a number of hours other than 0, e.g. 10 or -2")
            }
            adjustment.hours = hours
        }
        if let note = edit.note {
            try Validate.text(note, field: "note")
            adjustment.note = note.isEmpty ? nil : note
        }
        terms[term].hoursBank?.adjustments[index] = adjustment
        try checkBank(ofTerm: term)
    }

    mutating func editPerson(_ id: String, _ edit: PersonEdit) throws(ChangeError) {
        guard edit != PersonEdit() else { throw ChangeError.nothingToChange("--phone") }
        guard let index = people.firstIndex(where: { $0.id == id }) else { throw ChangeError.noRecord(id, .person) }
        var person = people[index]
        if let name = edit.name {
            try Validate.text(name, field: "name", required: true, limit: 200)
            person.name = name
        }
        if let role = edit.role { person.role = role.isEmpty ? nil : role }
        if let phone = edit.phone { person.phone = phone.isEmpty ? nil : phone }
        if let email = edit.email {
            try Validate.email(email)
            person.email = email.isEmpty ? nil : email
        }
        if let primary = edit.primary {
            if primary {
                for other in people.indices { people[other].primary = false }
            }
            person.primary = primary
        }
        people[index] = person
    }

    // MARK: - Deletions

    mutating func removePerson(_ id: String) throws(ChangeError) {
        guard let index = people.firstIndex(where: { $0.id == id }) else { throw ChangeError.noRecord(id, .person) }
        people.remove(at: index)
    }

    /// Deletes a visit, contact, survey or top-up of an hours bank. A deleted visit that stood in for an occurrence
    /// of the visit rule gives that occurrence back to the calendar.
    mutating func deleteRecord(_ id: String) throws(ChangeError) {
        switch kind(ofRecord: id) {
        case .visit?: visits.removeAll { $0.id == id }
        case .contact?: touchpoints.removeAll { $0.id == id }
        case .request?: requests?.removeAll { $0.id == id }
        case .survey?: surveys.removeAll { $0.id == id }
        case .hours?:
            let (term, index, _) = hoursAdjustment(id)!
            terms[term].hoursBank?.adjustments.remove(at: index)
            try checkBank(ofTerm: term)
        case .term?:
            throw ChangeError(
                field: "id",
                "a term of the agreement is not deleted; end the agreement (rapport agreement end) or change it from "
                    + "a day (rapport agreement set --from)")
        case .person?:
            throw ChangeError(field: "id", "a person is removed with rapport person remove")
        case nil:
            throw ChangeError(field: "id", "no record has the id \(id)")
        }
    }

    /// Refuses a bank whose purchased hours and top-ups, over the contract that holds a term, come to less than
    /// nothing, as `adjustHours` does.
    private func checkBank(ofTerm term: Int) throws(ChangeError) {
        guard let contract = contracts.first(where: { $0.contains(term) }), let bank = terms[term].hoursBank else {
            return
        }
        let held =
            bank.purchased
            + terms[contract].reduce(0) { $0 + ($1.hoursBank?.adjustments ?? []).reduce(0) { $0 + $1.hours } }
        guard held >= 0 else {
            throw ChangeError(
                field: "hours",
                "the bank would hold \(formatHours(held)) h purchased and topped up; it never goes below zero")
        }
    }
}

extension ChangeError {
    /// An edit that names no field.
    static func nothingToChange(_ example: String) -> ChangeError {
        ChangeError("name at least one field to change, e.g. \(example)")
    }

    /// An id the document does not hold as a record of a kind.
    static func noRecord(_ id: String, _ kind: RecordKind) -> ChangeError {
        ChangeError(field: "id", "no \(kind.name) has the id \(id)")
    }
}

// MARK: - Finding a record from what was typed

extension RecordID {
    /// Finds the one record of a kind, in whichever of some clients holds it, whose id starts with what was typed,
    /// as git finds a commit from a short hash.
    ///
    /// - Parameters:
    ///   - typed: a whole id or the start of one, in either case.
    ///   - kind: the kind of record the command acts on.
    ///   - clients: the clients' whole documents.
    /// - Returns: the client that holds the record, and the record's whole id.
    /// - Throws: `ChangeError` when no record of the kind, or more than one, starts that way; one of another kind is
    ///   named, so that a visit's id given to a contact's command says what it is.
    public static func find(_ typed: String, kind: RecordKind, in clients: [Client]) throws(ChangeError) -> (
        client: Client, id: String
    ) {
        let prefix = typed.lowercased()
        func starting(_ kind: RecordKind) -> [(client: Client, id: String)] {
            guard !prefix.isEmpty else { return [] }
            return clients.flatMap { client in
                client.recordIDs(of: kind).filter { $0.hasPrefix(prefix) }.map { (client, $0) }
            }
        }
        let matches = starting(kind)
        if matches.count == 1 { return matches[0] }
        guard !matches.isEmpty else {
            for other in RecordKind.allCases where other != kind {
                if let match = starting(other).first {
                    throw ChangeError("\"\(typed)\" is \(other.noun) of \(match.client.id), not \(kind.noun)")
                }
            }
            throw ChangeError("no \(kind.name) has an id starting \"\(typed)\"")
        }
        let ids = clients.flatMap { $0.recordIDs(of: kind) }
        let shown = matches.prefix(3).map { "\($0.client.id) \(short($0.id, among: ids))" }.joined(separator: ", ")
        throw ChangeError("\"\(typed)\" starts \(matches.count) \(kind.name) ids (\(shown)); type more of it")
    }
}

extension Client {
    /// The person named by what was typed: their name, or the start of it or of their id that no one else shares.
    ///
    /// - Parameter typed: a name or an id, whole or its start, in either case.
    /// - Returns: the person.
    /// - Throws: `ChangeError` naming the people there are when no one, or more than one, matches.
    public func person(matching typed: String) throws(ChangeError) -> Person {
        let lower = typed.lowercased()
        let exact = people.filter { $0.name.lowercased() == lower }
        let matches =
            !exact.isEmpty
            ? exact
            : lower.isEmpty ? [] : people.filter { $0.id.hasPrefix(lower) || $0.name.lowercased().hasPrefix(lower) }
        if matches.count == 1 { return matches[0] }
        let ids = recordIDs
        let listed = (matches.isEmpty ? people : matches).map { "\($0.name) (\(RecordID.short($0.id, among: ids)))" }
            .joined(separator: ", ")
        guard matches.isEmpty else {
            throw ChangeError("\"\(typed)\" matches \(matches.count) people: \(listed); give the id")
        }
        throw ChangeError(
            "\(id) has no person called \"\(typed)\" or with an id starting so"
                + (people.isEmpty ? "" : "; the people are \(listed)"))
    }
}
