import RapportCore

// MARK: - The client forms: a new client, its profile, a person

extension FormDefinition {
    static let addClient = FormDefinition(
        fields: { profileFields($0.client, nameHint: "Enter alone adds it") },
        change: { reader in
            guard let profile = reader.profile() else { return nil }
            return .client(
                .addClient(
                    Client(
                        id: reader.state.freeID(for: profile.name), name: profile.name,
                        status: profile.status ?? .active, source: profile.source, size: profile.size,
                        address: reader.text(.address), travelMinutes: profile.travelMinutes,
                        notes: reader.text(.notes))))
        })

    /// Carries only the fields the user changed, so a field someone else changed meanwhile, or one the form does not
    /// show (such as the WAN flag), stays as it is.
    static let editClient = FormDefinition(
        fields: { profileFields($0.client, nameHint: "") },
        change: { reader in
            guard let profile = reader.profile() else { return nil }
            var edit = ClientEdit()
            if reader.changed(.name) { edit.name = profile.name }
            if reader.changed(.status) { edit.status = profile.status }
            if reader.changed(.source) { edit.source = profile.source }
            if reader.changed(.workstations) || reader.changed(.servers) { edit.size = profile.size }
            if reader.changed(.address) { edit.address = reader.text(.address) ?? "" }
            if reader.changed(.travelMinutes) { edit.travelMinutes = profile.travelMinutes }
            if reader.changed(.notes) { edit.notes = reader.text(.notes) ?? "" }
            guard edit != ClientEdit() else { return reader.fail(nil, "change a field to save, or press Esc") }
            return .client(.editClient(edit))
        })

    static let addPerson = FormDefinition(
        fields: { context in
            [
                FormField(.name, "Name"), FormField(.role, "Role", hint: "e.g. Office manager"),
                FormField(.phone, "Phone"), FormField(.email, "Email"),
                .yesNo(.primary, "Primary", value: context.client?.people.isEmpty ?? true),
            ]
        },
        change: { reader in
            guard let name = reader.text(.name) else { return reader.fail(.name, "give the person's name") }
            return .client(
                .addPerson(
                    Person(
                        name: name, role: reader.text(.role), phone: reader.text(.phone), email: reader.text(.email),
                        primary: reader.yes(.primary))))
        })

    /// The profile's fields, prefilled from the client when there is one.
    private static func profileFields(_ client: Client?, nameHint: String) -> [FormField] {
        [
            FormField(.name, "Name", value: client?.name ?? "", hint: nameHint),
            FormField(
                .status, "Status", value: (client?.status ?? .active).rawValue, hint: "←/→",
                choices: ClientStatus.allCases.map(\.rawValue)),
            FormField(
                .workstations, "Workstations", value: client.map { String($0.size.workstations) } ?? "",
                hint: "e.g. 18"),
            FormField(.servers, "Servers", value: client.map { String($0.size.servers) } ?? "", hint: "e.g. 1"),
            FormField(.address, "Address", value: client?.address ?? ""),
            FormField(
                .travelMinutes, "Travel minutes", value: client?.travelMinutes.map(String.init) ?? "",
                hint: "e.g. 25"),
            FormField(
                .source, "Came from", value: client?.source?.rawValue ?? "", hint: "←/→",
                choices: [""] + ClientSource.allCases.map(\.rawValue)),
            FormField(.notes, "Notes", value: client?.notes ?? ""),
        ]
    }
}

extension FieldReader {
    /// The profile's typed values; nil without a name. A count left blank keeps the client's.
    fileprivate mutating func profile() -> (
        name: String, status: ClientStatus?, source: ClientSource?, size: CompanySize, travelMinutes: Int?
    )? {
        let name = text(.name)
        if name == nil { note(.name, "give the company's name") }
        let workstations = whole(.workstations)
        let servers = whole(.servers)
        let travelMinutes = whole(.travelMinutes)
        let status = choice(.status, as: ClientStatus.self)
        let source = choice(.source, as: ClientSource.self)
        let base = client?.size ?? CompanySize()
        let size = CompanySize(
            workstations: workstations ?? base.workstations, servers: servers ?? base.servers, wan: base.wan)
        guard let name else { return nil }
        return (name, status, source, size, travelMinutes)
    }
}
