/// One edit to the settings, as a value: the settings' counterpart of `Change`.
public enum SettingsChange: Sendable, Equatable {
    case addTechnician(Technician)
    /// Changes the name, skills or certifications of a technician; nil leaves a field as it is.
    case updateTechnician(id: String, name: String?, skills: [String]?, certifications: [String]?)
    case setRateCard(RateCard)
    case setRevenueTiers([RevenueTier])
    /// Sets the hours a week a technician works.
    case setHoursPerWeek(id: String, hours: Double)
    /// Closes the business on a day, whatever its weekday.
    case addHoliday(Day)
    /// Opens a day again that was a holiday.
    case removeHoliday(Day)
    /// Takes back the change that turned `before` into `after`, keeping what others changed since: the dashboard's
    /// undo, and its redo.
    case revert(before: Settings, after: Settings)

    /// A short past-tense description for status lines and CLI output.
    public var summary: String {
        switch self {
        case .addTechnician(let technician): "added \(technician.name) to the team"
        case .updateTechnician(let id, _, _, _): "updated technician \(id)"
        case .setRateCard: "updated the rate card"
        case .setRevenueTiers: "updated the revenue tiers"
        case .setHoursPerWeek(let id, let hours): "set technician \(id) to \(formatHours(hours)) hours a week"
        case .addHoliday(let day): "added \(day.long) as a holiday"
        case .removeHoliday(let day): "removed the holiday of \(day.long)"
        case .revert: "took back a change to the settings"
        }
    }

    /// Applies this change to the settings, validating it first.
    ///
    /// - Parameter settings: the current settings.
    /// - Returns: the new settings.
    /// - Throws: a `ChangeError` naming the field at fault.
    public func apply(to settings: Settings) throws(ChangeError) -> Settings {
        var next = settings
        switch self {
        case .addTechnician(let technician):
            guard (try? ClientID.validate(technician.id)) != nil else {
                throw ChangeError(
                    field: "id",
                    "\"\(technician.id)\" is not a valid technician id: use lowercase letters, digits and dashes, e.g. js"
                )
            }
            try Validate.text(technician.name, field: "name", required: true, limit: 200)
            guard settings.technician(technician.id) == nil else {
                throw ChangeError(field: "id", "there is already a technician \"\(technician.id)\"")
            }
            next.technicians.append(technician)
        case .updateTechnician(let id, let name, let skills, let certifications):
            guard let index = settings.technicians.firstIndex(where: { $0.id == id }) else {
                throw ChangeError(field: "id", "no technician \"\(id)\"")
            }
            if let name {
                try Validate.text(name, field: "name", required: true, limit: 200)
                next.technicians[index].name = name
            }
            if let skills { next.technicians[index].skills = skills }
            if let certifications { next.technicians[index].certifications = certifications }
        case .setRateCard(let card):
            let prices = [
                card.onsiteHourly, card.remoteHourly, card.afterHoursHourly, card.emergencyHourly, card.tripCharge,
            ]
            guard prices.allSatisfy({ $0 >= .zero }) else {
                throw ChangeError(field: "rate", "prices must not be negative, e.g. 125")
            }
            guard (0...100).contains(card.agreementDiscountPercent) else {
                throw ChangeError(field: "discount", "must be a percentage from 0 to 100, e.g. 15")
            }
            guard card.minimumHours >= 0, card.minimumHours <= 24 else {
                throw ChangeError(field: "minimum-hours", "must be from 0 to 24 hours, e.g. 1")
            }
            next.rateCard = card
        case .setRevenueTiers(let tiers):
            guard !tiers.isEmpty, tiers.first?.from == .zero,
                zip(tiers, tiers.dropFirst()).allSatisfy({ $0.from < $1.from })
            else {
                throw ChangeError(
                    field: "tiers", "tiers must start at 0 and rise, e.g. small 0, sweet spot 500, large 1500.01")
            }
            next.revenueTiers = tiers
        case .setHoursPerWeek(let id, let hours):
            guard let index = settings.technicians.firstIndex(where: { $0.id == id }) else {
                throw ChangeError(field: "id", "no technician \"\(id)\"")
            }
            guard hours.isFinite, hours > 0, hours <= 100 else {
                throw ChangeError(field: "hours-per-week", "must be more than 0 and at most 100, e.g. 40")
            }
            next.technicians[index].hoursPerWeek = hours
        case .addHoliday(let day):
            var hours = settings.hours
            guard !hours.holidays.contains(day) else {
                throw ChangeError(field: "day", "\(day.long) is already a holiday")
            }
            hours.holidays = (hours.holidays + [day]).sorted()
            next.businessHours = hours
        case .removeHoliday(let day):
            var hours = settings.hours
            guard hours.holidays.contains(day) else { throw ChangeError(field: "day", "\(day.long) is not a holiday") }
            hours.holidays.removeAll { $0 == day }
            next.businessHours = hours
        case .revert(let before, let after):
            next = settings.reverted(before: before, after: after)
        }
        return next
    }
}

extension Settings {
    /// These settings with one change taken back: the change turned `before` into `after`, and these are the
    /// settings as they are now, which another process may have changed since.
    ///
    /// Technicians are matched by id. Each technician, the rate card, the revenue tiers and each other part go back
    /// where they still are as the change left them; what someone changed since stays as they left it.
    ///
    /// - Parameters:
    ///   - before: the settings just before the change.
    ///   - after: the settings the change wrote.
    /// - Returns: the settings.
    public func reverted(before: Settings, after: Settings) -> Settings {
        func back<V: Equatable>(_ now: V, _ old: V, _ new: V) -> V { now == new ? old : now }
        var settings = self
        settings.business = back(business, before.business, after.business)
        settings.currency = back(currency, before.currency, after.currency)
        settings.currencySymbol = back(currencySymbol, before.currencySymbol, after.currencySymbol)
        settings.defaults = back(defaults, before.defaults, after.defaults)
        settings.rateCard = back(rateCard, before.rateCard, after.rateCard)
        settings.revenueTiers = back(revenueTiers, before.revenueTiers, after.revenueTiers)
        settings.businessHours = back(businessHours, before.businessHours, after.businessHours)
        settings.utilisationTargetPercent = back(
            utilisationTargetPercent, before.utilisationTargetPercent, after.utilisationTargetPercent)
        let old = Dictionary(before.technicians.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(after.technicians.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        settings.technicians = technicians.compactMap { now in
            guard let changed = new[now.id], now == changed else { return now }
            return old[now.id]
        }
        let present = Set(technicians.map(\.id)).union(new.keys)
        for (position, technician) in before.technicians.enumerated() where !present.contains(technician.id) {
            settings.technicians.insert(technician, at: min(position, settings.technicians.count))
        }
        return settings
    }
}
