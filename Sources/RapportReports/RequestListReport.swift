import RapportCore

/// `rapport request list`: every request, newest first, with its deadline in business hours and how it stands; the
/// open ones alone (`--open`, the dashboard's requests view) come by the time left, as `byTimeLeft` orders them.
public struct RequestListReport: Encodable, Sendable, Equatable {
    public var now: DayTime
    public var requests: [Entry]

    /// One request.
    public struct Entry: Encodable, Sendable, Equatable {
        public var id: String
        public var client: String
        public var name: String
        public var via: RequestChannel
        public var at: DayTime
        public var summary: String
        public var deadline: DayTime?
        public var respondedAt: DayTime?
        public var closedAt: DayTime?
        public var hours: Double?
        public var billable: Bool
        public var outcome: ResponseVerdict.Outcome
        /// The business minutes the first answer took.
        public var responseMinutes: Int?
        /// `24 m left`, `missed by 1 h 10 m`, `met in 25 m`.
        public var standing: String
    }

    /// Lists the requests.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - now: the moment of judging.
    ///   - openOnly: whether to leave out the closed ones, and list the rest by the time left.
    public init(_ portfolio: Portfolio, now: DayTime, openOnly: Bool = false) {
        self.now = now
        let hours = portfolio.settings.hours
        requests = portfolio.clients.flatMap { client in
            (client.requests ?? []).filter { !openOnly || $0.isOpen }.map { request in
                let verdict = client.verdict(of: request, hours: hours, now: now)
                return Entry(
                    id: request.id, client: client.id, name: client.name, via: request.via, at: request.at,
                    summary: request.summary, deadline: verdict.deadline, respondedAt: request.respondedAt,
                    closedAt: request.closedAt, hours: request.hours, billable: request.billable ?? false,
                    outcome: verdict.outcome, responseMinutes: verdict.responseMinutes,
                    standing: RequestListReport.standing(verdict))
            }
        }
        .sorted(by: openOnly ? RequestListReport.byTimeLeft : { ($0.at, $0.id) > ($1.at, $1.id) })
    }

    /// The order of requests still to be dealt with: those waiting for an answer by their deadline, so a missed one
    /// comes first, the longest missed at the top, and then the least time left; then those answered or promised
    /// nothing, which wait only to be closed, oldest first.
    ///
    /// - Parameters:
    ///   - lhs: a request.
    ///   - rhs: another request.
    /// - Returns: whether `lhs` comes first.
    public static func byTimeLeft(_ lhs: Entry, _ rhs: Entry) -> Bool {
        func key(_ entry: Entry) -> (Int, Int, String) {
            guard entry.respondedAt == nil, let deadline = entry.deadline else {
                return (1, entry.at.minutes, entry.id)
            }
            return (0, deadline.minutes, entry.id)
        }
        return key(lhs) < key(rhs)
    }

    /// How a verdict reads: the time left, by how much it was missed, or how fast it was met.
    ///
    /// - Parameter verdict: the verdict.
    /// - Returns: the words.
    public static func standing(_ verdict: ResponseVerdict) -> String {
        switch verdict.outcome {
        case .pending: "\(formatMinutes(verdict.minutesFromNow ?? 0)) left"
        case .missed:
            if let late = verdict.minutesFromNow {
                "missed by \(formatMinutes(late))"
            } else {
                "missed (answered in \(formatMinutes(verdict.responseMinutes ?? 0)))"
            }
        case .met: "met in \(formatMinutes(verdict.responseMinutes ?? 0))"
        case .unpromised: "no promise"
        }
    }
}
