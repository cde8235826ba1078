/// One client of the consultancy: its profile, people, agreement terms and the history of the relationship.
///
/// This is the whole content of one `clients/<id>.json` file. Every record in it has an id of its own, unique on
/// every machine, and nothing in it counts the whole file, so two people's edits of one client can be merged.
public struct Client: Codable, Sendable, Equatable {
    /// The store format version this document was read in, or is written in.
    public var schemaVersion: Int
    /// The slug that names the file, `[a-z0-9-]{1,64}`, fixed at creation.
    public var id: String
    /// The client's unique id, which never changes, even if two stores once picked the same slug.
    public var uid: String
    public var name: String
    public var status: ClientStatus
    public var source: ClientSource?
    public var size: CompanySize
    public var address: String?
    public var travelMinutes: Int?
    public var notes: String?
    /// The technologies the client runs that someone must know, such as `exchange`; absent in older files.
    public var needs: [String]?
    public var people: [Person]
    /// The agreement, as dated terms oldest first: past ones, the one in force and any queued renewal.
    public var terms: [Term]
    public var visits: [Visit]
    public var touchpoints: [Touchpoint]
    public var surveys: [Survey]
    /// The clients' requests for help; absent from files written before requests were kept.
    public var requests: [ServiceRequest]?
    /// Where a prospect stands in the sales pipeline; kept after winning, for the record.
    public var pipeline: Prospect?
    /// When the profile last changed, and by whom.
    public var changedAt: String?
    public var changedBy: String?
    /// Edits that a merge of two machines' copies could not both keep, open until someone settles them; nil when
    /// there are none, so files without conflicts read and write as before.
    public var conflicts: [Conflict]?

    /// The schema version this program writes.
    public static let currentSchemaVersion = 2

    /// The keys of a version 2 file, in the order they are declared, which `init(from:)` reads them in.
    enum CodingKeys: String, CodingKey {
        case schemaVersion, id, uid, name, status, source, size, address, travelMinutes, notes, needs, people, terms
        case visits
        case touchpoints, surveys, requests, pipeline, changedAt, changedBy, conflicts
    }

    /// Creates a client with no people, agreement or history.
    ///
    /// - Parameters:
    ///   - id: the slug; see `ClientID`.
    ///   - uid: the unique id; an empty one is given one when the client is added.
    ///   - name: the company name.
    ///   - status: prospect, active or former.
    public init(
        id: String, uid: String = "", name: String, status: ClientStatus = .active, source: ClientSource? = nil,
        size: CompanySize = CompanySize(), address: String? = nil, travelMinutes: Int? = nil, notes: String? = nil
    ) {
        self.schemaVersion = Client.currentSchemaVersion
        self.id = id
        self.uid = uid
        self.name = name
        self.status = status
        self.source = source
        self.size = size
        self.address = address
        self.travelMinutes = travelMinutes
        self.notes = notes
        self.people = []
        self.terms = []
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
public struct Person: Codable, Sendable, Equatable, Record {
    /// The person's id; an empty one is given one when the person is added.
    public var id: String
    public var name: String
    public var role: String?
    public var phone: String?
    public var email: String?
    public var primary: Bool
    public var changedAt: String?
    public var changedBy: String?

    enum CodingKeys: String, CodingKey {
        case id, name, role, phone, email, primary, changedAt, changedBy
    }

    public init(
        id: String = "", name: String, role: String? = nil, phone: String? = nil, email: String? = nil,
        primary: Bool = false
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.phone = phone
        self.email = email
        self.primary = primary
    }
}
