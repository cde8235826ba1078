import RapportCore

// MARK: - The settings forms: the team and the rate card

extension FormDefinition {
    static let addTechnician = FormDefinition(
        fields: { _ in [FormField(.id, "ID", hint: "short, e.g. js")] + technicianFields(nil) },
        change: { reader in
            let id = reader.text(.id)
            if id == nil { reader.note(.id, "give a short id, e.g. js") }
            let name = reader.text(.name)
            if name == nil { reader.note(.name, "give the technician's name") }
            guard let id, let name else { return nil }
            return .settings(
                .addTechnician(
                    Technician(
                        id: id, name: name, skills: reader.list(.skills, separator: ","),
                        certifications: reader.list(.certifications, separator: ","))))
        })

    /// Carries only the fields the user changed.
    static let editTechnician = FormDefinition(
        fields: { context in technicianFields(context.technician) },
        change: { reader in
            guard let id = reader.form.technicianID else { return reader.fail(nil, "select a technician first") }
            let name = reader.changed(.name) ? reader.text(.name) : nil
            if reader.changed(.name) && name == nil { reader.note(.name, "give the technician's name") }
            let skills = reader.changed(.skills) ? reader.list(.skills, separator: ",") : nil
            let certifications = reader.changed(.certifications) ? reader.list(.certifications, separator: ",") : nil
            guard reader.errors.isEmpty else { return nil }
            guard name != nil || skills != nil || certifications != nil else {
                return reader.fail(nil, "change a field to save, or press Esc")
            }
            return .settings(.updateTechnician(id: id, name: name, skills: skills, certifications: certifications))
        })

    static let editRateCard = FormDefinition(
        fields: { context in
            let card = context.state.portfolio.settings.rateCard
            return [
                FormField(.onsite, "On site /h", value: card.onsiteHourly.decimalString),
                FormField(.remote, "Remote /h", value: card.remoteHourly.decimalString),
                FormField(.afterHours, "After hours /h", value: card.afterHoursHourly.decimalString),
                FormField(.emergency, "Emergency /h", value: card.emergencyHourly.decimalString),
                FormField(.trip, "Trip charge", value: card.tripCharge.decimalString),
                FormField(.minimumHours, "Minimum hours", value: formatHours(card.minimumHours)),
                FormField(
                    .discount, "Discount %", value: String(card.agreementDiscountPercent), hint: "under agreement"),
                FormField(
                    .benefits, "Benefits", value: card.benefits.joined(separator: "; "), hint: "separated by ;"),
            ]
        },
        change: { reader in
            let onsite = reader.money(.onsite)
            let remote = reader.money(.remote)
            let afterHours = reader.money(.afterHours)
            let emergency = reader.money(.emergency)
            let trip = reader.money(.trip)
            let minimum = reader.hours(.minimumHours, required: true)
            let discount = reader.percent(.discount)
            guard let onsite, let remote, let afterHours, let emergency, let trip, let minimum, let discount else {
                return nil
            }
            // The card keeps what the form does not show.
            var card = reader.state.portfolio.settings.rateCard
            card.onsiteHourly = onsite
            card.remoteHourly = remote
            card.afterHoursHourly = afterHours
            card.emergencyHourly = emergency
            card.tripCharge = trip
            card.minimumHours = minimum
            card.agreementDiscountPercent = discount
            card.benefits = reader.list(.benefits, separator: ";")
            return .settings(.setRateCard(card))
        })

    /// A technician's fields, prefilled from the one selected.
    private static func technicianFields(_ technician: Technician?) -> [FormField] {
        [
            FormField(.name, "Name", value: technician?.name ?? ""),
            FormField(
                .skills, "Skills", value: technician?.skills.joined(separator: ", ") ?? "", hint: "comma-separated"),
            FormField(
                .certifications, "Certifications", value: technician?.certifications.joined(separator: ", ") ?? "",
                hint: "comma-separated"),
        ]
    }
}
