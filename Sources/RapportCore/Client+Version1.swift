// MARK: - Reading files of both versions

extension Client {
    /// Keys that only version 1 files have.
    private enum Version1Keys: String, CodingKey {
        case agreement, pastTerms
    }

    /// A finished term as version 1 kept it.
    private struct Version1PastTerm: Decodable {
        var agreement: Agreement
        /// The last day the term covered is the day before this one.
        var ended: Day
        var outcome: String
        var reason: String?
    }

    /// Reads a client document of version 2, or of version 1 and migrates it in memory.
    ///
    /// A version 1 document keeps one `agreement` and its `pastTerms`, and numbers its records (`t1`, `v3`); it
    /// reads as terms, and its records get ids derived from its content, so two machines migrating one file agree.
    /// `schemaVersion` stays 1 until the store writes the document. Fields are read in the order they are declared,
    /// because the summary index's compact form has no keys.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        id = try container.decode(String.self, forKey: .id)
        let isVersion1 = !container.contains(.terms)
        uid = isVersion1 ? "" : try container.decode(String.self, forKey: .uid)
        name = try container.decode(String.self, forKey: .name)
        status = try container.decode(ClientStatus.self, forKey: .status)
        source = try container.decodeIfPresent(ClientSource.self, forKey: .source)
        size = try container.decode(CompanySize.self, forKey: .size)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        travelMinutes = try container.decodeIfPresent(Int.self, forKey: .travelMinutes)
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
        needs = try container.decodeIfPresent([String].self, forKey: .needs)
        people = try container.decode([Person].self, forKey: .people)
        if isVersion1 {
            let old = try decoder.container(keyedBy: Version1Keys.self)
            terms = Client.terms(
                agreement: try old.decodeIfPresent(Agreement.self, forKey: .agreement),
                pastTerms: try old.decodeIfPresent([Version1PastTerm].self, forKey: .pastTerms) ?? [])
        } else {
            terms = try container.decode([Term].self, forKey: .terms)
        }
        visits = try container.decode([Visit].self, forKey: .visits)
        touchpoints = try container.decode([Touchpoint].self, forKey: .touchpoints)
        surveys = try container.decode([Survey].self, forKey: .surveys)
        requests = try container.decodeIfPresent([ServiceRequest].self, forKey: .requests)
        pipeline = try container.decodeIfPresent(Prospect.self, forKey: .pipeline)
        changedAt = try container.decodeIfPresent(String.self, forKey: .changedAt)
        changedBy = try container.decodeIfPresent(String.self, forKey: .changedBy)
        conflicts = try container.decodeIfPresent([Conflict].self, forKey: .conflicts)
        if isVersion1 { giveDerivedIDs() }
    }

    /// Version 1's past terms and agreement as terms: a term that ended early stops then, and one that was ended
    /// rather than renewed carries its reason.
    private static func terms(agreement: Agreement?, pastTerms: [Version1PastTerm]) -> [Term] {
        var terms = pastTerms.map { past in
            var term = Term(
                id: "", agreement: past.agreement, start: past.agreement.start, renewsOn: past.agreement.renewalDate)
            if past.ended < term.renewsOn { term.until = past.ended }
            if past.outcome == "ended" { term.ending = Ending(reason: past.reason) }
            return term
        }
        if let agreement {
            terms.append(Term(id: "", agreement: agreement, start: agreement.start, renewsOn: agreement.renewalDate))
        }
        return terms
    }

    /// Gives every record of a migrated document its id, derived from the client's slug, the record's place and
    /// its day.
    private mutating func giveDerivedIDs() {
        let first = terms.first?.start ?? DateInput.plausible.lowerBound
        uid = RecordID.derived(day: first, key: id)
        for index in people.indices {
            people[index].id = RecordID.derived(day: first, key: "\(id)/people/\(index)")
        }
        for index in terms.indices {
            terms[index].id = RecordID.derived(day: terms[index].start, key: "\(id)/terms/\(index)")
            for (number, adjustment) in (terms[index].hoursBank?.adjustments ?? []).enumerated() {
                terms[index].hoursBank?.adjustments[number].id = RecordID.derived(
                    day: adjustment.on, key: "\(id)/terms/\(index)/hours/\(number)")
            }
        }
        for index in visits.indices {
            let visit = visits[index]
            visits[index].id = RecordID.derived(day: visit.occurrence ?? visit.on, key: "\(id)/visits/\(visit.id)")
        }
        for index in touchpoints.indices {
            let touchpoint = touchpoints[index]
            touchpoints[index].id = RecordID.derived(day: touchpoint.on, key: "\(id)/touchpoints/\(touchpoint.id)")
        }
        for index in surveys.indices {
            let survey = surveys[index]
            let day = survey.sent ?? survey.answered ?? first
            surveys[index].id = RecordID.derived(day: day, key: "\(id)/surveys/\(survey.id)")
        }
    }
}

extension Person {
    /// Reads a person; one from a version 1 file has no id until the migration gives it one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = container.contains(.id) ? try container.decode(String.self, forKey: .id) : ""
        name = try container.decode(String.self, forKey: .name)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        primary = try container.decode(Bool.self, forKey: .primary)
        changedAt = try container.decodeIfPresent(String.self, forKey: .changedAt)
        changedBy = try container.decodeIfPresent(String.self, forKey: .changedBy)
    }
}

extension HoursAdjustment {
    /// Reads an hours adjustment; one from a version 1 file has no id until the migration gives it one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = container.contains(.id) ? try container.decode(String.self, forKey: .id) : ""
        on = try container.decode(Day.self, forKey: .on)
        hours = try container.decode(Double.self, forKey: .hours)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        changedAt = try container.decodeIfPresent(String.self, forKey: .changedAt)
        changedBy = try container.decodeIfPresent(String.self, forKey: .changedBy)
    }
}
