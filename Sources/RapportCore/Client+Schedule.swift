// MARK: - The visit calendar

extension Client {
    /// Every visit on the calendar between two days: rule occurrences merged with stored records.
    ///
    /// A record that overrides an occurrence (moved, cancelled or done) replaces it, wherever it moved to. Each
    /// term promises the occurrences of its own rule within its own dates, anchored at its contract's start.
    ///
    /// - Parameters:
    ///   - from: the first day, inclusive.
    ///   - through: the last day, inclusive.
    /// - Returns: visits sorted by day, then time.
    public func schedule(from: Day, through: Day) -> [ScheduledVisit] {
        guard from <= through else { return [] }
        let overridden = Set(visits.compactMap(\.occurrence))
        var result = promisedVisits(from: from, through: through).filter { !overridden.contains($0.day) }.map {
            ScheduledVisit(
                on: $0.day, at: $0.plan.time, technician: $0.plan.technician, status: .planned, occurrence: $0.day)
        }
        for record in visits where record.on >= from && record.on <= through {
            result.append(ScheduledVisit(record))
        }
        return result.sorted { ($0.on, $0.at?.minutes ?? -1) < ($1.on, $1.at?.minutes ?? -1) }
    }

    /// Visits still to happen from today on: neither done nor cancelled.
    ///
    /// - Parameters:
    ///   - today: the first day.
    ///   - days: how many days to look ahead, today included.
    /// - Returns: the planned visits, sorted.
    public func upcomingVisits(today: Day, days: Int) -> [ScheduledVisit] {
        schedule(from: today, through: today.adding(days: days - 1)).filter { $0.status == .planned }
    }

    /// Past visits of the contract standing today that were planned but neither done nor cancelled.
    ///
    /// - Parameter today: the current day; visits on it are not missed yet.
    /// - Returns: the missed visits, oldest first.
    public func missedVisits(today: Day) -> [ScheduledVisit] {
        guard let agreement = agreement(on: today) else { return [] }
        return schedule(from: agreement.start, through: today.adding(days: -1)).filter { $0.status == .planned }
    }

    /// The visits the agreement promised in a span that are not on the calendar: occurrences cancelled (moved or
    /// not), and past occurrences nothing happened to. A moved visit keeps its promise wherever it went.
    ///
    /// - Parameters:
    ///   - from: the first day, inclusive.
    ///   - through: the last day, inclusive.
    ///   - today: the current day; an occurrence from today on is not missed yet.
    /// - Returns: the holes, by the day of the promised occurrence.
    public func cadenceHoles(from: Day, through: Day, today: Day) -> [CadenceHole] {
        guard from <= through else { return [] }
        let records = Dictionary(
            visits.compactMap { record in record.occurrence.map { ($0, record) } },
            uniquingKeysWith: { _, last in last })
        return promisedVisits(from: from, through: through).compactMap { promise -> CadenceHole? in
            if let record = records[promise.day] {
                guard record.status == .cancelled else { return nil }
                return CadenceHole(
                    day: promise.day, technician: record.technician ?? promise.plan.technician, reason: .cancelled)
            }
            guard promise.day < today else { return nil }
            return CadenceHole(day: promise.day, technician: promise.plan.technician, reason: .missed)
        }
    }

    /// The latest visit done before a day, whose note a technician reads on the way to the next one.
    ///
    /// - Parameter day: the day of the coming visit.
    /// - Returns: the visit, or nil when none was done before.
    public func lastVisit(before day: Day) -> Visit? {
        visits.filter { $0.status == .done && $0.on < day }.max { $0.on < $1.on }
    }

    /// The scheduled visit on a day that an action would act on: a planned or done one before a cancelled one.
    ///
    /// - Parameter day: the day.
    /// - Returns: the visit, or nil when none is on the calendar that day.
    public func visit(on day: Day) -> ScheduledVisit? {
        let candidates = schedule(from: day, through: day)
        return candidates.first { $0.status != .cancelled } ?? candidates.first
    }
}
