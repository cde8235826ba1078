import RapportCore

/// `rapport client list` and the dashboard's clients pane: every client with its agreement and what needs doing,
/// and the files that could not be read.
public struct ClientListReport: Encodable, Sendable, Equatable {
    public var clients: [Entry]
    public var unreadable: [Unreadable]

    /// A client with its agreement today.
    public struct Entry: Encodable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var status: ClientStatus
        public var kind: AgreementKind?
        public var monthlyFee: Money?
        public var renewsOn: Day?
        /// The agreement's planned visits a month, averaged over its term and rounded to tenths: 2.2 for every
        /// other week.
        public var visitsPerMonth: Double?
        public var overdue: Bool
        public var lapsed: Bool
        public var surveyDue: Bool
        /// `80%`, `95%` or `overrun` for a block of hours running out; null otherwise.
        public var hoursAlert: String?
        /// Conflicts a merge of two machines' changes left open (`rapport conflicts`).
        public var openConflicts = 0

        /// The client's marks as the dashboard shows them: `!` overdue contact, `S` survey due, `H` hours running
        /// out, `C` an open conflict.
        public var marks: String {
            (overdue ? "!" : "") + (surveyDue ? "S" : "") + (hoursAlert == nil ? "" : "H")
                + (openConflicts > 0 ? "C" : "")
        }

        /// The visits a month as people read them: `2`, `2.2`, or empty with no agreement.
        public var visitsPerMonthText: String {
            guard let visitsPerMonth else { return "" }
            return visitsPerMonth == visitsPerMonth.rounded() ? String(Int(visitsPerMonth)) : String(visitsPerMonth)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(kind, forKey: .kind)
            try container.encode(monthlyFee, forKey: .monthlyFee)
            try container.encode(renewsOn, forKey: .renewsOn)
            try container.encode(visitsPerMonth, forKey: .visitsPerMonth)
            try container.encode(overdue, forKey: .overdue)
            try container.encode(lapsed, forKey: .lapsed)
            try container.encode(surveyDue, forKey: .surveyDue)
            try container.encode(hoursAlert, forKey: .hoursAlert)
        }

        enum CodingKeys: String, CodingKey {
            case id, name, status, kind, monthlyFee, renewsOn, visitsPerMonth, overdue, lapsed, surveyDue, hoursAlert
        }
    }

    /// A client file that could not be read, located.
    public struct Unreadable: Encodable, Sendable, Equatable {
        /// The id of the client the file stands for; null for another file, such as the settings.
        public var id: String?
        public var file: String
        public var line: Int
        public var column: Int
        public var reason: String

        public init(id: String?, file: String, line: Int, column: Int, reason: String) {
            self.id = id
            self.file = file
            self.line = line
            self.column = column
            self.reason = reason
        }
    }

    /// Lists the clients.
    ///
    /// - Parameters:
    ///   - portfolio: the store's clients and settings.
    ///   - unreadable: the client files that could not be read.
    ///   - today: the day.
    public init(_ portfolio: Portfolio, unreadable: [Unreadable], today: Day) {
        let defaults = portfolio.settings.defaults
        clients = portfolio.clients.map { client in
            let agreement = client.agreement(on: today)
            return Entry(
                id: client.id, name: client.name, status: client.status, kind: agreement?.kind,
                monthlyFee: agreement?.monthlyFee, renewsOn: agreement?.renewalDate,
                visitsPerMonth: agreement.map(Self.visitsPerMonth),
                overdue: client.overdueContact(today: today, defaults: defaults) != nil,
                lapsed: client.hasLapsed(on: today),
                surveyDue: client.surveyStatus(today: today, defaults: defaults) == .due,
                hoursAlert: client.hoursBankStatus(today: today)?.alert?.rawValue,
                openConflicts: client.openConflicts.count)
        }
        self.unreadable = unreadable
    }

    /// An agreement's planned visits a month, averaged over its term so that "every other week" reads as about 2.
    private static func visitsPerMonth(_ agreement: Agreement) -> Double {
        guard let plan = agreement.visits else { return 0 }
        let count = plan.rule.occurrences(
            anchoredAt: agreement.start, from: agreement.start, through: agreement.renewalDate.adding(days: -1)
        ).count
        return (Double(count) * 10 / Double(max(agreement.termMonths, 1))).rounded() / 10
    }
}
