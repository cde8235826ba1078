// MARK: - Contact, surveys and the hours bank

extension Client {
    /// The most recent day of contact on or before today: a touchpoint or a done visit.
    ///
    /// - Parameter today: the current day; later entries are ignored.
    /// - Returns: the day, or nil when there has been no contact.
    public func lastContact(today: Day) -> Day? {
        contactDays.filter { $0 <= today }.max()
    }

    /// Whether, and why, contact with this client is overdue.
    ///
    /// Contact is overdue when the days since the last touchpoint (a done visit counts) exceed the limit, counting
    /// from the first agreement's start when there has been none; when a follow-up date has passed with no contact
    /// on or after it; or when a promised visit was missed since the last contact. The reason given is the first
    /// of these that holds.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - defaults: the settings' defaults, for the contact limit.
    /// - Returns: the overdue finding, or nil when contact is in order or the client has no agreement.
    public func overdueContact(today: Day, defaults: Defaults) -> OverdueContact? {
        guard status == .active, let agreement = agreement(on: today), agreement.start <= today else { return nil }
        let limit = agreement.contactLimit(defaults)
        let last = lastContact(today: today)
        let since = last ?? terms.first?.start ?? agreement.start
        let days = since.days(until: today)
        // The longest silence matters most; a passed follow-up or a missed visit flags a client early.
        let reason: OverdueReason
        if days > limit {
            reason = last == nil ? .neverContacted : .noContact
        } else if let followUp = passedFollowUp(today: today) {
            reason = .followUpPassed(followUp)
        } else if let missed = missedVisits(today: today).last, missed.on > (last ?? since.adding(days: -1)) {
            reason = .visitMissed(missed.on)
        } else {
            return nil
        }
        return OverdueContact(lastContact: last, daysSince: days, limitDays: limit, reason: reason)
    }

    /// The earliest follow-up date before today that no contact on or after it has answered.
    ///
    /// - Parameter today: the current day.
    /// - Returns: the follow-up date, or nil.
    public func passedFollowUp(today: Day) -> Day? {
        let contacts = contactDays
        return touchpoints.compactMap { touchpoint -> Day? in
            guard let followUp = touchpoint.followUp, followUp < today else { return nil }
            return answer(to: touchpoint, today: today, contacts: contacts) == nil ? followUp : nil
        }.min()
    }

    /// The follow-ups a day's agenda lists: those due that day, and those whose date has passed with no contact
    /// since, each with the day it was answered on, if it was. A passed one answered that very day stays, so the
    /// agenda can show it done; one answered earlier is off the agenda.
    ///
    /// - Parameter today: the day of the agenda.
    /// - Returns: the follow-ups, earliest due first.
    public func agendaFollowUps(today: Day) -> [AgendaFollowUp] {
        let contacts = contactDays
        return touchpoints.compactMap { touchpoint -> AgendaFollowUp? in
            guard let due = touchpoint.followUp, due <= today else { return nil }
            let answered = answer(to: touchpoint, today: today, contacts: contacts)
            guard due == today || answered == nil || answered == today else { return nil }
            return AgendaFollowUp(touchpoint: touchpoint, due: due, answeredOn: answered)
        }.sorted { ($0.due, $0.touchpoint.on) < ($1.due, $1.touchpoint.on) }
    }

    /// The first contact that answers a follow-up: on or after its date, later than the contact that asked for it,
    /// and not after today. A contact counts once it has happened, whoever made it.
    private func answer(to touchpoint: Touchpoint, today: Day, contacts: [Day]) -> Day? {
        guard let due = touchpoint.followUp else { return nil }
        return contacts.filter { $0 >= due && $0 <= today && $0 > touchpoint.on }.min()
    }

    /// Where the survey of the current term stands.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - defaults: the settings' defaults, for the survey lead time.
    /// - Returns: the status, or nil without an agreement.
    public func surveyStatus(today: Day, defaults: Defaults) -> SurveyStatus? {
        guard let agreement = agreement(on: today) else { return nil }
        let term = agreement.start..<agreement.renewalDate
        if surveys.contains(where: { $0.answered.map(term.contains) ?? false }) { return .answered }
        if surveys.contains(where: { $0.sent.map(term.contains) ?? false }) { return .sent }
        if today >= agreement.renewalDate.adding(days: -agreement.surveyLead(defaults)) { return .due }
        return .notYet
    }

    /// The hours bank of the block agreement standing on a day.
    ///
    /// Each done visit in the contract up to the day draws its hours, rounded up to the agreement's minimum, so
    /// that the bank of a past day, such as a month's end for its bill, is what it was then.
    ///
    /// - Parameter today: the day.
    /// - Returns: the bank's figures, or nil when the agreement has no bank.
    public func hoursBankStatus(today: Day) -> HoursBankStatus? {
        guard let agreement = agreement(on: today), let bank = agreement.hoursBank else { return nil }
        let term = agreement.start..<agreement.renewalDate
        let minimum = agreement.minimumHours ?? 0
        let used = visits.filter { $0.status == .done && term.contains($0.on) && $0.on <= today }
            .reduce(0.0) { $0 + max($1.hours ?? 0, minimum) }
        let adjustments = bank.adjustments.reduce(0.0) { $0 + $1.hours }
        return HoursBankStatus(purchased: bank.purchased, adjustments: adjustments, used: used)
    }

    private var contactDays: [Day] {
        touchpoints.map(\.on) + visits.filter { $0.status == .done }.map(\.on)
    }
}

/// A follow-up on a day's agenda: the contact that asked for it, when it falls due, and when it was answered.
public struct AgendaFollowUp: Sendable, Equatable {
    public var touchpoint: Touchpoint
    public var due: Day
    public var answeredOn: Day?
}

/// Why a client is on the overdue list.
public enum OverdueReason: Sendable, Equatable {
    case noContact
    case neverContacted
    case followUpPassed(Day)
    case visitMissed(Day)

    /// A stable key for JSON output.
    public var key: String {
        switch self {
        case .noContact: "no-contact"
        case .neverContacted: "never-contacted"
        case .followUpPassed: "follow-up-passed"
        case .visitMissed: "visit-missed"
        }
    }

    /// Words for people.
    public var text: String {
        switch self {
        case .noContact: "no contact"
        case .neverContacted: "never contacted"
        case .followUpPassed(let day): "follow-up due \(day.short)"
        case .visitMissed(let day): "visit missed \(day.short)"
        }
    }
}

/// A client whose contact is overdue.
public struct OverdueContact: Sendable, Equatable {
    public var lastContact: Day?
    public var daysSince: Int
    public var limitDays: Int
    public var reason: OverdueReason
}

/// Where the survey of the current term stands, checked in this order.
public enum SurveyStatus: String, Codable, Sendable, Equatable, CaseIterable {
    case answered, sent, due
    case notYet = "not-yet"
}

/// The figures of an hours bank.
public struct HoursBankStatus: Sendable, Equatable {
    public var purchased: Double
    public var adjustments: Double
    public var used: Double

    /// Purchased plus adjustments less used, never below zero: use beyond that is `overrun`.
    public var remaining: Double { max(0, purchased + adjustments - used) }
    /// Hours used beyond the bank, or zero.
    public var overrun: Double { max(0, used - purchased - adjustments) }
    /// The share of the bank used, 0 when the bank is empty.
    public var fractionUsed: Double {
        let total = purchased + adjustments
        return total > 0 ? used / total : (used > 0 ? 1 : 0)
    }

    /// The alert that applies: at 80% and at 95% used, and when overrun.
    public var alert: HoursBankAlert? {
        if overrun > 0 { return .overrun }
        if fractionUsed >= 0.95 { return .used95 }
        if fractionUsed >= 0.8 { return .used80 }
        return nil
    }
}

/// An alert on an hours bank.
public enum HoursBankAlert: String, Sendable, Equatable {
    case used80 = "80%"
    case used95 = "95%"
    case overrun
}
