import RapportCore

/// `rapport surveys` and the dashboard's surveys view: the satisfaction surveys to send within the next days.
public struct SurveysReport: Encodable, Sendable, Equatable {
    public var date: Day
    public var days: Int
    public var surveys: [Entry]

    /// A survey to send.
    public struct Entry: Encodable, Sendable, Equatable {
        public var client: String
        public var name: String
        public var due: Day
        public var renewsOn: Day
        public var cadence: SurveyCadence
    }

    /// How many days ahead the report looks unless asked otherwise.
    public static let defaultDays = 7

    /// Works out the surveys due.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - today: the first day.
    ///   - days: how many days to look ahead, today included.
    public init(_ portfolio: Portfolio, today: Day, days: Int = defaultDays) {
        date = today
        self.days = days
        surveys = portfolio.surveysToSend(today: today, days: days).compactMap { client, due in
            client.agreement(on: today).map {
                Entry(
                    client: client.id, name: client.name, due: due, renewsOn: $0.renewalDate,
                    cadence: $0.surveyCadence ?? .yearly)
            }
        }
    }

    /// When a survey is due, counted from the report's day: `3 days late`, `today` or `in 2 days`.
    ///
    /// - Parameter entry: one of the report's surveys.
    /// - Returns: the words.
    public func whenText(_ entry: Entry) -> String {
        let offset = date.days(until: entry.due)
        return offset < 0 ? "\(count(-offset, "day")) late" : offset == 0 ? "today" : "in \(count(offset, "day"))"
    }
}
