/// A client with the history that no report about today or the days ahead can see left out, and the first day from
/// which it answers every report exactly as the whole document does.
///
/// The reports about a day (its visits, renewals, overdue contact, surveys, revenue, the dashboard) look back no
/// further than the latest contract's first month, the latest contact and the follow-ups still open. Years of older
/// visits and months of answered touchpoints change none of their answers, so a summary keeps them out, and the
/// store's derived index holds summaries instead of whole documents. Surveys, terms and the profile are small and
/// kept whole; of the older terms, those that a year of revenue history can reach.
public struct ClientSummary: Codable, Sendable, Equatable {
    /// The document, possibly without some visits and touchpoints.
    public var client: Client
    /// The first day on which reports from `client` equal reports from the whole document; nil when nothing was
    /// left out, so that it answers for every day.
    public var exactFrom: Day?

    /// Summarizes a whole document.
    ///
    /// What is kept, and why it keeps the answers exact from `exactFrom` on:
    /// - visits on or after the first day of the latest contract's first month, or standing in for an occurrence from
    ///   then on: the schedule, missed visits, visit gaps, delivery and the hours bank never look earlier. Once the
    ///   day is past the term's first done visit, the last visit before any later day is among them too; the visits
    ///   done on the latest such day are kept in case the term has none. Only the visits of the two latest days
    ///   anything was done keep their notes: from the day after the earlier of them, the last visit before any day
    ///   is on one of those two. The latest done visits with hours stay too, whatever their day, since the typical
    ///   visit (`Client.typicalVisitHours`) is their average on every day;
    /// - touchpoints on the latest contact day, and those whose follow-up no contact before that day answered. Once a
    ///   day has reached the latest contact, the last contact is that one, and a follow-up is answered exactly when
    ///   that contact came after the touchpoint and on or after the follow-up, so the other touchpoints tell nothing;
    ///   one that contact answered stays, for the agenda of its day, which shows it done;
    /// - terms that ended less than twelve months before that month, which is as far back as a year of monthly
    ///   revenue from any later day looks; the first, which stands for the start of the relationship; and those of
    ///   the latest contract and the one before it, whose survey score a renewal compares.
    ///
    /// - Parameter whole: the document as read from its file.
    public init(_ whole: Client) {
        client = whole
        exactFrom = nil
        let contracts = whole.contracts
        guard let latest = contracts.last else { return }
        let cutoff = whole.terms[latest.lowerBound].start.startOfMonth
        let doneDays = whole.visits.filter { $0.status == .done }.map(\.on)
        let latestDone = doneDays.max()
        let averaged = Set(whole.latestTimedVisits.map(\.id))
        let isKept = { (visit: Visit) in
            visit.on >= cutoff || (visit.occurrence.map { $0 >= cutoff } ?? false)
                || (visit.status == .done && visit.on == latestDone) || averaged.contains(visit.id)
        }
        var visits = whole.visits.filter(isKept)
        let droppedDone = whole.visits.contains { $0.status == .done && !isKept($0) }
        var constraints: [Day] = []
        if visits.count < whole.visits.count { constraints.append(cutoff) }
        if droppedDone, let firstDone = visits.filter({ $0.status == .done && $0.on >= cutoff }).map(\.on).min() {
            constraints.append(firstDone.adding(days: 1))
        }
        // The last visit before a later day is on one of the two latest days anything was done; older notes can go.
        if let secondLatestDone = latestDone.flatMap({ latest in doneDays.filter { $0 < latest }.max() }) {
            let older = visits.indices.filter {
                visits[$0].status == .done && visits[$0].on < secondLatestDone && visits[$0].note != nil
            }
            for index in older { visits[index].note = nil }
            if !older.isEmpty { constraints.append(secondLatestDone.adding(days: 1)) }
        }
        var touchpoints = whole.touchpoints
        let contactDays = (whole.touchpoints.map(\.on) + doneDays).sorted()
        if let latestContact = contactDays.last {
            touchpoints.removeAll { touchpoint in
                guard touchpoint.on < latestContact else { return false }
                guard let followUp = touchpoint.followUp else { return true }
                // The first contact that could answer it: after the touchpoint, on or after its follow-up.
                let earliest = max(followUp, touchpoint.on.adding(days: 1))
                var low = 0
                var high = contactDays.count
                while low < high {
                    let middle = (low + high) / 2
                    if contactDays[middle] < earliest { low = middle + 1 } else { high = middle }
                }
                return low < contactDays.count && contactDays[low] < latestContact
            }
            // Left-out done visits are contacts too; the latest contact itself is always kept.
            if touchpoints.count < whole.touchpoints.count || droppedDone { constraints.append(latestContact) }
        }
        let reach = cutoff.adding(months: -12)
        let kept = (contracts.dropLast().last?.lowerBound ?? latest.lowerBound)
        let terms = whole.terms.enumerated().filter { index, term in
            index == 0 || index >= kept || term.end > reach
        }.map(\.element)
        // Until the latest contract starts, the one before it stands, and its own previous term may be gone.
        if terms.count < whole.terms.count { constraints.append(whole.terms[latest.lowerBound].start) }
        guard let from = constraints.max() else { return }
        client.visits = visits
        client.touchpoints = touchpoints
        client.terms = terms
        exactFrom = from
    }

    /// Whether reports for a day computed from this summary equal those from the whole document.
    ///
    /// - Parameter today: the day the reports are for.
    /// - Returns: true from `exactFrom` on, and always when nothing was left out.
    public func answers(on today: Day) -> Bool {
        exactFrom.map { today >= $0 } ?? true
    }
}
