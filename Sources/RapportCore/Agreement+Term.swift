extension Agreement {
    /// The day the term ends and the next one would start: `start` plus `termMonths`, clamped to the month's end.
    public var renewalDate: Day { start.adding(months: termMonths) }

    /// Whether the agreement is in force on a day: `start ≤ today < renewal date`.
    ///
    /// - Parameter today: the day to check.
    /// - Returns: true while the term runs.
    public func isActive(on today: Day) -> Bool {
        start <= today && today < renewalDate
    }

    /// The contact interval in days, from the agreement or else the settings.
    ///
    /// - Parameter defaults: the settings' defaults.
    /// - Returns: the number of days allowed between contacts.
    public func contactLimit(_ defaults: Defaults) -> Int {
        contactEveryDays ?? defaults.contactEveryDays
    }

    /// How many days before the renewal the survey is due, from the agreement or else the settings.
    ///
    /// - Parameter defaults: the settings' defaults.
    /// - Returns: the lead time in days.
    public func surveyLead(_ defaults: Defaults) -> Int {
        surveyLeadDays ?? defaults.surveyLeadDays
    }
}
