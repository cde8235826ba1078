// MARK: - The agreement's terms, and the contract that stands on a day

extension Client {
    /// The term in force on a day.
    ///
    /// - Parameter day: the day.
    /// - Returns: the term whose dates contain the day, or nil.
    public func term(on day: Day) -> Term? {
        terms.last { $0.covers(day) }
    }

    /// The contracts: runs of terms back to back towards the same renewal date, as ranges of `terms`, oldest first.
    var contracts: [Range<Int>] {
        var result: [Range<Int>] = []
        var first = 0
        for index in terms.indices.dropFirst() {
            let previous = terms[index - 1]
            if terms[index].renewsOn != previous.renewsOn || terms[index].start != previous.end {
                result.append(first..<index)
                first = index
            }
        }
        if !terms.isEmpty { result.append(first..<terms.count) }
        return result
    }

    /// The contract that stands on a day: the one in force; else one that has not started yet; else the last one,
    /// lapsed, unless it was ended.
    ///
    /// - Parameter day: the day.
    /// - Returns: the contract's range of `terms`, or nil when no agreement stands.
    func contract(on day: Day) -> Range<Int>? {
        let all = contracts
        if let inForce = all.first(where: { terms[$0].contains { $0.covers(day) } }) { return inForce }
        if let coming = all.first(where: { terms[$0.lowerBound].start > day }) { return coming }
        guard let last = all.last, terms[last.upperBound - 1].ending == nil else { return nil }
        return last
    }

    /// The agreement as it stands on a day: the contract's start, length and renewal date, with the figures and
    /// promises of the term in force (or, before it starts, its first; once lapsed, its last).
    ///
    /// - Parameter day: the day.
    /// - Returns: the agreement, or nil when none stands: never signed, or ended.
    public func agreement(on day: Day) -> Agreement? {
        guard let contract = contract(on: day) else { return nil }
        let parts = terms[contract]
        let term = parts.last { $0.start <= day } ?? parts.first!
        var agreement = term.agreement(start: parts.first!.start)
        agreement.hoursBank = term.hoursBank.map {
            HoursBank(purchased: $0.purchased, adjustments: parts.flatMap { $0.hoursBank?.adjustments ?? [] })
        }
        agreement.proposalSent = parts.compactMap(\.proposalSent).max()
        return agreement
    }

    /// Whether the agreement standing on a day has passed its renewal date with no renewal queued: the one
    /// definition of lapsed that every report and list uses.
    ///
    /// - Parameter day: the day.
    /// - Returns: true once lapsed; false with no agreement, or while it runs, or once it is renewed.
    public func hasLapsed(on day: Day) -> Bool {
        guard let agreement = agreement(on: day) else { return false }
        return agreement.renewalDate <= day && queuedRenewal(on: day) == nil
    }

    /// The term a renewal has queued after the contract that stands on a day.
    ///
    /// - Parameter day: the day.
    /// - Returns: the next contract's first term, or nil.
    public func queuedRenewal(on day: Day) -> Term? {
        guard let contract = contract(on: day) else { return nil }
        let last = terms[contract.upperBound - 1]
        guard last.ending == nil, last.end == last.renewsOn else { return nil }
        return terms.first { $0.start == last.renewsOn && $0.renewsOn != last.renewsOn }
    }

    /// The span of the contract before the one that stands on a day.
    ///
    /// - Parameter day: the day.
    /// - Returns: from its first day up to the day after its last, or nil when there was none.
    public func previousTerm(on day: Day) -> Range<Day>? {
        let all = contracts
        guard let current = contract(on: day), let index = all.firstIndex(of: current), index > 0 else { return nil }
        let previous = all[index - 1]
        let (start, end) = (terms[previous.lowerBound].start, terms[previous.upperBound - 1].end)
        return start < end ? start..<end : nil
    }

    /// The day the visit rule of a term counts from: the first day of its contract.
    ///
    /// - Parameter index: the term's place in `terms`.
    /// - Returns: the anchor.
    func anchor(ofTerm index: Int) -> Day {
        terms[contracts.first { $0.contains(index) }?.lowerBound ?? index].start
    }

    /// The days a term's visit rule promises within a span, rule occurrences only.
    ///
    /// - Parameters:
    ///   - from: the first day.
    ///   - through: the last day.
    /// - Returns: each occurrence with the plan that promised it, in day order.
    func promisedVisits(from: Day, through: Day) -> [(day: Day, plan: VisitPlan)] {
        contracts.flatMap { contract in
            contract.flatMap { index -> [(day: Day, plan: VisitPlan)] in
                let term = terms[index]
                guard let plan = term.visits else { return [] }
                let first = max(from, term.start)
                let last = min(through, term.end.adding(days: -1))
                guard first <= last else { return [] }
                return plan.rule.occurrences(anchoredAt: terms[contract.lowerBound].start, from: first, through: last)
                    .map { (day: $0, plan: plan) }
            }
        }
    }
}

extension Term {
    /// The term's figures and promises as an agreement of a contract that started on a day.
    ///
    /// - Parameter start: the contract's first day.
    /// - Returns: the agreement.
    func agreement(start: Day) -> Agreement {
        var agreement = Agreement(
            kind: kind, monthlyFee: monthlyFee, start: start, termMonths: termMonths, visits: visits,
            contactEveryDays: contactEveryDays, surveyLeadDays: surveyLeadDays, response: response,
            hourlyDiscountPercent: hourlyDiscountPercent, afterHoursPremiumWaived: afterHoursPremiumWaived,
            tripCharge: tripCharge, minimumHours: minimumHours, hoursBank: hoursBank, surveyCadence: surveyCadence)
        agreement.proposalSent = proposalSent
        return agreement
    }
}
