// MARK: - Undo: taking one change back, three ways, without losing what others did since

/// Someone else's edit that an undo left standing: something the undone change had set, changed again since.
public struct KeptEdit: Sendable, Equatable, CustomStringConvertible {
    /// What was edited, e.g. `the phone of Dana Ruiz` or `the call of Mon 23 Nov`.
    public var what: String
    /// Who edited it: the user part of its stamp, when it has one.
    public var by: String?

    public init(what: String, by: String?) {
        self.what = what
        self.by = by
    }

    /// E.g. `kept sam's later edit of the phone of Dana Ruiz`.
    public var description: String { "kept \(by.map { "\($0)'s" } ?? "a") later edit of \(what)" }
}

extension Client {
    /// This document with one change taken back: the change turned `before` into `after`, and this document is the
    /// file as it is now, which another process may have changed since.
    ///
    /// It works record by record, matched by id, and field by field within a record, the way a merge does:
    /// - a record the change added goes, unless someone edited it since;
    /// - a record the change removed comes back where it was;
    /// - each field the change set goes back to its old value where it still holds what the change set; a field
    ///   someone changed since keeps their value, and is named in `kept`;
    /// - the profile and the prospect go back field by field the same way.
    ///
    /// Taking back a change that took another back redoes it.
    ///
    /// - Parameters:
    ///   - before: the document just before the change.
    ///   - after: the document the change wrote.
    /// - Returns: the document, and the later edits it kept.
    /// - Throws: `ChangeError` when what others did since leaves the agreement's terms overlapping once the change is
    ///   taken back; nothing is taken back then.
    public func reverted(before: Client, after: Client) throws(ChangeError) -> (client: Client, kept: [KeptEdit]) {
        var reverter = Reverter(naming: self)
        var client = self
        for field in RevertFields.profile { field.revert(&reverter, &client, before, after, nil, changedBy) }
        if client.profile == before.profile {
            client.changedAt = before.changedAt
            client.changedBy = before.changedBy
        }
        client.people = reverter.list(people, before.people, after.people, RevertFields.person)
        client.terms = reverter.list(terms, before.terms, after.terms, RevertFields.term)
        client.visits = reverter.list(visits, before.visits, after.visits, RevertFields.visit)
        client.touchpoints = reverter.list(touchpoints, before.touchpoints, after.touchpoints, RevertFields.touchpoint)
        client.surveys = reverter.list(surveys, before.surveys, after.surveys, RevertFields.survey)
        let reverted = reverter.list(requests ?? [], before.requests ?? [], after.requests ?? [], RevertFields.request)
        client.requests = reverted.isEmpty && requests == nil ? nil : reverted
        client.pipeline = reverter.one(pipeline, before.pipeline, after.pipeline, RevertFields.prospect, "the prospect")
        try client.checkConsistency()
        return (client, reverter.kept)
    }

    /// Refuses a document whose records share ids or whose terms overlap, which only what others did since an
    /// undone change can bring about.
    private func checkConsistency() throws(ChangeError) {
        let ids = recordIDs
        guard Set(ids).count == ids.count else {
            throw ChangeError(
                "the client was changed elsewhere since, in a way that cannot be taken back; nothing was undone")
        }
        for (earlier, later) in zip(terms, terms.dropFirst()) where later.start < earlier.end {
            throw ChangeError(
                field: "agreement",
                "the agreement was changed elsewhere since; taking this back would overlap its terms, so nothing was "
                    + "undone")
        }
    }
}

/// Takes records back three ways and notes the later edits it keeps.
struct Reverter {
    /// The document as it is now, which names its records in the notes.
    let naming: Client
    private(set) var kept: [KeptEdit] = []

    mutating func keep(_ what: String, by stamp: String?) {
        kept.append(KeptEdit(what: what, by: stamp.map { String($0.prefix { $0 != "@" }) }))
    }

    /// One record, or its absence.
    mutating func one<R: Stamped>(_ current: R?, _ before: R?, _ after: R?, _ fields: [Field<R>], _ name: String) -> R?
    {
        switch (before, after) {
        case (nil, nil):
            return current
        case (let before?, let after?) where before == after:
            return current
        case (nil, let after?):
            // The change made it: it goes, unless someone has edited it since.
            guard let current, current.unstamped != after.unstamped else { return nil }
            keep(name, by: current.changedBy)
            return current
        case (let before?, nil):
            return current ?? before
        case (let before?, let after?):
            // Someone removed it since: it stays removed.
            guard var current else { return nil }
            if current.unstamped == after.unstamped { return before }
            for field in fields { field.revert(&self, &current, before, after, name, current.changedBy) }
            return current.unstamped == before.unstamped ? before : current
        }
    }

    /// A list of records matched by id; what the change removed comes back after the record it followed.
    mutating func list<R: Record>(_ current: [R], _ before: [R], _ after: [R], _ fields: [Field<R>]) -> [R] {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var result = current.compactMap { record in
            one(record, old[record.id], new[record.id], fields, naming.describeRecord(record.id) ?? "a record")
        }
        let present = Set(current.map(\.id)).union(after.map(\.id))
        for (position, record) in before.enumerated() where !present.contains(record.id) {
            let previous = before[..<position].reversed().lazy.compactMap { earlier in
                result.firstIndex { $0.id == earlier.id }
            }.first
            result.insert(record, at: previous.map { $0 + 1 } ?? 0)
        }
        return result
    }
}

/// One field of a kind of record, which goes back from its value after a change to its value before.
struct Field<R>: Sendable {
    /// The property's name, as the type declares it.
    let key: String
    /// Takes the field back on the current record, given the record before and after the change, the record's
    /// name for notes (nil for the profile) and who last changed it.
    let revert: @Sendable (inout Reverter, inout R, _ before: R, _ after: R, _ record: String?, _ by: String?) -> Void

    /// A field that goes back where it still holds what the change set, and is kept, and noted, where someone has
    /// changed it since.
    ///
    /// - Parameters:
    ///   - key: the property's name.
    ///   - words: the field in words, for the note.
    ///   - path: the property.
    init<V: Equatable & Sendable>(_ key: String, _ words: String, _ path: WritableKeyPath<R, V> & Sendable) {
        self.key = key
        revert = { reverter, current, before, after, record, by in
            let (old, new, now) = (before[keyPath: path], after[keyPath: path], current[keyPath: path])
            guard old != new, now != old else { return }
            if now == new {
                current[keyPath: path] = old
            } else {
                reverter.keep("the \(words)" + (record.map { " of \($0)" } ?? ""), by: by)
            }
        }
    }

    init(key: String, revert: @escaping @Sendable (inout Reverter, inout R, R, R, String?, String?) -> Void) {
        self.key = key
        self.revert = revert
    }
}

/// The fields of each kind of record, all of them but the id and the stamp.
enum RevertFields {
    static let profile: [Field<Client>] = [
        Field("name", "name", \.name), Field("status", "status", \.status), Field("source", "source", \.source),
        Field("size", "size", \.size), Field("address", "address", \.address),
        Field("travelMinutes", "travel time", \.travelMinutes), Field("notes", "notes", \.notes),
        Field("needs", "needs", \.needs),
    ]

    static let person: [Field<Person>] = [
        Field("name", "name", \.name), Field("role", "role", \.role), Field("phone", "phone", \.phone),
        Field("email", "email", \.email), Field("primary", "primary mark", \.primary),
    ]

    static let visit: [Field<Visit>] = [
        Field("occurrence", "occurrence", \.occurrence), Field("on", "day", \.on), Field("at", "time", \.at),
        Field("technician", "technician", \.technician), Field("status", "status", \.status),
        Field("hours", "hours", \.hours), Field("note", "note", \.note),
    ]

    static let touchpoint: [Field<Touchpoint>] = [
        Field("on", "day", \.on), Field("via", "channel", \.via), Field("by", "author", \.by),
        Field("note", "note", \.note), Field("followUp", "follow-up", \.followUp),
    ]

    static let survey: [Field<Survey>] = [
        Field("sent", "day sent", \.sent), Field("answered", "day answered", \.answered),
        Field("score", "score", \.score), Field("comment", "comment", \.comment),
    ]

    static let request: [Field<ServiceRequest>] = [
        Field("at", "time asked", \.at), Field("via", "channel", \.via), Field("summary", "summary", \.summary),
        Field("respondedAt", "response", \.respondedAt), Field("closedAt", "time closed", \.closedAt),
        Field("hours", "hours", \.hours), Field("billable", "billable", \.billable),
        Field("afterHours", "after hours", \.afterHours), Field("note", "note", \.note),
    ]

    static let adjustment: [Field<HoursAdjustment>] = [
        Field("on", "day", \.on), Field("hours", "hours", \.hours), Field("note", "note", \.note),
    ]

    static let prospect: [Field<Prospect>] = [
        Field("trigger", "trigger", \.trigger), Field("stage", "stage", \.stage),
        Field("estimatedMonthlyFee", "estimated fee", \.estimatedMonthlyFee),
        Field("nextStep", "next step", \.nextStep), Field("nextStepOn", "next step's day", \.nextStepOn),
        Field("lostReason", "reason lost", \.lostReason),
    ]

    static let term: [Field<Term>] = [
        Field("start", "start", \.start), Field("renewsOn", "renewal date", \.renewsOn),
        Field("until", "end", \.until), Field("ending", "ending", \.ending),
        Field("termMonths", "length", \.termMonths), Field("kind", "kind", \.kind),
        Field("monthlyFee", "fee", \.monthlyFee), Field("visits", "visits", \.visits),
        Field("contactEveryDays", "contact interval", \.contactEveryDays),
        Field("surveyLeadDays", "survey lead", \.surveyLeadDays), Field("response", "response times", \.response),
        Field("hourlyDiscountPercent", "discount", \.hourlyDiscountPercent),
        Field("afterHoursPremiumWaived", "after-hours premium", \.afterHoursPremiumWaived),
        Field("tripCharge", "trip charge", \.tripCharge), Field("minimumHours", "minimum hours", \.minimumHours),
        Field("surveyCadence", "survey cadence", \.surveyCadence), Field("proposalSent", "proposal", \.proposalSent),
        Field("hoursBank", "hours bank", \.purchasedHours),
        // The bank's top-ups are records of their own, taken back one by one.
        Field(key: "hoursBank") { reverter, term, before, after, _, _ in
            guard let current = term.hoursBank?.adjustments else { return }
            term.hoursBank?.adjustments = reverter.list(
                current, before.hoursBank?.adjustments ?? [], after.hoursBank?.adjustments ?? [], adjustment)
        },
    ]
}

extension Term {
    /// The bank's purchased hours, or nil without a bank; setting nil removes the bank, and setting hours on a term
    /// without one starts it.
    fileprivate var purchasedHours: Double? {
        get { hoursBank?.purchased }
        set {
            if let newValue {
                if hoursBank == nil {
                    hoursBank = HoursBank(purchased: newValue)
                } else {
                    hoursBank?.purchased = newValue
                }
            } else {
                hoursBank = nil
            }
        }
    }
}

extension Client {
    /// This document with the stamps of another version of it on every record that is, stamps aside, as it was
    /// there: what an undo puts back exactly goes back with the stamp it had.
    ///
    /// - Parameter other: the other version.
    /// - Returns: the document.
    func withStamps(of other: Client) -> Client {
        var client = self
        if profile == other.profile {
            client.changedAt = other.changedAt
            client.changedBy = other.changedBy
        }
        client.people = people.withStamps(of: other.people)
        client.terms = terms.map { term in
            var term = term
            let old = other.terms.first { $0.id == term.id }
            if let adjustments = term.hoursBank?.adjustments {
                term.hoursBank?.adjustments = adjustments.withStamps(of: old?.hoursBank?.adjustments ?? [])
            }
            return term.withStamp(of: old)
        }
        client.visits = visits.withStamps(of: other.visits)
        client.touchpoints = touchpoints.withStamps(of: other.touchpoints)
        client.surveys = surveys.withStamps(of: other.surveys)
        client.requests = requests?.withStamps(of: other.requests ?? [])
        client.pipeline = pipeline?.withStamp(of: other.pipeline)
        return client
    }
}

extension Stamped {
    fileprivate func withStamp(of other: Self?) -> Self {
        guard let other, other.unstamped == unstamped else { return self }
        return other
    }
}

extension Array where Element: Record {
    fileprivate func withStamps(of other: [Element]) -> [Element] {
        let old = Dictionary(other.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return map { $0.withStamp(of: old[$0.id]) }
    }
}
