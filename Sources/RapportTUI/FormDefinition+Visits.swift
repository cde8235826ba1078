import RapportCore

// MARK: - The visit forms: schedule, move, cancel, mark done

extension FormDefinition {
    static let scheduleVisit = FormDefinition(
        fields: { context in
            [
                context.clientField, context.dayField(.on, "Day"),
                FormField(.at, "Time", value: context.agreement?.visits?.time?.description ?? "", hint: "HH:MM"),
                FormField(
                    .technician, "Technician", value: context.agreement?.visits?.technician ?? "",
                    completions: context.team),
                FormField(.note, "Note"),
            ]
        },
        change: { reader in
            let on = reader.day(.on)
            let at = reader.time(.at)
            let technician = reader.technician(.technician)
            guard let on else { return nil }
            return .client(.addVisit(on: on, at: at, technician: technician, note: reader.text(.note)))
        })

    static let moveVisit = FormDefinition(
        fields: { context in
            [
                context.clientField, context.dayField(.from, "From", value: context.visitDay),
                context.dayField(.to, "To"), FormField(.at, "New time", hint: "HH:MM, optional"),
            ]
        },
        change: { reader in
            let from = reader.day(.from)
            let to = reader.day(.to)
            let at = reader.time(.at)
            guard let from, let to else { return nil }
            return .client(.moveVisit(from: from, to: to, at: at))
        })

    static let cancelVisit = FormDefinition(
        fields: { context in
            [context.clientField, context.dayField(.on, "Day", value: context.visitDay), FormField(.note, "Reason")]
        },
        change: { reader in
            guard let on = reader.day(.on) else { return nil }
            return .client(.cancelVisit(on: on, note: reader.text(.note)))
        })

    static let completeVisit = FormDefinition(
        fields: { context in
            [
                context.clientField, context.dayField(.on, "Day", value: context.visitDay ?? context.today),
                FormField(.hours, "Hours", hint: "e.g. 1.5"),
                FormField(.note, "Note", hint: "shown before the next visit"),
            ]
        },
        change: { reader in
            let on = reader.day(.on)
            let hours = reader.hours(.hours, required: true)
            guard let on, let hours else { return nil }
            return .client(.completeVisit(on: on, hours: hours, note: reader.text(.note), technician: nil))
        })
}
