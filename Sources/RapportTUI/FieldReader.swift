import RapportCore

/// Reads typed values out of a form's fields through Core's `Input`, the parser the command line uses too, and
/// collects an error for each field that does not parse, so that a form shows all of them at once.
struct FieldReader {
    let form: FormState
    let state: AppState
    /// The client the form acts on, once `resolveClient()` found it; nil for a new client and the settings forms.
    private(set) var client: Client?
    private(set) var errors = FieldErrors()

    init(form: FormState, state: AppState) {
        self.form = form
        self.state = state
    }

    var today: Day { state.today }

    func text(_ id: FieldID) -> String? { form.value(id) }

    /// Whether a field holds something else than it opened with.
    func changed(_ id: FieldID) -> Bool {
        form.fields.first { $0.id == id }.map { $0.value != $0.initial } ?? false
    }

    /// Records an error beside a field, or for the whole form without one, and gives nil in place of its value.
    mutating func fail<T>(_ id: FieldID?, _ message: String) -> T? {
        note(id, message)
        return nil
    }

    /// Records an error; the first one found for a field stays.
    mutating func note(_ id: FieldID?, _ message: String) {
        guard let id else {
            if errors.form == nil { errors.form = message }
            return
        }
        if errors.byField[id] == nil { errors.byField[id] = message }
    }

    // MARK: Typed fields

    /// Finds the client the form acts on: the one typed into its client field, or else the one it opened for.
    mutating func resolveClient() {
        client = typedClient()
    }

    private mutating func typedClient() -> Client? {
        guard form.fields.contains(where: { $0.id == .client }) else { return state.document(of: form.clientID) }
        guard let typed = text(.client) else { return fail(.client, "type a client's name") }
        let lower = typed.lowercased()
        let clients = state.portfolio.clients
        if let exact = clients.first(where: { $0.name.lowercased() == lower || $0.id == lower }) { return exact }
        let matches = clients.filter { $0.name.lowercased().hasPrefix(lower) }
        if matches.count == 1 { return matches[0] }
        return fail(
            .client, matches.isEmpty ? "no client called \"\(typed)\"" : "several clients start with \"\(typed)\"")
    }

    mutating func day(_ id: FieldID, required: Bool = true) -> Day? {
        guard let typed = text(id) else { return required ? fail(id, "give a date, \(FormKind.dateHint)") : nil }
        do {
            return try DateInput.parse(typed, today: today)
        } catch {
            return fail(id, error.message)
        }
    }

    mutating func time(_ id: FieldID) -> TimeOfDay? {
        guard let typed = text(id) else { return nil }
        return parsed(id) { () throws(ChangeError) in try Input.time(typed) }
    }

    /// A field's value from one of `Input`'s parsers, or its refusal recorded beside the field.
    private mutating func parsed<T>(_ id: FieldID, _ parse: () throws(ChangeError) -> T) -> T? {
        do {
            return try parse()
        } catch {
            return fail(id, error.message)
        }
    }

    /// A date and time, `YYYY-MM-DD HH:MM`.
    mutating func moment(_ id: FieldID) -> DayTime? {
        guard let typed = text(id) else { return fail(id, "give a date and time, e.g. \(state.now)") }
        return parsed(id) { () throws(ChangeError) in try Input.dayTime(typed) }
    }

    /// Whether a yes-or-no field (`FormField.yesNo`) says yes.
    func yes(_ id: FieldID) -> Bool { text(id) == "yes" }

    mutating func money(_ id: FieldID) -> Money? {
        guard let typed = text(id) else { return fail(id, "give an amount, e.g. 900") }
        return parsed(id) { () throws(ChangeError) in try Input.money(typed) }
    }

    /// An amount that may be left blank.
    mutating func optionalMoney(_ id: FieldID) -> Money? {
        text(id) == nil ? nil : money(id)
    }

    mutating func whole(_ id: FieldID) -> Int? {
        guard let typed = text(id) else { return nil }
        return parsed(id) { () throws(ChangeError) in try Input.count(typed) }
    }

    /// A survey score from 0 to 10.
    mutating func score(_ id: FieldID) -> Int? {
        guard let typed = text(id) else { return fail(id, "give a score from 0 to 10") }
        return parsed(id) { () throws(ChangeError) in try Input.score(typed) }
    }

    /// A percentage from 0 to 100.
    mutating func percent(_ id: FieldID) -> Int? {
        guard let typed = text(id) else { return fail(id, "give a percentage, e.g. 15") }
        return parsed(id) { () throws(ChangeError) in try Input.percent(typed) }
    }

    /// Hours that may be negative, to correct a bank.
    mutating func hoursCorrection(_ id: FieldID) -> Double? {
        guard let typed = text(id) else { return fail(id, "give the hours, e.g. 10") }
        return parsed(id) { () throws(ChangeError) in try Input.hoursCorrection(typed) }
    }

    /// A list typed as text separated by a character, e.g. skills separated by commas.
    func list(_ id: FieldID, separator: Character) -> [String] {
        (text(id) ?? "").split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    mutating func hours(_ id: FieldID, required: Bool) -> Double? {
        guard let typed = text(id) else { return required ? fail(id, "give the hours, e.g. 1.5") : nil }
        return parsed(id) { () throws(ChangeError) in try Input.hours(typed) }
    }

    mutating func technician(_ id: FieldID) -> String? {
        guard let typed = text(id) else { return nil }
        let team = state.portfolio.settings.technicians
        guard !team.isEmpty else { return typed }
        if let match = team.first(where: { $0.id == typed || $0.name.lowercased() == typed.lowercased() }) {
            return match.id
        }
        let prefixed = team.filter { $0.id.hasPrefix(typed) || $0.name.lowercased().hasPrefix(typed.lowercased()) }
        if prefixed.count == 1 { return prefixed[0].id }
        return fail(id, "no technician \"\(typed)\"; known: \(team.map(\.id).joined(separator: ", "))")
    }

    /// A visit rule, `.some(nil)` for none; nil when what was typed is refused.
    mutating func rule(_ id: FieldID) -> RecurrenceRule?? {
        guard let typed = text(id), typed != "none" else { return .some(nil) }
        // Unwrapped first: a refusal is no answer (nil), not "no rule" (.some(nil)).
        guard let rule = parsed(id, { () throws(ChangeError) in try Input.rule(typed) }) else { return nil }
        return rule
    }

    mutating func choice<T: RawRepresentable>(_ id: FieldID, as type: T.Type) -> T? where T.RawValue == String {
        guard let typed = text(id) else { return nil }
        return T(rawValue: typed) ?? fail(id, "\"\(typed)\" is not one of the choices; use ←/→")
    }
}
