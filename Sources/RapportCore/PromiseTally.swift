/// How one channel's response promises fared over a span of days: the requests judged, and those met and missed.
public struct PromiseTally: Sendable, Equatable {
    public var channel: RequestChannel
    /// The verdicts of the requests judged: met or missed, in the order they came in.
    public var verdicts: [ResponseVerdict]

    public init(channel: RequestChannel, verdicts: [ResponseVerdict]) {
        self.channel = channel
        self.verdicts = verdicts
    }

    public var judged: Int { verdicts.count }
    public var met: Int { verdicts.filter { $0.outcome == .met }.count }
    public var missed: Int { verdicts.filter { $0.outcome == .missed }.count }

    /// The share met, as a whole percent rounded down, so that 99.9% does not read as every promise kept.
    public var compliancePercent: Int { judged == 0 ? 100 : met * 100 / judged }

    /// The median business minutes of the responses given, the lower of the middle two for an even count.
    public var medianResponseMinutes: Int? {
        let minutes = verdicts.compactMap(\.responseMinutes).sorted()
        return minutes.isEmpty ? nil : minutes[(minutes.count - 1) / 2]
    }

    /// The misses in words, e.g. `2 of 9 phone responses missed`, or nil when none was missed.
    public var missedText: String? {
        missed == 0 ? nil : "\(missed) of \(judged) \(channel.name) \(judged == 1 ? "response" : "responses") missed"
    }
}

extension Client {
    /// The promises judged of the requests that came in on some days, per channel with a promise and a request.
    ///
    /// A request is judged once answered, or once its deadline has passed unanswered; one still within its time is
    /// not judged yet.
    ///
    /// - Parameters:
    ///   - days: the days the requests came in.
    ///   - hours: the business hours.
    ///   - now: the moment of judging.
    /// - Returns: the tallies, in channel order.
    public func promiseTallies(in days: ClosedRange<Day>, hours: BusinessHours, now: DayTime) -> [PromiseTally] {
        let verdicts = (requests ?? []).filter { days.contains($0.at.day) }.map {
            (channel: $0.via, verdict: verdict(of: $0, hours: hours, now: now))
        }
        return RequestChannel.allCases.compactMap { channel in
            let judged = verdicts.filter {
                $0.channel == channel && ($0.verdict.outcome == .met || $0.verdict.outcome == .missed)
            }
            return judged.isEmpty ? nil : PromiseTally(channel: channel, verdicts: judged.map(\.verdict))
        }
    }

    /// The misses of the current term's response promises in words: `2 of 9 phone responses missed`.
    ///
    /// - Parameters:
    ///   - today: the day.
    ///   - hours: the business hours.
    /// - Returns: one line per channel with a miss.
    public func missedResponses(today: Day, hours: BusinessHours) -> [String] {
        termPromiseTallies(today: today, hours: hours).compactMap(\.missedText)
    }

    /// The promises of the requests of the current term before today, judged as of the start of today, so that a
    /// renewal's health does not change during the day.
    func termPromiseTallies(today: Day, hours: BusinessHours) -> [PromiseTally] {
        guard let agreement = agreement(on: today), agreement.start < today else { return [] }
        return promiseTallies(
            in: agreement.start...today.adding(days: -1), hours: hours,
            now: DayTime(day: today, time: TimeOfDay(hour: 0, minute: 0)!))
    }
}
