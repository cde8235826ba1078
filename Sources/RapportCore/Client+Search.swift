// MARK: - What a search looks through

extension Client {
    /// Every field a search of the client looks through, named, in the order a match is reported: the profile, then
    /// each person's name, role, phone and email. Empty fields are left out.
    public var searchFields: [SearchField] {
        var fields = [SearchField(name: "name", value: name), SearchField(name: "id", value: id)]
        if let address { fields.append(SearchField(name: "address", value: address)) }
        if let notes { fields.append(SearchField(name: "notes", value: notes)) }
        for person in people {
            fields.append(SearchField(name: "person", value: person.name))
            if let role = person.role { fields.append(SearchField(name: "role", value: role)) }
            if let phone = person.phone { fields.append(SearchField(name: "phone", value: phone)) }
            if let email = person.email { fields.append(SearchField(name: "email", value: email)) }
        }
        return fields.filter { !$0.value.isEmpty }
    }
}

/// One field a search looks through: what it is called and what it holds.
public struct SearchField: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
