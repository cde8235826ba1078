import RapportCore

// MARK: - The request forms: log a request, answer it, close it

extension FormDefinition {
    static let logRequest = FormDefinition(
        fields: { context in
            [
                context.clientField,
                FormField(
                    .via, "Via", value: RequestChannel.phone.rawValue, hint: "←/→",
                    choices: RequestChannel.allCases.map(\.rawValue)),
                context.momentField(.at, "Asked at"), FormField(.summary, "Summary", hint: "what the client asked for"),
            ]
        },
        change: { reader in
            let via = reader.choice(.via, as: RequestChannel.self)
            let at = reader.moment(.at)
            guard let via, let at else { return nil }
            return .client(.openRequest(at: at, via: via, summary: reader.text(.summary) ?? ""))
        })

    static let respondToRequest = FormDefinition(
        fields: { context in [context.momentField(.at, "Answered at")] },
        change: { reader in
            guard let at = reader.moment(.at), let id = reader.form.recordID else { return nil }
            return .client(.respondToRequest(id: id, at: at))
        })

    static let closeRequest = FormDefinition(
        fields: { context in
            [
                context.momentField(.at, "Closed at"), FormField(.hours, "Hours", hint: "e.g. 1.5"),
                .yesNo(.billable, "Billable"), .yesNo(.afterHours, "After hours"),
                FormField(.note, "Note", hint: "what was done"),
            ]
        },
        change: { reader in
            let at = reader.moment(.at)
            let hours = reader.hours(.hours, required: true)
            guard let at, let hours, let id = reader.form.recordID else { return nil }
            let closing = RequestClosing(
                at: at, hours: hours, billable: reader.yes(.billable), afterHours: reader.yes(.afterHours),
                note: reader.text(.note))
            return .client(.closeRequest(id: id, closing))
        })
}
