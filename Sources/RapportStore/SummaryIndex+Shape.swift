import RapportCore

// MARK: - The shape of what the index holds

extension SummaryIndex {
    /// The layout of the index's records in this build, as text: every stored property of every type a record holds,
    /// in declaration order, which is the order the keyless compact form writes them in.
    ///
    /// The format line carries a hash of it, so that an index written by a build whose types differ, even by one
    /// added or reordered field, is rebuilt rather than decoded into wrong figures. It is read off a record that
    /// fills every field (`probe`); a test holds the probe to that.
    static let shape = describe(probeRecord)

    /// A summary with every optional field set and every list holding one element, so that the shape reaches every
    /// type and field a record can hold.
    static var probe: ClientSummary {
        let day = Day(year: 2026, month: 1, day: 15)!
        let stamp = (at: "2026-01-15T09:00:00+00:00", by: "probe@rapport")
        func stamped<T: Stamped>(_ record: T) -> T {
            var record = record
            record.changedAt = stamp.at
            record.changedBy = stamp.by
            return record
        }
        var client = Client(
            id: "probe", uid: "probe", name: "Probe", status: .active, source: .referral,
            size: CompanySize(workstations: 1, servers: 1, wan: true), address: "1 Main St", travelMinutes: 1,
            notes: "notes")
        client.needs = ["exchange"]
        client.people = [stamped(Person(id: "p", name: "P", role: "r", phone: "1", email: "p@x.example"))]
        var agreement = Agreement(
            kind: .block, monthlyFee: Money(1), start: day,
            visits: VisitPlan(rule: RecurrenceRule.presets[0].rule, time: TimeOfDay("09:00"), technician: "js"),
            contactEveryDays: 1, surveyLeadDays: 1,
            response: ResponseTimes(onsiteHours: 1, phoneMinutes: 1, remoteHours: 1), hourlyDiscountPercent: 1,
            afterHoursPremiumWaived: true, tripCharge: Money(1), minimumHours: 1,
            hoursBank: HoursBank(
                purchased: 1, adjustments: [stamped(HoursAdjustment(id: "h", on: day, hours: 1, note: "n"))]),
            surveyCadence: .quarterly)
        agreement.proposalSent = day
        var term = stamped(Term(id: "t", agreement: agreement, start: day, renewsOn: day.adding(months: 12)))
        term.until = day.adding(months: 6)
        term.ending = Ending(reason: "r")
        client.terms = [term]
        client.visits = [
            stamped(
                Visit(
                    id: "v", occurrence: day, on: day, at: TimeOfDay("09:00"), technician: "js", status: .done,
                    hours: 1,
                    note: "n"))
        ]
        client.touchpoints = [stamped(Touchpoint(id: "c", on: day, via: .call, by: "js", note: "n", followUp: day))]
        client.surveys = [stamped(Survey(id: "s", sent: day, answered: day, score: 9, comment: "c"))]
        var request = ServiceRequest(
            id: "r", at: DayTime(day: day, time: TimeOfDay("09:00")!), via: .phone, summary: "s")
        request.respondedAt = request.at
        request.closedAt = request.at
        request.hours = 1
        request.billable = true
        request.afterHours = true
        request.note = "n"
        client.requests = [stamped(request)]
        client.pipeline = stamped(
            Prospect(
                trigger: .audit, stage: .lost, estimatedMonthlyFee: Money(1), nextStep: "n", nextStepOn: day,
                lostReason: "r"))
        client.changedAt = stamp.at
        client.changedBy = stamp.by
        client.conflicts = [
            Conflict(
                id: "k", kind: .changedOnBoth, path: "notes", kept: "\"a\"", other: "\"b\"", otherBy: stamp.by,
                otherAt: stamp.at)
        ]
        var summary = ClientSummary(client)
        summary.exactFrom = day
        return summary
    }

    /// A record as the index holds it, around the probe.
    private static var probeRecord: Record {
        Record(
            fingerprint: FileFingerprint(device: 1, inode: 1, size: 1, modifiedNanoseconds: 1, contentHash: 1),
            settled: true, summary: probe)
    }

    /// A value's type and, for a structure, its stored properties in order, each described in turn; an optional by
    /// what it holds, a list by its first element. An empty optional or list shows as `nil` or `[]`. Days, money,
    /// times and rules are written as one value each, so they are described by their type alone.
    ///
    /// - Parameter value: the value.
    /// - Returns: the description.
    static func describe(_ value: Any) -> String {
        // Written as one value each (a rule as its text, a day as its ordinal), so their insides are not the shape.
        if value is RecurrenceRule || value is Day || value is Money || value is TimeOfDay || value is DayTime {
            return "\(type(of: value))"
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { describe($0.value) } ?? "nil"
        case .collection:
            return "[" + (mirror.children.first.map { describe($0.value) } ?? "") + "]"
        case .struct, .class:
            let fields = mirror.children.map { "\($0.label ?? "_"):\(describe($0.value))" }
            return "\(type(of: value)){\(fields.joined(separator: ","))}"
        default:
            return "\(type(of: value))"
        }
    }
}
