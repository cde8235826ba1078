/// One client of the consultancy: its profile, people, agreement and the history of the relationship.
///
/// This is the whole content of one `clients/<id>.json` file.
public struct Client: Codable, Sendable, Equatable {
    /// The store format version this document was written in.
    public var schemaVersion: Int
    /// Bumped by the store on every write, so that concurrent writers can tell they raced.
    public var revision: Int
    /// The slug that names the file, `[a-z0-9-]{1,64}`, fixed at creation.
    public var id: String
    public var name: String
    public var status: ClientStatus
    public var source: ClientSource?
    public var size: CompanySize
    public var address: String?
    public var travelMinutes: Int?
    public var notes: String?
    public var people: [Person]
    public var agreement: Agreement?
    /// Earlier terms, oldest first: renewed ones and the one that ended.
    public var pastTerms: [PastTerm]
    public var visits: [Visit]
    public var touchpoints: [Touchpoint]
    public var surveys: [Survey]
    /// Where a prospect stands in the sales pipeline; kept after winning, for the record.
    public var pipeline: Prospect?

    /// The schema version this program writes.
    public static let currentSchemaVersion = 1

    /// Creates a client with no people, agreement or history.
    ///
    /// - Parameters:
    ///   - id: the slug; see `ClientID`.
    ///   - name: the company name.
    ///   - status: prospect, active or former.
    public init(
        id: String, name: String, status: ClientStatus = .active, source: ClientSource? = nil,
        size: CompanySize = CompanySize(), address: String? = nil, travelMinutes: Int? = nil, notes: String? = nil
    ) {
        self.schemaVersion = Client.currentSchemaVersion
        self.revision = 0
        self.id = id
        self.name = name
        self.status = status
        self.source = source
        self.size = size
        self.address = address
        self.travelMinutes = travelMinutes
        self.notes = notes
        self.people = []
        self.agreement = nil
        self.pastTerms = []
        self.visits = []
        self.touchpoints = []
        self.surveys = []
        self.pipeline = nil
    }

    /// The person marked primary, or else the first person.
    public var primaryContact: Person? {
        people.first(where: \.primary) ?? people.first
    }
}

/// Where a client stands with the consultancy.
public enum ClientStatus: String, Codable, Sendable, CaseIterable {
    case prospect, active, former
}

/// How a client came to the consultancy.
public enum ClientSource: String, Codable, Sendable, CaseIterable {
    case emergency, audit
    case unhappyWithProvider = "unhappy-with-provider"
    case referral, other
}

/// The size of a client's IT estate.
public struct CompanySize: Codable, Sendable, Equatable {
    public var workstations: Int
    public var servers: Int
    public var wan: Bool

    public init(workstations: Int = 0, servers: Int = 0, wan: Bool = false) {
        self.workstations = workstations
        self.servers = servers
        self.wan = wan
    }
}

/// Someone at a client.
public struct Person: Codable, Sendable, Equatable {
    public var name: String
    public var role: String?
    public var phone: String?
    public var email: String?
    public var primary: Bool

    public init(name: String, role: String? = nil, phone: String? = nil, email: String? = nil, primary: Bool = false) {
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.primary = primary
    }
}
