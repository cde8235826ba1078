/// A client's request for help: when it came in and by which channel, when someone answered, and the work it took.
///
/// The response promise of the agreement is judged on it (`BusinessHours`); its hours, when billable, go on the
/// monthly bill, and otherwise count as work the agreement's fee pays for.
public struct ServiceRequest: Codable, Sendable, Equatable, Record {
    public var id: String
    /// When the client asked, on the local wall clock.
    public var at: DayTime
    public var via: RequestChannel
    public var summary: String
    /// When someone first answered.
    public var respondedAt: DayTime?
    /// When the work was done.
    public var closedAt: DayTime?
    /// The hours the work took.
    public var hours: Double?
    /// Whether the work is billed beyond the agreement.
    public var billable: Bool?
    /// Whether the work was done outside business hours, at the after-hours premium unless the agreement waives it.
    public var afterHours: Bool?
    public var note: String?
    public var changedAt: String?
    public var changedBy: String?

    public init(id: String, at: DayTime, via: RequestChannel, summary: String) {
        self.id = id
        self.at = at
        self.via = via
        self.summary = summary
    }

    /// Whether the work is not closed yet.
    public var isOpen: Bool { closedAt == nil }
}

/// How a request is answered, each with its own promise in the agreement.
public enum RequestChannel: String, Codable, Sendable, CaseIterable {
    case phone, remote, onsite

    /// The channel's words in a report.
    public var name: String { self == .onsite ? "on site" : rawValue }

    /// The channel's words with their indefinite article, e.g. `an on site`.
    public var withArticle: String { self == .onsite ? "an on site" : "a \(name)" }

    /// The promised response time in minutes, from the agreement's response times.
    ///
    /// - Parameter response: the agreement's promises.
    /// - Returns: the minutes, or nil when nothing is promised for the channel.
    public func promiseMinutes(_ response: ResponseTimes?) -> Int? {
        switch self {
        case .phone: response?.phoneMinutes
        case .remote: response?.remoteHours.map { Int(($0 * 60).rounded()) }
        case .onsite: response?.onsiteHours.map { Int(($0 * 60).rounded()) }
        }
    }
}
