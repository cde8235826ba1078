// MARK: - The client's facts, as labelled lines for any screen

extension Client {
    /// The profile, people and agreement as labelled rows, shared by `rapport client show` and the dashboard.
    ///
    /// - Parameters:
    ///   - settings: for the currency and the defaults.
    ///   - today: for the survey, contact and hours-bank status.
    /// - Returns: the sections in reading order.
    public func profileSections(settings: Settings, today: Day) -> [ProfileSection] {
        let symbol = settings.currencySymbol
        var profile = [
            ProfileRow(
                "Size",
                "\(count(size.workstations, "workstation")), \(count(size.servers, "server")), \(size.wan ? "WAN" : "no WAN")"
            ),
            ProfileRow("Address", (address ?? "-") + (travelMinutes.map { " (\($0) min away)" } ?? "")),
        ]
        if let source { profile.append(ProfileRow("Came from", source.rawValue)) }
        if let notes { profile.append(ProfileRow("Notes", notes)) }

        let people = self.people.map { person in
            let details = [person.role, person.phone, person.email].compactMap { $0 }.joined(separator: ", ")
            return ProfileRow(person.name + (person.primary ? " (primary)" : ""), details, recordID: person.id)
        }

        var terms: [ProfileRow] = []
        if let a = agreement(on: today) {
            terms.append(ProfileRow("Kind", a.kind.rawValue))
            terms.append(ProfileRow("Fee", "\(a.monthlyFee.formatted(symbol: symbol)) a month"))
            terms.append(
                ProfileRow("Term", "\(a.start.long) to \(a.renewalDate.long)"))
            if let next = queuedRenewal(on: today) {
                terms.append(
                    ProfileRow(
                        "Renewed", "from \(next.start.long) at \(next.monthlyFee.formatted(symbol: symbol)) a month"))
            }
            if let plan = a.visits {
                let at = plan.time.map { " at \($0)" } ?? ""
                let who = plan.technician.map { " (\($0))" } ?? ""
                terms.append(ProfileRow("Visits", "\(plan.rule.summary)\(at)\(who)"))
            }
            terms.append(ProfileRow("Contact every", "\(a.contactLimit(settings.defaults)) days"))
            if let r = a.response {
                let parts = [
                    r.onsiteHours.map { "\(formatHours($0)) h on site" }, r.phoneMinutes.map { "\($0) min by phone" },
                    r.remoteHours.map { "\(formatHours($0)) h remote" },
                ].compactMap { $0 }
                terms.append(ProfileRow("Response", parts.joined(separator: ", ")))
            }
            if let discount = a.hourlyDiscountPercent { terms.append(ProfileRow("Hourly discount", "\(discount)%")) }
            if a.afterHoursPremiumWaived { terms.append(ProfileRow("After hours", "premium waived")) }
            if let trip = a.tripCharge { terms.append(ProfileRow("Trip charge", trip.formatted(symbol: symbol))) }
            if let minimum = a.minimumHours {
                terms.append(ProfileRow("Minimum", "\(formatHours(minimum)) h per visit"))
            }
            if let status = surveyStatus(today: today, defaults: settings.defaults) {
                terms.append(ProfileRow("Survey", status.rawValue, alert: status == .due))
            }
            if let bank = hoursBankStatus(today: today) {
                let percent = Int((bank.fractionUsed * 100).rounded())
                var text = "\(formatHours(bank.used)) of \(formatHours(bank.purchased + bank.adjustments)) h used, "
                text +=
                    bank.overrun > 0 ? "overrun \(formatHours(bank.overrun)) h" : "\(formatHours(bank.remaining)) left"
                text += " (\(percent)%)"
                switch bank.alert {
                case .overrun?: text += "  ALERT: overrun"
                case let alert?: text += "  ALERT: \(alert.rawValue) used"
                case nil: break
                }
                terms.append(ProfileRow("Hours bank", text, alert: bank.alert != nil))
            }
        } else {
            terms.append(ProfileRow("Agreement", "none"))
        }
        if let overdue = overdueContact(today: today, defaults: settings.defaults) {
            terms.append(
                ProfileRow(
                    "Contact overdue",
                    "\(overdue.daysSince) days since the last (limit \(overdue.limitDays)), \(overdue.reason.text)",
                    alert: true))
        }
        return [
            ProfileSection(title: "Profile", rows: profile),
            ProfileSection(title: "People", rows: people),
            ProfileSection(title: "Agreement", rows: terms),
        ]
    }
}

/// A number with its noun, plural unless the number is one: `1 server`, `18 workstations`.
///
/// - Parameters:
///   - n: the number.
///   - noun: the singular noun.
/// - Returns: the phrase.
public func count(_ n: Int, _ noun: String) -> String {
    "\(n) \(noun)\(n == 1 ? "" : "s")"
}

/// A titled group of labelled rows.
public struct ProfileSection: Sendable, Equatable {
    public var title: String
    public var rows: [ProfileRow]
}

/// A label and its value; alert rows need attention and say so in their text too.
public struct ProfileRow: Sendable, Equatable {
    public var label: String
    public var value: String
    public var alert: Bool
    /// The record the row shows, such as a person, which commands can name by its id.
    public var recordID: String?

    public init(_ label: String, _ value: String, alert: Bool = false, recordID: String? = nil) {
        self.label = label
        self.value = value
        self.alert = alert
        self.recordID = recordID
    }
}
