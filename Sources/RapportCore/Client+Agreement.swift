// MARK: - Edits of the agreement: each takes effect on a day and leaves every day before it as it was

extension Client {
    /// Starts an agreement from a day, or changes the named parts of the one standing then, from that day on.
    ///
    /// With no agreement standing on the day (never signed, ended, or lapsed before it) the edit starts one and
    /// needs its kind and fee. Otherwise the term in force on the day is split there, and the edit applies to it
    /// and to every later term, a queued renewal included; the days before keep their terms untouched.
    ///
    /// - Parameters:
    ///   - edit: the parts to set.
    ///   - from: the day the change takes effect, or the new agreement's first day.
    ///   - ids: where the ids of new terms come from.
    /// - Throws: `ChangeError` naming the part at fault.
    mutating func setAgreement(_ edit: AgreementEdit, from: Day, ids: inout RecordIDs) throws(ChangeError) {
        guard !edit.isEmpty else {
            throw ChangeError(field: "agreement", "name at least one part to change, e.g. --fee")
        }
        let standing = contract(on: from)
        let continues = standing.map { terms[$0.upperBound - 1].end > from } ?? false
        guard continues, let contract = standing else {
            try startAgreement(edit, on: from, id: ids.next())
            return
        }
        let effective = max(from, terms[contract.lowerBound].start)
        if let months = edit.termMonths {
            try changeLength(of: contract, to: months, from: effective)
        }
        if let index = terms.firstIndex(where: { $0.covers(effective) }), terms[index].start < effective {
            split(at: index, on: effective, id: ids.next())
        }
        for index in terms.indices where terms[index].start >= effective {
            try edit.apply(to: &terms[index])
            try Validate.agreement(terms[index].agreement(start: anchor(ofTerm: index)))
        }
    }

    /// Queues the next term from the renewal date of the contract standing today, or changes the one queued.
    ///
    /// - Parameters:
    ///   - fee: a new monthly fee, or nil to keep it.
    ///   - termMonths: a new length, or nil to keep it.
    ///   - today: the day of the renewal.
    ///   - id: the id of a new term.
    /// - Throws: `ChangeError` when there is no agreement to renew.
    mutating func renew(fee: Money?, termMonths: Int?, today: Day, id: String) throws(ChangeError) {
        guard let contract = contract(on: today) else {
            throw ChangeError(field: "client", "there is no agreement to renew")
        }
        let last = terms[contract.upperBound - 1]
        let start = last.renewsOn
        if let queued = contracts.first(where: { terms[$0.lowerBound].start == start && $0 != contract }) {
            // Renewing again before the renewal date changes what was agreed, rather than queueing a third term.
            let months = termMonths ?? terms[queued.lowerBound].termMonths
            for index in queued {
                if let fee { terms[index].monthlyFee = fee }
                terms[index].termMonths = months
                terms[index].renewsOn = start.adding(months: months)
                try Validate.agreement(terms[index].agreement(start: start))
            }
        } else {
            var next = last
            next.id = id
            next.start = start
            next.until = nil
            next.ending = nil
            next.termMonths = termMonths ?? last.termMonths
            next.renewsOn = start.adding(months: next.termMonths)
            if let fee { next.monthlyFee = fee }
            // Each contract draws on a fresh bank of the same size.
            next.hoursBank = last.hoursBank.map { HoursBank(purchased: $0.purchased) }
            next.proposalSent = nil
            next.changedAt = nil
            next.changedBy = nil
            try Validate.agreement(next.agreement(start: start))
            terms.insert(next, at: contract.upperBound)
        }
        status = .active
    }

    /// Ends the agreement on a day: the term in force then stops, any later term goes, and every day before keeps
    /// its terms.
    ///
    /// - Parameters:
    ///   - day: the first day without the agreement.
    ///   - reason: why it ended.
    /// - Throws: `ChangeError` when there is no agreement, or it had not started by then.
    mutating func endAgreement(on day: Day, reason: String?) throws(ChangeError) {
        guard let first = terms.first, terms.last?.ending == nil || terms.last!.end > day else {
            throw ChangeError(field: "client", "there is no agreement to end")
        }
        guard day > first.start else {
            throw ChangeError(
                field: "on", "the agreement started on \(first.start); it cannot end before its second day")
        }
        terms.removeAll { $0.start >= day }
        let last = terms.count - 1
        if terms[last].end > day { terms[last].until = day }
        terms[last].ending = Ending(reason: reason)
        status = .former
    }

    /// Records that the renewal proposal of the contract standing on a day went out.
    ///
    /// - Parameters:
    ///   - on: the day it went out.
    ///   - today: the current day, whose contract it is for.
    /// - Throws: `ChangeError` when there is no agreement.
    mutating func markProposalSent(on: Day, today: Day) throws(ChangeError) {
        guard let contract = contract(on: today) else {
            throw ChangeError(field: "client", "there is no agreement to renew")
        }
        let index = contract.last { terms[$0].start <= on } ?? contract.lowerBound
        terms[index].proposalSent = on
    }

    /// Tops up or corrects the hours bank of the block agreement standing on a day.
    ///
    /// The bank never holds less than nothing: a correction that would take the purchased hours and top-ups below
    /// zero is refused. Using more hours than it holds is an overrun, shown as such.
    ///
    /// - Parameters:
    ///   - on: the day of the adjustment.
    ///   - hours: hours to add, or to take off when negative.
    ///   - note: what it was for.
    ///   - id: the adjustment's id.
    /// - Throws: `ChangeError` without a bank, for a zero or huge amount, or below zero.
    mutating func adjustHours(on: Day, hours: Double, note: String?, id: String) throws(ChangeError) {
        guard let contract = contract(on: on), let bank = agreement(on: on)?.hoursBank else {
            throw ChangeError(field: "client", "only a block agreement has an hours bank")
        }
        guard hours.isFinite, hours != 0, abs(hours) <= 10_000 else {
            throw ChangeError(field: "hours", "must be a number of hours other than 0, e.g. 10 or -2")
        }
        let held = bank.purchased + bank.adjustments.reduce(0) { $0 + $1.hours }
        guard held + hours >= 0 else {
            throw ChangeError(
                field: "hours",
                "the bank holds \(formatHours(held)) h purchased and topped up; a correction can take off at most that, "
                    + "e.g. -\(formatHours(held))")
        }
        let index = contract.last { terms[$0].start <= on } ?? contract.lowerBound
        terms[index].hoursBank?.adjustments.append(HoursAdjustment(id: id, on: on, hours: hours, note: note))
    }

    // MARK: - Helpers

    /// Starts an agreement on a day from an edit that names at least its kind and fee.
    private mutating func startAgreement(_ edit: AgreementEdit, on day: Day, id: String) throws(ChangeError) {
        if let last = terms.last, last.ending == nil, edit.kind == nil || edit.monthlyFee == nil {
            throw ChangeError(
                field: "client",
                "the agreement lapsed on \(last.end); renew it (rapport renew), or start a new one with its kind and fee"
            )
        }
        guard let kind = edit.kind else {
            throw ChangeError(field: "kind", "a new agreement needs its kind: fixed, retainer or block")
        }
        guard let fee = edit.monthlyFee else {
            throw ChangeError(field: "fee", "a new agreement needs its fee, e.g. 900")
        }
        if let later = terms.last, later.end > day {
            throw ChangeError(field: "start", "the agreement runs until \(later.end); a new one can start from then")
        }
        var term = Term(
            id: id, agreement: Agreement(kind: kind, monthlyFee: fee, start: day, termMonths: edit.termMonths ?? 12),
            start: day, renewsOn: day)
        try edit.apply(to: &term)
        term.renewsOn = day.adding(months: term.termMonths)
        try Validate.agreement(term.agreement(start: day))
        terms.append(term)
        status = .active
        // Signing is what winning a prospect means.
        if pipeline?.stage.isOpen == true { pipeline?.stage = .won }
    }

    /// Splits a term in two on a day; the top-ups and corrections go with the part that covers their day.
    private mutating func split(at index: Int, on day: Day, id: String) {
        var later = terms[index]
        later.id = id
        later.start = day
        later.proposalSent = nil
        later.changedAt = nil
        later.changedBy = nil
        later.hoursBank?.adjustments.removeAll { $0.on < day }
        terms[index].hoursBank?.adjustments.removeAll { $0.on >= day }
        terms[index].until = day
        terms[index].ending = nil
        terms.insert(later, at: index + 1)
    }

    /// Changes the length of a contract, and so its renewal date, from a day on.
    private mutating func changeLength(of contract: Range<Int>, to months: Int, from day: Day) throws(ChangeError) {
        guard (1...120).contains(months) else {
            throw ChangeError(field: "term", "must be a whole number of months from 1 to 120, e.g. 12")
        }
        if let queued = queuedRenewal(on: day) {
            throw ChangeError(
                field: "term",
                "the agreement is already renewed from \(queued.start); change the next term with rapport renew --term")
        }
        let renewsOn = terms[contract.lowerBound].start.adding(months: months)
        guard renewsOn > day, terms[contract].allSatisfy({ $0.start < renewsOn }) else {
            throw ChangeError(field: "term", "\(months) months would end the term on \(renewsOn), before \(day)")
        }
        for index in contract {
            terms[index].renewsOn = renewsOn
            terms[index].termMonths = months
            if let until = terms[index].until, until >= renewsOn { terms[index].until = nil }
        }
    }
}

extension AgreementEdit {
    /// Sets the named parts on a term.
    ///
    /// - Parameter term: the term.
    /// - Throws: `ChangeError` when a visit time or technician is set for a term without a visit rule.
    func apply(to term: inout Term) throws(ChangeError) {
        if let kind {
            term.kind = kind
            if kind != .block { term.hoursBank = nil }
        }
        if let monthlyFee { term.monthlyFee = monthlyFee }
        if let visitRule {
            term.visits = VisitPlan(rule: visitRule, time: term.visits?.time, technician: term.visits?.technician)
        }
        if visitTime != nil || visitTechnician != nil {
            guard term.visits != nil else {
                throw ChangeError(field: "visits", "there is no visit rule yet; give one, e.g. FREQ=MONTHLY;BYDAY=1TU")
            }
            if let visitTime { term.visits?.time = visitTime }
            if let visitTechnician { term.visits?.technician = visitTechnician }
        }
        if let contactEveryDays { term.contactEveryDays = contactEveryDays }
        if let surveyLeadDays { term.surveyLeadDays = surveyLeadDays }
        if let surveyCadence { term.surveyCadence = surveyCadence }
        if let hours {
            term.hoursBank = HoursBank(purchased: hours, adjustments: term.hoursBank?.adjustments ?? [])
        }
        if let minimumHours { term.minimumHours = minimumHours }
        if let hourlyDiscountPercent { term.hourlyDiscountPercent = hourlyDiscountPercent }
        if let tripCharge { term.tripCharge = tripCharge }
        if let afterHoursPremiumWaived { term.afterHoursPremiumWaived = afterHoursPremiumWaived }
        if onsiteHours != nil || phoneMinutes != nil || remoteHours != nil {
            var response = term.response ?? ResponseTimes()
            if let onsiteHours { response.onsiteHours = onsiteHours }
            if let phoneMinutes { response.phoneMinutes = phoneMinutes }
            if let remoteHours { response.remoteHours = remoteHours }
            term.response = response
        }
    }
}
