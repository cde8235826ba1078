// MARK: - Visits as calendar events

extension ICalendar {
    /// How long a visit's calendar entry lasts, since the store records a start time but no end.
    public static let visitMinutes = 60

    /// The calendar of a list of visits, one event each.
    ///
    /// Each event's UID is the client id with the rule occurrence the visit comes from, or the visit record's id for
    /// a visit outside the rule, so a moved visit keeps its UID and a calendar moves the event instead of adding one.
    ///
    /// - Parameters:
    ///   - visits: the visits with their clients, in calendar order.
    ///   - settings: for the business name and the technicians' names.
    ///   - technician: the technician the calendar is for, or nil for everyone's visits.
    public init(visits: [(client: Client, visit: ScheduledVisit)], settings: Settings, technician: String?) {
        let owner = technician.map { " for \(settings.technician($0)?.name ?? $0)" } ?? ""
        let events = visits.map { entry in
            let client = entry.client
            let visit = entry.visit
            let key = visit.occurrence?.description ?? visit.recordID ?? visit.on.description
            // A technician's own calendar needs no name on every event; everyone's calendar does.
            let who = technician == nil ? visit.technician.map { " (\($0))" } ?? "" : ""
            return Event(
                uid: "\(client.id)-\(key)@rapport", day: visit.on, time: visit.at, minutes: ICalendar.visitMinutes,
                summary: "Visit to \(client.name)\(who)", location: client.address,
                description: ICalendar.details(of: visit, at: client, settings: settings))
        }
        self.init(name: "\(settings.business) visits\(owner)", events: events)
    }

    /// What a technician needs on the way: whom to ask for, their phone, who goes, the travel time and the note.
    ///
    /// - Returns: one fact a line, or nil when there is nothing to say.
    private static func details(of visit: ScheduledVisit, at client: Client, settings: Settings) -> String? {
        var lines: [String] = []
        if let contact = client.primaryContact {
            lines.append(
                "Contact: " + [contact.name, contact.role, contact.phone].compactMap { $0 }.joined(separator: ", "))
            if let email = contact.email { lines.append("Email: \(email)") }
        }
        if let id = visit.technician {
            lines.append("Technician: " + (settings.technician(id).map { "\($0.name) (\(id))" } ?? id))
        }
        if let minutes = client.travelMinutes { lines.append("Travel: \(minutes) min") }
        if let note = visit.note { lines.append("Note: \(note)") }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
