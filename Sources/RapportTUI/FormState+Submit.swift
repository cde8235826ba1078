import RapportCore

// MARK: - Turning a filled form into a Change

extension FormState {
    /// The change this form asks for, checked field by field and then by the same rules the store applies.
    ///
    /// Every field is checked on its own so that all errors show at once, each beside its field.
    ///
    /// - Parameter state: the dashboard, for today, the clients and the team.
    /// - Returns: the change and its client id, or the errors by field key.
    /// - Returns: the save the runtime should carry out, or the errors by field key.
    func submission(in state: AppState) -> Result<Effect, FieldErrors> {
        var reader = FieldReader(form: self, state: state)
        if kind.changesSettings {
            let change = reader.settingsChange(for: kind)
            guard reader.errors.isEmpty, let change else { return .failure(reader.errors) }
            do {
                _ = try change.apply(to: state.portfolio.settings)
            } catch {
                return .failure(errors(from: error))
            }
            return .success(.saveSettings(change))
        }
        let client = kind.needsClient ? reader.client() : nil
        let change = reader.change(for: kind, client: client)
        guard reader.errors.isEmpty, let change else { return .failure(reader.errors) }
        let id = client?.id ?? state.freeID(for: reader.text("name") ?? "")
        do {
            _ = try change.apply(to: client, today: state.today)
        } catch {
            return .failure(errors(from: error))
        }
        return .success(.save(change, client: id))
    }

    /// A refusal from the core, placed on its field when the form has one by that name.
    private func errors(from error: ChangeError) -> FieldErrors {
        FieldErrors([error.field.flatMap { f in fields.contains { $0.key == f } ? f : nil } ?? "": error.message])
    }
}

/// Errors by field key; the key "" holds an error that belongs to no field.
public struct FieldErrors: Error, Sendable, Equatable {
    public var byField: [String: String]

    init(_ byField: [String: String] = [:]) {
        self.byField = byField
    }

    var isEmpty: Bool { byField.isEmpty }
}

extension AppState {
    /// An unused client id for a name, as the store would choose it.
    func freeID(for name: String) -> String {
        let taken = Set(portfolio.clients.map(\.id))
        return ClientID.free(for: name, isTaken: taken.contains)
    }
}

/// Reads typed values out of a form, collecting an error for each field that does not parse.
private struct FieldReader {
    let form: FormState
    let state: AppState
    var errors = FieldErrors()

    init(form: FormState, state: AppState) {
        self.form = form
        self.state = state
    }

    func text(_ key: String) -> String? { form.value(key) }

    /// Whether a field holds something else than it opened with.
    func changed(_ key: String) -> Bool {
        form.fields.first { $0.key == key }.map { $0.value != $0.initial } ?? false
    }

    /// Records an error for a field (the first one found stays) and gives nil in place of its value.
    mutating func fail<T>(_ key: String, _ message: String) -> T? {
        note(key, message)
        return nil
    }

    mutating func note(_ key: String, _ message: String) {
        if errors.byField[key] == nil { errors.byField[key] = message }
    }

    // MARK: Typed fields

    mutating func client() -> Client? {
        guard form.fields.contains(where: { $0.key == "client" }) else { return state.client(form.clientID) }
        guard let typed = text("client") else { return fail("client", "type a client's name") }
        let lower = typed.lowercased()
        let clients = state.portfolio.clients
        if let exact = clients.first(where: { $0.name.lowercased() == lower || $0.id == lower }) { return exact }
        let matches = clients.filter { $0.name.lowercased().hasPrefix(lower) }
        if matches.count == 1 { return matches[0] }
        return fail(
            "client", matches.isEmpty ? "no client called \"\(typed)\"" : "several clients start with \"\(typed)\"")
    }

    mutating func day(_ key: String, required: Bool = true) -> Day? {
        guard let typed = text(key) else { return required ? fail(key, "give a date, \(FormKind.dateHint)") : nil }
        do {
            return try DateInput.parse(typed, today: state.today)
        } catch {
            return fail(key, error.message)
        }
    }

    mutating func time(_ key: String) -> TimeOfDay? {
        guard let typed = text(key) else { return nil }
        return parsed(key) { () throws(ChangeError) in try Input.time(typed) }
    }

    /// A field's value from one of `Input`'s parsers, or its refusal recorded beside the field.
    mutating func parsed<T>(_ key: String, _ parse: () throws(ChangeError) -> T) -> T? {
        do {
            return try parse()
        } catch {
            return fail(key, error.message)
        }
    }

    mutating func money(_ key: String) -> Money? {
        guard let typed = text(key) else { return fail(key, "give an amount, e.g. 900") }
        return parsed(key) { () throws(ChangeError) in try Input.money(typed) }
    }

    mutating func whole(_ key: String) -> Int? {
        guard let typed = text(key) else { return nil }
        return parsed(key) { () throws(ChangeError) in try Input.count(typed) }
    }

    /// A list typed as text separated by a character, e.g. skills separated by commas.
    func list(_ key: String, separator: Character) -> [String] {
        (text(key) ?? "").split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    mutating func hours(_ key: String, required: Bool) -> Double? {
        guard let typed = text(key) else { return required ? fail(key, "give the hours, e.g. 1.5") : nil }
        return parsed(key) { () throws(ChangeError) in try Input.hours(typed) }
    }

    mutating func technician(_ key: String) -> String? {
        guard let typed = text(key) else { return nil }
        let team = state.portfolio.settings.technicians
        guard !team.isEmpty else { return typed }
        if let match = team.first(where: { $0.id == typed || $0.name.lowercased() == typed.lowercased() }) {
            return match.id
        }
        let prefixed = team.filter { $0.id.hasPrefix(typed) || $0.name.lowercased().hasPrefix(typed.lowercased()) }
        if prefixed.count == 1 { return prefixed[0].id }
        return fail(key, "no technician \"\(typed)\"; known: \(team.map(\.id).joined(separator: ", "))")
    }

    mutating func rule(_ key: String) -> RecurrenceRule?? {
        guard let typed = text(key), typed != "none" else { return .some(nil) }
        // Unwrapped first: a refusal is no answer (nil), not "no rule" (.some(nil)).
        guard let rule = parsed(key, { () throws(ChangeError) in try Input.rule(typed) }) else { return nil }
        return rule
    }

    mutating func choice<T: RawRepresentable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let typed = text(key) else { return nil }
        return T(rawValue: typed) ?? fail(key, "\"\(typed)\" is not one of the choices; use ←/→")
    }

    // MARK: The change

    mutating func change(for kind: FormKind, client: Client?) -> Change? {
        switch kind {
        case .addClient, .editClient:
            let name = text("name")
            if name == nil { note("name", "give the company's name") }
            let workstations = whole("workstations")
            let servers = whole("servers")
            let travel = whole("travel-minutes")
            let status = choice("status", as: ClientStatus.self)
            let source = choice("source", as: ClientSource.self)
            let base = client?.size ?? CompanySize()
            let size = CompanySize(
                workstations: workstations ?? base.workstations, servers: servers ?? base.servers, wan: base.wan)
            guard let name else { return nil }
            if kind == .addClient {
                return .addClient(
                    Client(
                        id: state.freeID(for: name), name: name, status: status ?? .active, source: source, size: size,
                        address: text("address"), travelMinutes: travel, notes: text("notes")))
            }
            return .editClient(
                ClientEdit(
                    name: name, status: status, source: source, size: size, address: text("address") ?? "",
                    travelMinutes: travel, notes: text("notes") ?? ""))
        case .addPerson:
            guard let name = text("name") else { return fail("name", "give the person's name") }
            return .addPerson(
                Person(
                    name: name, role: text("role"), phone: text("phone"), email: text("email"),
                    primary: text("primary") == "yes"))
        case .setAgreement:
            // An agreement that stands changes from a day on, and only in the fields the user changed; a new one
            // is set whole from its start.
            let standing = client?.agreement(on: state.today) != nil
            let kindValue = choice("kind", as: AgreementKind.self)
            let fee = money("fee")
            let from = day(standing ? "from" : "start")
            let term = whole("term")
            let rule = rule("visits")
            let time = time("time")
            let technician = technician("technician")
            let hours = hours("hours", required: kindValue == .block && (!standing || changed("kind")))
            let contact = whole("contact-every")
            guard let kindValue, let fee, let from, let rule else { return nil }
            let changedKeys = Set(form.fields.map(\.key).filter { changed($0) })
            let set = { (key: String) in !standing || changedKeys.contains(key) }
            var edit = AgreementEdit()
            if set("kind") { edit.kind = kindValue }
            if set("fee") { edit.monthlyFee = fee }
            if set("term") { edit.termMonths = term ?? 12 }
            if set("visits") { edit.visitRule = rule }
            if set("time"), rule != nil { edit.visitTime = time }
            if set("technician"), rule != nil { edit.visitTechnician = technician }
            if set("hours"), kindValue == .block { edit.hours = hours }
            if set("contact-every") { edit.contactEveryDays = contact }
            guard !edit.isEmpty else { return fail("fee", "change a field to save, or press Esc") }
            return .setAgreement(edit, from: from)
        case .scheduleVisit:
            let on = day("on")
            let at = time("at")
            let technician = technician("technician")
            guard let on else { return nil }
            return .addVisit(on: on, at: at, technician: technician, note: text("note"))
        case .moveVisit:
            let from = day("from")
            let to = day("to")
            let at = time("at")
            guard let from, let to else { return nil }
            return .moveVisit(from: from, to: to, at: at)
        case .cancelVisit:
            guard let on = day("on") else { return nil }
            return .cancelVisit(on: on, note: text("note"))
        case .completeVisit:
            let on = day("on")
            let hours = hours("hours", required: true)
            guard let on, let hours else { return nil }
            return .completeVisit(on: on, hours: hours, note: text("note"), technician: nil)
        case .logContact:
            let via = choice("via", as: ContactChannel.self)
            let on = day("on")
            let by = technician("by")
            let followUp = day("follow-up", required: false)
            guard let via, let on else { return nil }
            return .logTouchpoint(on: on, via: via, by: by, note: text("note"), followUp: followUp)
        case .surveySent:
            guard let on = day("on") else { return nil }
            return .markSurveySent(on: on)
        case .surveyAnswered:
            let score = whole("score")
            if text("score") == nil { note("score", "give a score from 0 to 10") }
            let on = day("on")
            guard let score, let on else { return nil }
            return .markSurveyAnswered(on: on, score: score, comment: text("comment"))
        case .renew:
            let fee = money("fee")
            let term = whole("term")
            guard let fee else { return nil }
            return .renew(fee: fee, termMonths: term)
        case .endAgreement:
            guard let on = day("on") else { return nil }
            return .endAgreement(on: on, reason: text("reason"))
        case .proposalSent:
            guard let on = day("on") else { return nil }
            return .markProposalSent(on: on)
        case .adjustHours:
            let on = day("on")
            guard let typed = text("hours") else { return fail("hours", "give the hours, e.g. 10") }
            guard let hours = Double(typed), hours.isFinite else {
                return fail("hours", "\"\(typed)\" is not a number of hours; e.g. 10 or -2")
            }
            guard let on else { return nil }
            return .adjustHours(on: on, hours: hours, note: text("note"))
        case .addProspect, .updateProspect:
            let edit = prospectEdit()
            guard kind == .addProspect else { return edit.map { .updateProspect($0) } }
            guard let name = text("name") else { return fail("name", "give the prospect's name") }
            guard let edit, let trigger = edit.trigger else { return nil }
            var client = Client(id: state.freeID(for: name), name: name, status: .prospect, source: trigger)
            client.pipeline = Prospect(
                trigger: trigger, stage: edit.stage ?? .lead, estimatedMonthlyFee: edit.estimatedMonthlyFee,
                nextStep: text("next-step"), nextStepOn: edit.nextStepOn, lostReason: edit.lostReason)
            return .addClient(client)
        case .addTechnician, .editTechnician, .editRateCard:
            return nil
        }
    }

    mutating func prospectEdit() -> ProspectEdit? {
        let trigger = choice("trigger", as: ClientSource.self)
        let stage = choice("stage", as: ProspectStage.self)
        let fee = text("fee") == nil ? nil : money("fee")
        let on = day("next-step-on", required: false)
        guard errors.isEmpty else { return nil }
        return ProspectEdit(
            trigger: trigger, stage: stage, estimatedMonthlyFee: fee, nextStep: text("next-step") ?? "",
            nextStepOn: on, lostReason: text("reason"))
    }

    // MARK: The settings change

    mutating func settingsChange(for kind: FormKind) -> SettingsChange? {
        switch kind {
        case .addTechnician:
            guard let id = text("id") else { return fail("id", "give a short id, e.g. js") }
            guard let name = text("name") else { return fail("name", "give the technician's name") }
            return .addTechnician(
                Technician(
                    id: id, name: name, skills: list("skills", separator: ","),
                    certifications: list("certifications", separator: ",")))
        case .editTechnician:
            guard let id = form.technicianID else { return fail("", "select a technician first") }
            return .updateTechnician(
                id: id, name: text("name"), skills: list("skills", separator: ","),
                certifications: list("certifications", separator: ","))
        default:
            var card = state.portfolio.settings.rateCard
            let prices = ["onsite", "remote", "after-hours", "emergency", "trip"].map { money($0) }
            let minimum = hours("minimum-hours", required: true)
            let discount = whole("discount")
            guard errors.isEmpty, let minimum, let discount else { return nil }
            card.onsiteHourly = prices[0]!
            card.remoteHourly = prices[1]!
            card.afterHoursHourly = prices[2]!
            card.emergencyHourly = prices[3]!
            card.tripCharge = prices[4]!
            card.minimumHours = minimum
            card.agreementDiscountPercent = discount
            card.benefits = list("benefits", separator: ";")
            return .setRateCard(card)
        }
    }
}
