// MARK: - Service requests: the edits behind the request changes

extension Client {
    /// Logs a request for help.
    mutating func openRequest(
        at: DayTime, via: RequestChannel, summary: String, today: Day, id: String
    ) throws(ChangeError) {
        guard at.day <= today else { throw ChangeError(field: "at", "a request cannot be logged in the future") }
        try Validate.text(summary, field: "summary", required: true, limit: 500)
        requests = (requests ?? []) + [ServiceRequest(id: id, at: at, via: via, summary: summary)]
    }

    /// Records the first answer to a request; a later answer changes it.
    mutating func respondToRequest(_ id: String, at: DayTime, today: Day) throws(ChangeError) {
        var request = try self.request(id)
        try Client.check(at, after: request.at, today: today, what: "the response")
        request.respondedAt = at
        requests![requests!.firstIndex { $0.id == id }!] = request
    }

    /// Records the work done on a request; a request closed without a response counts as answered when closed.
    mutating func closeRequest(_ id: String, _ closing: RequestClosing, today: Day) throws(ChangeError) {
        var request = try self.request(id)
        try Client.check(closing.at, after: request.at, today: today, what: "the closing")
        try Validate.hours(closing.hours)
        if let note = closing.note { try Validate.text(note, field: "note") }
        request.closedAt = closing.at
        request.respondedAt = request.respondedAt ?? closing.at
        request.hours = closing.hours
        request.billable = closing.billable ? true : nil
        request.afterHours = closing.afterHours ? true : nil
        request.note = closing.note ?? request.note
        requests![requests!.firstIndex { $0.id == id }!] = request
    }

    /// The request with an id.
    private func request(_ id: String) throws(ChangeError) -> ServiceRequest {
        guard let request = requests?.first(where: { $0.id == id }) else { throw ChangeError.noRecord(id, .request) }
        return request
    }

    /// Refuses a moment before the request came in, or on a day still to come.
    private static func check(_ at: DayTime, after asked: DayTime, today: Day, what: String) throws(ChangeError) {
        guard at >= asked else {
            throw ChangeError(field: "at", "\(what) is before the request itself (\(asked.short))")
        }
        guard at.day <= today else { throw ChangeError(field: "at", "\(what) cannot be in the future") }
    }
}

/// How a request was closed: when, the hours it took, and how they are billed.
public struct RequestClosing: Sendable, Equatable {
    public var at: DayTime
    public var hours: Double
    public var billable: Bool
    public var afterHours: Bool
    public var note: String?

    public init(at: DayTime, hours: Double, billable: Bool = false, afterHours: Bool = false, note: String? = nil) {
        self.at = at
        self.hours = hours
        self.billable = billable
        self.afterHours = afterHours
        self.note = note
    }
}
