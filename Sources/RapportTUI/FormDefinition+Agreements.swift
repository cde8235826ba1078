import RapportCore

// MARK: - The agreement forms: set or change it, renew, end, propose, top up hours

extension FormDefinition {
    /// An agreement that stands changes from a day on, and only in the fields the user changed; a new one is set
    /// whole from its start.
    static let setAgreement = FormDefinition(
        fields: { context in
            let agreement = context.agreement
            let rule = agreement?.visits?.rule
            let preset = RecurrenceRule.presets.first { $0.rule == rule }?.name
            return [
                FormField(
                    .kind, "Kind", value: (agreement?.kind ?? .retainer).rawValue, hint: "←/→",
                    choices: AgreementKind.allCases.map(\.rawValue)),
                FormField(.fee, "Monthly fee", value: agreement?.monthlyFee.decimalString ?? "", hint: "e.g. 900"),
                agreement == nil
                    ? context.dayField(.start, "Start", value: context.today)
                    : context.dayField(
                        .from, "Changes from", value: context.today, hint: "days before keep their terms"),
                FormField(.term, "Term months", value: String(agreement?.termMonths ?? 12)),
                FormField(
                    .visits, "Visits", value: preset ?? rule?.description ?? RecurrenceRule.presets[0].name,
                    hint: "←/→ presets, or type an RRULE", choices: RecurrenceRule.presets.map(\.name) + ["none"]),
                FormField(.time, "Visit time", value: agreement?.visits?.time?.description ?? "09:00", hint: "HH:MM"),
                FormField(
                    .technician, "Technician", value: agreement?.visits?.technician ?? "", completions: context.team),
                FormField(
                    .hours, "Block hours", value: agreement?.hoursBank.map { formatHours($0.purchased) } ?? "",
                    hint: "block only"),
                FormField(
                    .contactEvery, "Contact every", value: agreement?.contactEveryDays.map(String.init) ?? "",
                    hint: "days; blank = default"),
            ]
        },
        change: { reader in
            let standing = reader.client?.agreement(on: reader.today) != nil
            let kind = reader.choice(.kind, as: AgreementKind.self)
            let fee = reader.money(.fee)
            let from = reader.day(standing ? .from : .start)
            let term = reader.whole(.term)
            let rule = reader.rule(.visits)
            let time = reader.time(.time)
            let technician = reader.technician(.technician)
            let hours = reader.hours(.hours, required: kind == .block && (!standing || reader.changed(.kind)))
            let contactEvery = reader.whole(.contactEvery)
            guard let kind, let fee, let from, let rule else { return nil }
            let changed = Set(reader.form.fields.map(\.id).filter { reader.changed($0) })
            func set(_ id: FieldID) -> Bool { !standing || changed.contains(id) }
            var edit = AgreementEdit()
            if set(.kind) { edit.kind = kind }
            if set(.fee) { edit.monthlyFee = fee }
            if set(.term) { edit.termMonths = term ?? 12 }
            if set(.visits) { edit.visitRule = rule }
            if set(.time), rule != nil { edit.visitTime = time }
            if set(.technician), rule != nil { edit.visitTechnician = technician }
            if set(.hours), kind == .block { edit.hours = hours }
            if set(.contactEvery) { edit.contactEveryDays = contactEvery }
            guard !edit.isEmpty else { return reader.fail(.fee, "change a field to save, or press Esc") }
            return .client(.setAgreement(edit, from: from))
        })

    static let renew = FormDefinition(
        fields: { context in
            [
                FormField(
                    .fee, "Monthly fee", value: context.agreement?.monthlyFee.decimalString ?? "",
                    hint: "new fee, or keep"),
                FormField(.term, "Term months", value: String(context.agreement?.termMonths ?? 12)),
            ]
        },
        change: { reader in
            let fee = reader.money(.fee)
            let term = reader.whole(.term)
            guard let fee else { return nil }
            return .client(.renew(fee: fee, termMonths: term))
        })

    static let endAgreement = FormDefinition(
        fields: { context in
            [
                context.dayField(.on, "Ends on", value: context.today),
                FormField(.reason, "Reason", hint: "e.g. moved to in-house IT"),
            ]
        },
        change: { reader in
            guard let on = reader.day(.on) else { return nil }
            return .client(.endAgreement(on: on, reason: reader.text(.reason)))
        })

    static let proposalSent = FormDefinition(
        fields: { context in [context.dayField(.on, "Sent on", value: context.today)] },
        change: { reader in
            guard let on = reader.day(.on) else { return nil }
            return .client(.markProposalSent(on: on))
        })

    static let adjustHours = FormDefinition(
        fields: { context in
            [
                FormField(.hours, "Hours", hint: "e.g. 10, or -2 to correct"),
                context.dayField(.on, "On", value: context.today), FormField(.note, "Note"),
            ]
        },
        change: { reader in
            let on = reader.day(.on)
            // A correction takes hours off, so a negative number is allowed here.
            let hours = reader.hoursCorrection(.hours)
            guard let on, let hours else { return nil }
            return .client(.adjustHours(on: on, hours: hours, note: reader.text(.note)))
        })
}
