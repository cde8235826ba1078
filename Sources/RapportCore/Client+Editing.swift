// MARK: - Edits behind each Change case

extension Client {
    mutating func edit(_ edit: ClientEdit) throws(ChangeError) {
        if let name = edit.name { self.name = name }
        if let status = edit.status { self.status = status }
        if let source = edit.source { self.source = source }
        if let size = edit.size { self.size = size }
        if let address = edit.address { self.address = address.isEmpty ? nil : address }
        if let travelMinutes = edit.travelMinutes { self.travelMinutes = travelMinutes }
        if let notes = edit.notes { self.notes = notes.isEmpty ? nil : notes }
        if let needs = edit.needs { self.needs = needs.isEmpty ? nil : needs }
        try Validate.profile(name: name, size: size, travelMinutes: travelMinutes)
    }

    mutating func addPerson(_ person: Person) throws(ChangeError) {
        try Validate.text(person.name, field: "name", required: true, limit: 200)
        if let email = person.email { try Validate.email(email) }
        var new = person
        // The first person is the one to call until someone says otherwise.
        if people.isEmpty { new.primary = true }
        if new.primary {
            for index in people.indices { people[index].primary = false }
        }
        people.append(new)
    }

    mutating func addVisit(on: Day, at: TimeOfDay?, technician: String?, note: String?, id: String) throws(ChangeError)
    {
        if let existing = visit(on: on), existing.status != .cancelled {
            throw ChangeError(field: "on", "there is already a visit on \(on.short) (\(on))")
        }
        // An extra visit goes to the usual technician unless someone else is named.
        let who = technician ?? agreement(on: on)?.visits?.technician
        visits.append(Visit(id: id, on: on, at: at, technician: who, note: note))
    }

    mutating func moveVisit(from: Day, to: Day, at: TimeOfDay?, newID: String) throws(ChangeError) {
        let visit = try plannedVisit(on: from, field: "from")
        guard from != to || at != nil else { throw ChangeError(field: "to", "the visit is already on \(to.short)") }
        if from != to, let clash = self.visit(on: to), clash.status != .cancelled {
            throw ChangeError(field: "to", "there is already a visit on \(to.short) (\(to))")
        }
        update(visit, newID: newID) { record in
            record.on = to
            if let at { record.at = at }
        }
    }

    mutating func cancelVisit(on day: Day, note: String?, newID: String) throws(ChangeError) {
        let visit = try plannedVisit(on: day, field: "on")
        update(visit, newID: newID) { record in
            record.status = .cancelled
            if let note { record.note = note }
        }
    }

    mutating func completeVisit(
        on day: Day, hours: Double, note: String?, technician: String?, today: Day, newID: String
    ) throws(ChangeError) {
        guard day <= today else { throw ChangeError(field: "on", "a visit on \(day.short) cannot be done yet") }
        try Validate.hours(hours)
        let scheduled = visit(on: day)
        if scheduled?.status == .done {
            throw ChangeError(field: "on", "the visit on \(day.short) is already marked done")
        }
        let target =
            scheduled.flatMap { $0.status == .planned ? $0 : nil }
            ?? ScheduledVisit(on: day, at: nil, technician: technician, status: .planned, occurrence: nil)
        update(target, newID: newID) { record in
            record.status = .done
            record.hours = hours
            if let note { record.note = note }
            if let technician { record.technician = technician }
        }
    }

    mutating func recordSurveyAnswer(
        on: Day, score: Int, comment: String?, today: Day, newID: String
    ) throws(ChangeError) {
        guard (0...10).contains(score) else {
            throw ChangeError(field: "score", "must be a whole number from 0 to 10, found \(score)")
        }
        guard on <= today else { throw ChangeError(field: "on", "a survey cannot be answered in the future") }
        if let index = surveys.lastIndex(where: { $0.answered == nil && ($0.sent ?? on) <= on }) {
            surveys[index].answered = on
            surveys[index].score = score
            surveys[index].comment = comment
        } else {
            surveys.append(Survey(id: newID, answered: on, score: score, comment: comment))
        }
    }

    mutating func updateProspect(_ edit: ProspectEdit) throws(ChangeError) {
        guard var prospect = self.prospect ?? edit.trigger.map({ Prospect(trigger: $0) }) else {
            throw ChangeError(
                field: "trigger",
                "a new prospect needs its trigger: emergency, audit, unhappy-with-provider or referral")
        }
        if let trigger = edit.trigger { prospect.trigger = trigger }
        if let stage = edit.stage {
            guard stage != .won || !terms.isEmpty else {
                throw ChangeError(
                    field: "stage", "a prospect is won by setting its agreement (`rapport agreement set`)")
            }
            prospect.stage = stage
        }
        if let fee = edit.estimatedMonthlyFee { prospect.estimatedMonthlyFee = fee }
        if let step = edit.nextStep { prospect.nextStep = step.isEmpty ? nil : step }
        if let on = edit.nextStepOn { prospect.nextStepOn = on }
        if let reason = edit.lostReason { prospect.lostReason = reason }
        try Validate.prospect(&prospect)
        if prospect.stage == .lost && status == .prospect { status = .former }
        pipeline = prospect
    }

    // MARK: - Helpers

    private func plannedVisit(on day: Day, field: String) throws(ChangeError) -> ScheduledVisit {
        guard let visit = visit(on: day), visit.status != .cancelled else {
            throw ChangeError(field: field, "there is no visit on \(day.short) (\(day))")
        }
        guard visit.status == .planned else {
            throw ChangeError(field: field, "the visit on \(day.short) is already done")
        }
        return visit
    }

    /// Changes the stored record behind a calendar visit, creating the record when the visit is still only an
    /// occurrence of the rule.
    private mutating func update(_ visit: ScheduledVisit, newID: String, _ body: (inout Visit) -> Void) {
        if let id = visit.recordID, let index = visits.firstIndex(where: { $0.id == id }) {
            body(&visits[index])
            return
        }
        var record = Visit(
            id: newID, occurrence: visit.occurrence, on: visit.on, at: visit.at,
            technician: visit.technician, status: visit.status)
        body(&record)
        visits.append(record)
    }
}
