import RapportCore

// MARK: - The forms that correct one record selected in a client's detail: a contact, a visit, a survey, an hours
// top-up, a person. Each opens prefilled with the record and carries only the fields the user changed.

extension FormDefinition {
    static let editContact = FormDefinition(
        fields: { context in
            let touch = context.client?.touchpoints.first { $0.id == context.recordID }
            return [
                FormField(
                    .via, "Via", value: touch?.via.rawValue ?? "call", hint: "←/→",
                    choices: ContactChannel.allCases.map(\.rawValue)),
                context.dayField(.on, "Day", value: touch?.on),
                FormField(.by, "By", value: touch?.by ?? "", completions: context.team),
                FormField(.note, "Note", value: touch?.note ?? ""),
                context.dayField(.followUp, "Follow up", value: touch?.followUp, hint: "a date; empty for none"),
            ]
        },
        change: { reader in
            var edit = TouchpointEdit()
            if reader.changed(.via) { edit.via = reader.choice(.via, as: ContactChannel.self) }
            if reader.changed(.on) { edit.on = reader.day(.on) }
            if reader.changed(.by) { edit.by = reader.technician(.by) ?? "" }
            if reader.changed(.note) { edit.note = reader.text(.note) ?? "" }
            if reader.changed(.followUp) { edit.followUp = .some(reader.day(.followUp, required: false)) }
            guard let id = reader.editedRecord(edit != TouchpointEdit()) else { return nil }
            return .client(.editTouchpoint(id: id, edit))
        })

    static let editVisit = FormDefinition(
        fields: { context in
            let visit = context.client?.visits.first { $0.id == context.recordID }
            var fields = [
                context.dayField(.on, "Day", value: visit?.on),
                FormField(.at, "Time", value: visit?.at?.description ?? "", hint: "HH:MM; empty for none"),
                FormField(.technician, "Technician", value: visit?.technician ?? "", completions: context.team),
                FormField(.note, "Note", value: visit?.note ?? ""),
            ]
            if visit?.status == .done {
                fields.insert(
                    FormField(.hours, "Hours", value: visit?.hours.map(formatHours) ?? "", hint: "e.g. 1.5"), at: 3)
            }
            return fields
        },
        change: { reader in
            var edit = VisitEdit()
            if reader.changed(.on) { edit.on = reader.day(.on) }
            if reader.changed(.at) { edit.at = .some(reader.time(.at)) }
            if reader.changed(.technician) { edit.technician = reader.technician(.technician) ?? "" }
            if reader.changed(.hours) { edit.hours = reader.hours(.hours, required: true) }
            if reader.changed(.note) { edit.note = reader.text(.note) ?? "" }
            guard let id = reader.editedRecord(edit != VisitEdit()) else { return nil }
            return .client(.editVisit(id: id, edit))
        })

    static let editSurvey = FormDefinition(
        fields: { context in
            let survey = context.client?.surveys.first { $0.id == context.recordID }
            return [
                context.dayField(.sent, "Sent on", value: survey?.sent),
                context.dayField(.answered, "Answered on", value: survey?.answered),
                FormField(.score, "Score", value: survey?.score.map(String.init) ?? "", hint: "0 to 10"),
                FormField(.comment, "Comment", value: survey?.comment ?? ""),
            ]
        },
        change: { reader in
            var edit = SurveyEdit()
            if reader.changed(.sent) { edit.sent = reader.day(.sent) }
            if reader.changed(.answered) { edit.answered = reader.day(.answered) }
            if reader.changed(.score) { edit.score = reader.score(.score) }
            if reader.changed(.comment) { edit.comment = reader.text(.comment) ?? "" }
            guard let id = reader.editedRecord(edit != SurveyEdit()) else { return nil }
            return .client(.editSurvey(id: id, edit))
        })

    static let editHours = FormDefinition(
        fields: { context in
            let adjustment = context.client?.terms.lazy.compactMap { term in
                term.hoursBank?.adjustments.first { $0.id == context.recordID }
            }.first
            return [
                FormField(
                    .hours, "Hours", value: adjustment.map { formatHours($0.hours) } ?? "",
                    hint: "e.g. 10, or -2 to correct"),
                context.dayField(.on, "On", value: adjustment?.on),
                FormField(.note, "Note", value: adjustment?.note ?? ""),
            ]
        },
        change: { reader in
            var edit = HoursAdjustmentEdit()
            if reader.changed(.hours) { edit.hours = reader.hoursCorrection(.hours) }
            if reader.changed(.on) { edit.on = reader.day(.on) }
            if reader.changed(.note) { edit.note = reader.text(.note) ?? "" }
            guard let id = reader.editedRecord(edit != HoursAdjustmentEdit()) else { return nil }
            return .client(.editHoursAdjustment(id: id, edit))
        })

    static let editPerson = FormDefinition(
        fields: { context in
            let person = context.client?.people.first { $0.id == context.recordID }
            return [
                FormField(.name, "Name", value: person?.name ?? ""),
                FormField(.role, "Role", value: person?.role ?? "", hint: "e.g. Office manager"),
                FormField(.phone, "Phone", value: person?.phone ?? ""),
                FormField(.email, "Email", value: person?.email ?? ""),
                .yesNo(.primary, "Primary", value: person?.primary == true),
            ]
        },
        change: { reader in
            var edit = PersonEdit()
            if reader.changed(.name) {
                edit.name = reader.text(.name)
                if edit.name == nil { reader.note(.name, "give the person's name") }
            }
            if reader.changed(.role) { edit.role = reader.text(.role) ?? "" }
            if reader.changed(.phone) { edit.phone = reader.text(.phone) ?? "" }
            if reader.changed(.email) { edit.email = reader.text(.email) ?? "" }
            if reader.changed(.primary) { edit.primary = reader.yes(.primary) }
            guard let id = reader.editedRecord(edit != PersonEdit()) else { return nil }
            return .client(.editPerson(id: id, edit))
        })
}

extension FieldReader {
    /// The id of the record an edit form changes, once the form changed something; nil, with the error noted,
    /// when nothing was changed.
    ///
    /// - Parameter changed: whether the edit names a field; a field that was changed but refused counts too.
    fileprivate mutating func editedRecord(_ changed: Bool) -> String? {
        guard changed || !errors.isEmpty else { return fail(nil, "change a field to save, or press Esc") }
        return form.recordID
    }
}
