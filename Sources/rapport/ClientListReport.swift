import RapportCore
import RapportStore

/// `rapport client list`: every client with its agreement, and the files that could not be read.
struct ClientListReport: Report {
    var clients: [Entry]
    var unreadable: [Unreadable]

    struct Entry: Encodable {
        var id: String
        var name: String
        var status: ClientStatus
        var kind: AgreementKind?
        var monthlyFee: Money?
        var renewsOn: Day?
        var overdue: Bool
        var lapsed: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(kind, forKey: .kind)
            try container.encode(monthlyFee, forKey: .monthlyFee)
            try container.encode(renewsOn, forKey: .renewsOn)
            try container.encode(overdue, forKey: .overdue)
            try container.encode(lapsed, forKey: .lapsed)
        }

        enum CodingKeys: String, CodingKey { case id, name, status, kind, monthlyFee, renewsOn, overdue, lapsed }
    }

    /// A client file that could not be read, located.
    struct Unreadable: Encodable {
        var file: String
        var line: Int
        var column: Int
        var reason: String
    }

    init(_ portfolio: Portfolio, problems: [FileProblem], today: Day) {
        clients = portfolio.clients.map { client in
            let agreement = client.agreement(on: today)
            return Entry(
                id: client.id, name: client.name, status: client.status, kind: agreement?.kind,
                monthlyFee: agreement?.monthlyFee, renewsOn: agreement?.renewalDate,
                overdue: client.overdueContact(today: today, defaults: portfolio.settings.defaults) != nil,
                lapsed: agreement.map { $0.renewalDate <= today && client.queuedRenewal(on: today) == nil } ?? false)
        }
        unreadable = problems.map { Unreadable(file: $0.path, line: $0.line, column: $0.column, reason: $0.reason) }
    }

    func text(_ output: Output, settings: Settings) -> String {
        var table = TextTable(
            ["ID", "NAME", "STATUS", "AGREEMENT", "MONTHLY", "RENEWS", ""],
            alignments: [.left, .left, .left, .left, .right, .left, .left])
        for entry in clients {
            table.add([
                entry.id, entry.name, entry.status.rawValue, entry.kind?.rawValue ?? "-",
                entry.monthlyFee?.shown(settings) ?? "-",
                entry.renewsOn.map { "\($0.short) \($0.year)" } ?? "-",
                [entry.lapsed ? "lapsed" : nil, entry.overdue ? "overdue" : nil].compactMap { $0 }.joined(
                    separator: ", "),
            ])
        }
        var out = clients.isEmpty ? "No clients yet. Add one with `rapport client add NAME`.\n" : table.render(output)
        for problem in unreadable {
            out += output.alert("unreadable: ") + DisplayText.safe(problemText(problem)) + "\n"
        }
        return out
    }

    private func problemText(_ problem: Unreadable) -> String {
        FileProblem(path: problem.file, line: problem.line, column: problem.column, reason: problem.reason).description
    }
}
