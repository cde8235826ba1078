import RapportCore

// MARK: - The fields each form opens with

extension FormKind {
    static let dateHint = "e.g. today, fri, +2w"

    /// Opens this form for a client, prefilled from what is selected.
    ///
    /// - Parameters:
    ///   - client: the client it acts on; nil for a new client.
    ///   - visitDay: the selected visit's day, for the visit forms.
    ///   - state: the dashboard, for today, the team and the client names.
    /// - Returns: the form.
    func open(for client: Client?, visitDay: Day?, state: AppState) -> FormState {
        let today = state.today
        let names = state.portfolio.clients.map(\.name)
        let team = state.portfolio.settings.technicians.map(\.id)
        let clientField = FormField(
            "client", "Client", value: client?.name ?? "", hint: "type to complete", completions: names)
        let agreement = client?.agreement(on: today)
        let fields: [FormField]
        switch self {
        case .addClient, .editClient:
            fields = [
                FormField(
                    "name", "Name", value: client?.name ?? "", hint: self == .addClient ? "Enter alone adds it" : ""),
                FormField(
                    "status", "Status", value: (client?.status ?? .active).rawValue, hint: "←/→",
                    choices: ClientStatus.allCases.map(\.rawValue)),
                FormField(
                    "workstations", "Workstations", value: client.map { String($0.size.workstations) } ?? "",
                    hint: "e.g. 18"),
                FormField("servers", "Servers", value: client.map { String($0.size.servers) } ?? "", hint: "e.g. 1"),
                FormField("address", "Address", value: client?.address ?? ""),
                FormField(
                    "travel-minutes", "Travel minutes", value: client?.travelMinutes.map(String.init) ?? "",
                    hint: "e.g. 25"),
                FormField(
                    "source", "Came from", value: client?.source?.rawValue ?? "", hint: "←/→",
                    choices: [""] + ClientSource.allCases.map(\.rawValue)),
                FormField("notes", "Notes", value: client?.notes ?? ""),
            ]
        case .addPerson:
            fields = [
                FormField("name", "Name"), FormField("role", "Role", hint: "e.g. Office manager"),
                FormField("phone", "Phone"), FormField("email", "Email"),
                FormField(
                    "primary", "Primary", value: client?.people.isEmpty ?? true ? "yes" : "no", hint: "←/→",
                    choices: ["no", "yes"]),
            ]
        case .setAgreement:
            let rule = agreement?.visits?.rule
            let preset = RecurrenceRule.presets.first { $0.rule == rule }?.name
            fields = [
                FormField(
                    "kind", "Kind", value: (agreement?.kind ?? .retainer).rawValue, hint: "←/→",
                    choices: AgreementKind.allCases.map(\.rawValue)),
                FormField("fee", "Monthly fee", value: agreement?.monthlyFee.decimalString ?? "", hint: "e.g. 900"),
                agreement == nil
                    ? FormField("start", "Start", value: today.description, hint: FormKind.dateHint)
                    : FormField("from", "Changes from", value: today.description, hint: "days before keep their terms"),
                FormField("term", "Term months", value: String(agreement?.termMonths ?? 12)),
                FormField(
                    "visits", "Visits", value: preset ?? rule?.description ?? RecurrenceRule.presets[0].name,
                    hint: "←/→ presets, or type an RRULE", choices: RecurrenceRule.presets.map(\.name) + ["none"]),
                FormField("time", "Visit time", value: agreement?.visits?.time?.description ?? "09:00", hint: "HH:MM"),
                FormField("technician", "Technician", value: agreement?.visits?.technician ?? "", completions: team),
                FormField(
                    "hours", "Block hours", value: agreement?.hoursBank.map { formatHours($0.purchased) } ?? "",
                    hint: "block only"),
                FormField(
                    "contact-every", "Contact every", value: agreement?.contactEveryDays.map(String.init) ?? "",
                    hint: "days; blank = default"),
            ]
        case .scheduleVisit:
            fields = [
                clientField, FormField("on", "Day", value: "", hint: FormKind.dateHint),
                FormField("at", "Time", value: agreement?.visits?.time?.description ?? "", hint: "HH:MM"),
                FormField("technician", "Technician", value: agreement?.visits?.technician ?? "", completions: team),
                FormField("note", "Note"),
            ]
        case .moveVisit:
            fields = [
                clientField, FormField("from", "From", value: visitDay?.description ?? "", hint: FormKind.dateHint),
                FormField("to", "To", hint: FormKind.dateHint), FormField("at", "New time", hint: "HH:MM, optional"),
            ]
        case .cancelVisit:
            fields = [
                clientField, FormField("on", "Day", value: visitDay?.description ?? "", hint: FormKind.dateHint),
                FormField("note", "Reason"),
            ]
        case .completeVisit:
            fields = [
                clientField, FormField("on", "Day", value: (visitDay ?? today).description, hint: FormKind.dateHint),
                FormField("hours", "Hours", hint: "e.g. 1.5"),
                FormField("note", "Note", hint: "shown before the next visit"),
            ]
        case .logContact:
            fields = [
                clientField,
                FormField("via", "Via", value: "call", hint: "←/→", choices: ContactChannel.allCases.map(\.rawValue)),
                FormField("on", "Day", value: today.description, hint: FormKind.dateHint),
                FormField("by", "By", completions: team), FormField("note", "Note"),
                FormField("follow-up", "Follow up", hint: "optional date"),
            ]
        case .surveySent:
            fields = [clientField, FormField("on", "Sent on", value: today.description, hint: FormKind.dateHint)]
        case .surveyAnswered:
            fields = [
                clientField, FormField("score", "Score", hint: "0 to 10"),
                FormField("on", "Answered on", value: today.description, hint: FormKind.dateHint),
                FormField("comment", "Comment", hint: "how can we improve?"),
            ]
        case .renew:
            fields = [
                FormField(
                    "fee", "Monthly fee", value: agreement?.monthlyFee.decimalString ?? "", hint: "new fee, or keep"),
                FormField("term", "Term months", value: String(agreement?.termMonths ?? 12)),
            ]
        case .endAgreement:
            fields = [
                FormField("on", "Ends on", value: today.description, hint: FormKind.dateHint),
                FormField("reason", "Reason", hint: "e.g. moved to in-house IT"),
            ]
        case .proposalSent:
            fields = [FormField("on", "Sent on", value: today.description, hint: FormKind.dateHint)]
        case .adjustHours:
            fields = [
                FormField("hours", "Hours", hint: "e.g. 10, or -2 to correct"),
                FormField("on", "On", value: today.description, hint: FormKind.dateHint), FormField("note", "Note"),
            ]
        case .addProspect, .updateProspect:
            let prospect = self == .updateProspect ? client?.pipeline : nil
            let triggers = [ClientSource.emergency, .audit, .unhappyWithProvider, .referral].map(\.rawValue)
            fields =
                (self == .addProspect ? [FormField("name", "Name")] : []) + [
                    FormField(
                        "trigger", "Trigger", value: prospect?.trigger.rawValue ?? "emergency", hint: "←/→",
                        choices: triggers),
                    FormField(
                        "stage", "Stage", value: (prospect?.stage ?? .lead).rawValue, hint: "←/→",
                        choices: ProspectStage.allCases.filter { $0 != .won }.map(\.rawValue)),
                    FormField(
                        "fee", "Est. monthly fee", value: prospect?.estimatedMonthlyFee?.decimalString ?? "",
                        hint: "e.g. 800"),
                    FormField("next-step", "Next step", value: prospect?.nextStep ?? "", hint: "e.g. book the audit"),
                    FormField(
                        "next-step-on", "Next step on", value: prospect?.nextStepOn?.description ?? "",
                        hint: FormKind.dateHint),
                    FormField("reason", "Lost because", value: prospect?.lostReason ?? "", hint: "when lost"),
                ]
        case .addTechnician, .editTechnician:
            let technician =
                self == .editTechnician
                ? state.selectedRow?.technicianID.flatMap(state.portfolio.settings.technician) : nil
            fields =
                (self == .addTechnician ? [FormField("id", "ID", hint: "short, e.g. js")] : []) + [
                    FormField("name", "Name", value: technician?.name ?? ""),
                    FormField(
                        "skills", "Skills", value: technician?.skills.joined(separator: ", ") ?? "",
                        hint: "comma-separated"),
                    FormField(
                        "certifications", "Certifications",
                        value: technician?.certifications.joined(separator: ", ") ?? "",
                        hint: "comma-separated"),
                ]
            var form = FormState(kind: self, clientID: nil, fields: fields)
            form.technicianID = technician?.id
            return form
        case .editRateCard:
            let card = state.portfolio.settings.rateCard
            fields = [
                FormField("onsite", "On site /h", value: card.onsiteHourly.decimalString),
                FormField("remote", "Remote /h", value: card.remoteHourly.decimalString),
                FormField("after-hours", "After hours /h", value: card.afterHoursHourly.decimalString),
                FormField("emergency", "Emergency /h", value: card.emergencyHourly.decimalString),
                FormField("trip", "Trip charge", value: card.tripCharge.decimalString),
                FormField("minimum-hours", "Minimum hours", value: formatHours(card.minimumHours)),
                FormField(
                    "discount", "Discount %", value: String(card.agreementDiscountPercent), hint: "under agreement"),
                FormField("benefits", "Benefits", value: card.benefits.joined(separator: "; "), hint: "separated by ;"),
            ]
        }
        return FormState(kind: self, clientID: client?.id, fields: fields)
    }
}
