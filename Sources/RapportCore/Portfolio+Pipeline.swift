// MARK: - Surveys to send and the prospects pipeline

extension Client {
    /// Where the client stands in the sales pipeline: its entry, or for a client with the prospect status and no
    /// entry yet, such as one added with `client add --status prospect`, a lead whose trigger is its source
    /// (`other` when unknown). Nil for clients never in the pipeline.
    public var prospect: Prospect? {
        pipeline ?? (status == .prospect ? Prospect(trigger: source ?? .other) : nil)
    }

    /// The survey date that is due, or falls due within some days, and has not been met by a survey sent or
    /// answered around it.
    ///
    /// The yearly survey is due `surveyLeadDays` before the renewal; twice-yearly and quarterly cadences add dates
    /// 6 or 3 months before that one. A survey sent from 30 days before a date until the next date meets it.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - defaults: the settings' defaults.
    ///   - days: how many days ahead to look, today included.
    /// - Returns: the earliest unmet date, or nil.
    public func surveyDue(today: Day, defaults: Defaults, within days: Int) -> Day? {
        guard let agreement = agreement(on: today), status == .active, today < agreement.renewalDate else { return nil }
        let cadence = agreement.surveyCadence ?? .yearly
        var dates: [Day] = []
        var date = agreement.renewalDate.adding(days: -agreement.surveyLead(defaults))
        while date >= agreement.start && dates.count < 12 {
            dates.append(date)
            date = date.adding(months: -cadence.months)
        }
        let horizon = today.adding(days: days - 1)
        return dates.sorted().first { due in
            guard due <= horizon, today < due.adding(months: cadence.months) else { return false }
            let window = due.adding(days: -30)..<due.adding(months: cadence.months)
            return !surveys.contains { survey in
                (survey.sent.map(window.contains) ?? false) || (survey.answered.map(window.contains) ?? false)
            }
        }
    }
}

extension Portfolio {
    /// Clients whose survey should go out within the next days, the longest-due first.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - days: how many days ahead, today included; a week by default.
    /// - Returns: each client with the date its survey is due.
    public func surveysToSend(today: Day, days: Int = 7) -> [(client: Client, due: Day)] {
        clients.compactMap { client in
            client.surveyDue(today: today, defaults: settings.defaults, within: days).map { (client, $0) }
        }.sorted { ($0.due, $0.client.name) < ($1.due, $1.client.name) }
    }

    /// Every prospect with the entry it counts by: open ones first by stage and next step, then won and lost.
    public var prospects: [(client: Client, prospect: Prospect)] {
        clients.compactMap { client in client.prospect.map { (client, $0) } }.sorted { a, b in
            if a.prospect.stage.isOpen != b.prospect.stage.isOpen { return a.prospect.stage.isOpen }
            if a.prospect.stage != b.prospect.stage { return a.prospect.stage < b.prospect.stage }
            return (a.prospect.nextStepOn ?? Day(ordinal: Int.max), a.client.name)
                < (b.prospect.nextStepOn ?? Day(ordinal: Int.max), b.client.name)
        }
    }

    /// The estimated monthly fees of the prospects still being worked on.
    public var openPipelineValue: Money {
        prospects.filter { $0.prospect.stage.isOpen }.reduce(.zero) { $0 + ($1.prospect.estimatedMonthlyFee ?? .zero) }
    }
}
