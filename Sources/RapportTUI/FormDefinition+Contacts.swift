import RapportCore

// MARK: - The contact forms: log a contact, a survey sent, a survey answered

extension FormDefinition {
    static let logContact = FormDefinition(
        fields: { context in
            [
                context.clientField,
                FormField(.via, "Via", value: "call", hint: "←/→", choices: ContactChannel.allCases.map(\.rawValue)),
                context.dayField(.on, "Day", value: context.today),
                FormField(.by, "By", completions: context.team), FormField(.note, "Note"),
                FormField(.followUp, "Follow up", hint: "optional date"),
            ]
        },
        change: { reader in
            let via = reader.choice(.via, as: ContactChannel.self)
            let on = reader.day(.on)
            let by = reader.technician(.by)
            let followUp = reader.day(.followUp, required: false)
            guard let via, let on else { return nil }
            return .client(
                .logTouchpoint(on: on, via: via, by: by, note: reader.text(.note), followUp: followUp))
        })

    static let surveySent = FormDefinition(
        fields: { context in [context.clientField, context.dayField(.on, "Sent on", value: context.today)] },
        change: { reader in
            guard let on = reader.day(.on) else { return nil }
            return .client(.markSurveySent(on: on))
        })

    static let surveyAnswered = FormDefinition(
        fields: { context in
            [
                context.clientField, FormField(.score, "Score", hint: "0 to 10"),
                context.dayField(.on, "Answered on", value: context.today),
                FormField(.comment, "Comment", hint: "how can we improve?"),
            ]
        },
        change: { reader in
            let score = reader.score(.score)
            let on = reader.day(.on)
            guard let score, let on else { return nil }
            return .client(.markSurveyAnswered(on: on, score: score, comment: reader.text(.comment)))
        })
}
