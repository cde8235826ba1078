/// How a request stands against the response promise of the agreement in force on the day it came in.
public struct ResponseVerdict: Sendable, Equatable {
    /// The promise, in business minutes, or nil when the agreement promises nothing for the channel.
    public var promiseMinutes: Int?
    /// When the answer is due.
    public var deadline: DayTime?
    public var outcome: Outcome
    /// The business minutes the first answer took.
    public var responseMinutes: Int?
    /// Business minutes to the deadline (still to go), or past it (missed and not yet answered), as of now.
    public var minutesFromNow: Int?

    /// Whether a promise was kept.
    public enum Outcome: String, Codable, Sendable, Equatable {
        /// Answered by the deadline.
        case met
        /// Not answered by the deadline, whether or not answered later.
        case missed
        /// Not answered yet, and the deadline is still ahead.
        case pending
        /// Nothing was promised for the channel.
        case unpromised
    }

    /// Judges a request.
    ///
    /// - Parameters:
    ///   - request: the request.
    ///   - promise: the promised response in business minutes, if any.
    ///   - hours: the business hours.
    ///   - now: the moment of judging, for requests not answered yet.
    public init(_ request: ServiceRequest, promise: Int?, hours: BusinessHours, now: DayTime) {
        promiseMinutes = promise
        responseMinutes = request.respondedAt.map { hours.minutes(from: request.at, to: $0) }
        deadline = promise.flatMap { hours.deadline(from: request.at, adding: $0) }
        guard let deadline else {
            outcome = .unpromised
            return
        }
        if let answered = request.respondedAt {
            outcome = answered <= deadline ? .met : .missed
        } else if now <= deadline {
            outcome = .pending
            minutesFromNow = hours.minutes(from: now, to: deadline)
        } else {
            outcome = .missed
            minutesFromNow = hours.minutes(from: deadline, to: now)
        }
    }
}

extension Client {
    /// How a request stands against the promise for its channel in the agreement in force on its day.
    ///
    /// - Parameters:
    ///   - request: one of the client's requests.
    ///   - hours: the business hours.
    ///   - now: the moment of judging.
    /// - Returns: the verdict.
    public func verdict(of request: ServiceRequest, hours: BusinessHours, now: DayTime) -> ResponseVerdict {
        ResponseVerdict(
            request, promise: request.via.promiseMinutes(agreement(on: request.at.day)?.response), hours: hours,
            now: now
        )
    }
}

/// A span of business minutes as people read it: `25 m`, `1 h 10 m`, `2 h`.
///
/// - Parameter minutes: the minutes, 0 or more.
/// - Returns: the words.
public func formatMinutes(_ minutes: Int) -> String {
    let (h, m) = (minutes / 60, minutes % 60)
    if h == 0 { return "\(m) m" }
    return m == 0 ? "\(h) h" : "\(h) h \(m) m"
}
