import RapportCore

// MARK: - Turning a filled form into a Change

extension FormState {
    /// The save this form asks for, checked field by field and then by the same rules the store applies.
    ///
    /// Every field is checked on its own so that all errors show at once, each beside its field.
    ///
    /// - Parameter state: the dashboard, for today, the clients and the team.
    /// - Returns: the save the runtime should carry out, or the errors by field.
    func submission(in state: AppState) -> Result<Effect, FieldErrors> {
        var reader = FieldReader(form: self, state: state)
        if kind.needsClient { reader.resolveClient() }
        let change = kind.definition.change(&reader)
        guard reader.errors.isEmpty, let change else { return .failure(reader.errors) }
        do throws(ChangeError) {
            switch change {
            case .client(let change):
                _ = try change.apply(to: reader.client, today: state.today)
                return .success(.save(change, client: reader.client?.id ?? state.freeID(for: value(.name) ?? "")))
            case .settings(let change):
                _ = try change.apply(to: state.portfolio.settings)
                return .success(.saveSettings(change))
            }
        } catch {
            return .failure(FieldErrors(error))
        }
    }
}

extension AppState {
    /// An unused client id for a name, as the store would choose it.
    func freeID(for name: String) -> String {
        let taken = Set(portfolio.clients.map(\.id))
        return ClientID.free(for: name, isTaken: taken.contains)
    }
}
