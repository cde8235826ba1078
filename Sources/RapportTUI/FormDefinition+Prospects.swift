import RapportCore

// MARK: - The prospect forms: a new prospect, and where one stands

extension FormDefinition {
    static let addProspect = FormDefinition(
        fields: { _ in [FormField(.name, "Name")] + prospectFields(nil) },
        change: { reader in
            let edit = reader.prospectEdit()
            guard let name = reader.text(.name) else { return reader.fail(.name, "give the prospect's name") }
            guard let edit, let trigger = edit.trigger else { return nil }
            var client = Client(id: reader.state.freeID(for: name), name: name, status: .prospect, source: trigger)
            client.pipeline = Prospect(
                trigger: trigger, stage: edit.stage ?? .lead, estimatedMonthlyFee: edit.estimatedMonthlyFee,
                nextStep: reader.text(.nextStep), nextStepOn: edit.nextStepOn, lostReason: edit.lostReason)
            return .client(.addClient(client))
        })

    /// Carries only the fields the user changed, so a field someone else changed meanwhile stays as they left it.
    static let updateProspect = FormDefinition(
        fields: { context in prospectFields(context.client?.prospect) },
        change: { reader in
            guard var edit = reader.prospectEdit() else { return nil }
            if !reader.changed(.trigger) { edit.trigger = nil }
            if !reader.changed(.stage) { edit.stage = nil }
            if !reader.changed(.fee) { edit.estimatedMonthlyFee = nil }
            if !reader.changed(.nextStep) { edit.nextStep = nil }
            if !reader.changed(.nextStepOn) { edit.nextStepOn = nil }
            if !reader.changed(.reason) { edit.lostReason = nil }
            guard edit != ProspectEdit() else { return reader.fail(nil, "change a field to save, or press Esc") }
            return .client(.updateProspect(edit))
        })

    /// Where a prospect stands, prefilled from the one there is.
    private static func prospectFields(_ prospect: Prospect?) -> [FormField] {
        let triggers = [ClientSource.emergency, .audit, .unhappyWithProvider, .referral].map(\.rawValue)
        return [
            FormField(
                .trigger, "Trigger", value: prospect?.trigger.rawValue ?? "emergency", hint: "←/→", choices: triggers),
            FormField(
                .stage, "Stage", value: (prospect?.stage ?? .lead).rawValue, hint: "←/→",
                choices: ProspectStage.allCases.filter { $0 != .won }.map(\.rawValue)),
            FormField(
                .fee, "Est. monthly fee", value: prospect?.estimatedMonthlyFee?.decimalString ?? "", hint: "e.g. 800"),
            FormField(.nextStep, "Next step", value: prospect?.nextStep ?? "", hint: "e.g. book the audit"),
            FormField(
                .nextStepOn, "Next step on", value: prospect?.nextStepOn?.description ?? "", hint: FormKind.dateHint),
            FormField(.reason, "Lost because", value: prospect?.lostReason ?? "", hint: "when lost"),
        ]
    }
}

extension FieldReader {
    /// Where the prospect stands, as typed; nil when a field was refused.
    fileprivate mutating func prospectEdit() -> ProspectEdit? {
        let trigger = choice(.trigger, as: ClientSource.self)
        let stage = choice(.stage, as: ProspectStage.self)
        let fee = optionalMoney(.fee)
        let on = day(.nextStepOn, required: false)
        guard errors.isEmpty else { return nil }
        return ProspectEdit(
            trigger: trigger, stage: stage, estimatedMonthlyFee: fee, nextStep: text(.nextStep) ?? "",
            nextStepOn: on, lostReason: text(.reason))
    }
}
