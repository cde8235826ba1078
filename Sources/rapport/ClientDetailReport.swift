import RapportCore

/// `rapport client show`: one client's profile, people, agreement, hours bank and history.
struct ClientDetailReport: Report {
    var client: Client
    var renewsOn: Day?
    var surveyStatus: SurveyStatus?
    var hoursBank: HoursBank?
    var overdue: Overdue?
    var upcomingVisits: [Day]

    /// The figures of the hours bank, with its alert.
    struct HoursBank: Encodable {
        var purchased: Double
        var adjustments: Double
        var used: Double
        var remaining: Double
        var overrun: Double
        var percentUsed: Int
        var alert: String?
    }

    struct Overdue: Encodable {
        var daysSince: Int
        var limitDays: Int
        var reason: String
    }

    init(_ client: Client, settings: Settings, today: Day) {
        self.client = client
        renewsOn = client.agreement?.renewalDate
        surveyStatus = client.surveyStatus(today: today, defaults: settings.defaults)
        hoursBank = client.hoursBankStatus().map {
            HoursBank(
                purchased: $0.purchased, adjustments: $0.adjustments, used: $0.used, remaining: $0.remaining,
                overrun: $0.overrun, percentUsed: Int(($0.fractionUsed * 100).rounded()), alert: $0.alert?.rawValue)
        }
        overdue = client.overdueContact(today: today, defaults: settings.defaults).map {
            Overdue(daysSince: $0.daysSince, limitDays: $0.limitDays, reason: $0.reason.key)
        }
        upcomingVisits = client.upcomingVisits(today: today, days: 60).map(\.on)
    }

    func text(_ output: Output, settings: Settings) -> String {
        let c = client
        var out = output.bold(DisplayText.safe(c.name)) + "  (\(c.id), \(c.status.rawValue))\n"
        var profile = TextTable(["", ""])
        profile.add(["Size", "\(c.size.workstations) workstations, \(c.size.servers) servers, \(c.size.wan ? "WAN" : "no WAN")"])
        profile.add(["Address", (c.address ?? "-") + (c.travelMinutes.map { " (\($0) min away)" } ?? "")])
        if let source = c.source { profile.add(["Came from", source.rawValue]) }
        if let notes = c.notes { profile.add(["Notes", notes]) }
        out += profile.render(output)

        out += "\n" + output.bold("People") + "\n"
        if c.people.isEmpty { out += "  none yet\n" }
        for person in c.people {
            let details = [person.role, person.phone, person.email].compactMap { $0 }.map { DisplayText.safe($0) }
            out += "  \(DisplayText.safe(person.name))\(person.primary ? " (primary)" : "")"
            out += details.isEmpty ? "\n" : ": \(details.joined(separator: ", "))\n"
        }

        out += "\n" + output.bold("Agreement") + "\n"
        if let a = c.agreement {
            var terms = TextTable(["", ""])
            terms.add(["Kind", a.kind.rawValue])
            terms.add(["Fee", "\(a.monthlyFee.shown(settings)) a month"])
            terms.add(["Term", "\(a.start.short) \(a.start.year) to \(a.renewalDate.short) \(a.renewalDate.year)"])
            if let plan = a.visits {
                let at = plan.time.map { " at \($0)" } ?? ""
                let who = plan.technician.map { " (\($0))" } ?? ""
                terms.add(["Visits", "\(plan.rule.summary)\(at)\(who)"])
            }
            terms.add(["Contact every", "\(a.contactLimit(settings.defaults)) days"])
            if let r = a.response {
                let parts = [
                    r.onsiteHours.map { "\(formatHours($0)) h on site" }, r.phoneMinutes.map { "\($0) min by phone" },
                    r.remoteHours.map { "\(formatHours($0)) h remote" },
                ].compactMap { $0 }
                terms.add(["Response", parts.joined(separator: ", ")])
            }
            if let discount = a.hourlyDiscountPercent { terms.add(["Hourly discount", "\(discount)%"]) }
            if a.afterHoursPremiumWaived { terms.add(["After hours", "premium waived"]) }
            if let trip = a.tripCharge { terms.add(["Trip charge", trip.shown(settings)]) }
            if let minimum = a.minimumHours { terms.add(["Minimum", "\(formatHours(minimum)) h per visit"]) }
            if let status = surveyStatus { terms.add(["Survey", status.rawValue]) }
            if let bank = hoursBank {
                let alert = bank.alert.map { "  ALERT: \($0 == "overrun" ? "overrun by \(formatHours(bank.overrun)) h" : "\($0) used")" } ?? ""
                terms.add([
                    "Hours bank",
                    "\(formatHours(bank.used)) of \(formatHours(bank.purchased + bank.adjustments)) h used, "
                        + "\(formatHours(bank.remaining)) left (\(bank.percentUsed)%)\(alert)",
                ])
            }
            out += terms.render(output)
        } else {
            out += "  none\n"
        }
        if let overdue {
            out += "\n" + output.alert("Contact overdue") + ": \(overdue.daysSince) days since the last (limit \(overdue.limitDays)), \(overdue.reason)\n"
        }
        out += "\n" + output.bold("History") + "\n"
        let history = timeline
        if history.isEmpty { out += "  nothing yet\n" }
        for (day, line) in history.prefix(20) {
            out += "  \(DisplayText.fit(day.short, 10)) \(DisplayText.safe(line))\n"
        }
        return out
    }

    /// Visits, touchpoints and surveys, newest first.
    var timeline: [(Day, String)] {
        var items: [(Day, String)] = []
        for visit in client.visits where visit.status != .planned {
            let hours = visit.hours.map { ", \(formatHours($0)) h" } ?? ""
            items.append((visit.on, "visit \(visit.status.rawValue)\(hours)" + (visit.note.map { ": \($0)" } ?? "")))
        }
        for touch in client.touchpoints {
            items.append((touch.on, "\(touch.via.rawValue)" + (touch.by.map { " by \($0)" } ?? "") + (touch.note.map { ": \($0)" } ?? "")))
        }
        for survey in client.surveys {
            if let sent = survey.sent { items.append((sent, "survey sent")) }
            if let answered = survey.answered {
                items.append((answered, "survey answered: \(survey.score.map(String.init) ?? "?")/10" + (survey.comment.map { ", \($0)" } ?? "")))
            }
        }
        return items.sorted { $0.0 > $1.0 }
    }
}
