/// Rapport's own CSV layout of clients: one row a client, its profile and then five columns for each person.
///
/// `rapport export clients` writes it and `rapport import clients` reads it back, and the round trip is exact: cells
/// are read as they are written, apart from the apostrophe that `SpreadsheetCell` puts in front of risky ones.
/// Agreements, visits and contacts are not part of it; they have their own exports.
public struct ClientTable: ClientColumnLayout {
    /// The profile columns, in the order they are written; the keys of the client document.
    static let profileColumns = [
        "id", "name", "status", "source", "workstations", "servers", "wan", "address", "travelMinutes", "notes",
    ]
    /// The columns of each person, each written after `person1`, `person2` and so on.
    static let personColumns = ["Name", "Role", "Phone", "Email", "Primary"]

    // MARK: - Export

    /// The table of a list of clients, with as many person columns as the client with the most people needs, and
    /// at least one set so the header always shows them.
    ///
    /// - Parameter clients: the clients, in the order they are written.
    /// - Returns: the table.
    public static func table(_ clients: [Client]) -> CSVTable {
        let slots = max(1, clients.map(\.people.count).max() ?? 0)
        let header =
            profileColumns + (1...slots).flatMap { number in personColumns.map { "person\(number)\($0)" } }
        let rows = clients.map { client in
            var row = [
                client.id, client.name, client.status.rawValue, client.source?.rawValue ?? "",
                String(client.size.workstations), String(client.size.servers), yesNo(client.size.wan),
                client.address ?? "", client.travelMinutes.map(String.init) ?? "", client.notes ?? "",
            ]
            for person in client.people {
                row += [person.name, person.role ?? "", person.phone ?? "", person.email ?? "", yesNo(person.primary)]
            }
            return row + Array(repeating: "", count: header.count - row.count)
        }
        return CSVTable(header: header, rows: rows)
    }

    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    // MARK: - Import

    let header: [String]
    /// The 0-based column of each profile column the file has.
    private let profile: [String: Int]
    /// For each person slot the file has, the 0-based column of each of its columns, keyed like `personColumns`.
    private let people: [[String: Int]]

    /// Reads the header of a file in this layout.
    ///
    /// A file may leave out any column but `name`, and person columns may come in any order.
    ///
    /// - Parameters:
    ///   - header: the header row, trimmed.
    ///   - line: the line the header is on.
    ///   - problems: where unknown columns are reported.
    init(header: [String], line: Int, problems: inout [ImportProblem]) {
        self.header = header
        var profile: [String: Int] = [:]
        var people: [Int: [String: Int]] = [:]
        var seen = Set<String>()
        // A repeated column is reported by `ClientImport`; the first of them counts.
        for (column, name) in header.enumerated() where seen.insert(name).inserted {
            if ClientTable.profileColumns.contains(name) {
                profile[name] = column
            } else if let (slot, field) = ClientTable.personColumn(name) {
                people[slot, default: [:]][field] = column
            } else {
                let known = ClientTable.profileColumns.joined(separator: ", ")
                problems.append(
                    ImportProblem(
                        line: line, column: column, in: header,
                        reason: "unknown column; rapport's client columns are \(known), then person1Name, "
                            + "person1Role, person1Phone, person1Email, person1Primary, person2Name…"))
            }
        }
        self.profile = profile
        self.people = people.keys.sorted().map { people[$0]! }
    }

    /// Splits a person column such as `person2Email` into its 0-based slot and field.
    ///
    /// - Parameter name: the column name.
    /// - Returns: the slot and field, or nil when the name is not a person column.
    private static func personColumn(_ name: String) -> (Int, String)? {
        guard name.hasPrefix("person") else { return nil }
        let rest = name.dropFirst("person".count)
        let digits = rest.prefix { $0.isASCIIDigit }
        guard let number = Int(digits), (1...99).contains(number), digits.first != "0" else { return nil }
        let field = String(rest.dropFirst(digits.count))
        return personColumns.contains(field) ? (number - 1, field) : nil
    }

    func row(_ record: CSVRecord, problems: inout [ImportProblem]) -> ImportRow? {
        let before = problems.count
        let cells = RowCells(record: record, layout: self)
        let status = cells.choice(profile["status"], ClientStatus.self, problems: &problems)
        let source = cells.choice(profile["source"], ClientSource.self, problems: &problems)
        let size = CompanySize(
            workstations: cells.number(profile["workstations"], example: 18, problems: &problems) ?? 0,
            servers: cells.number(profile["servers"], example: 1, problems: &problems) ?? 0,
            wan: cells.yesNo(profile["wan"], problems: &problems) ?? false)
        let client = Client(
            id: cells.text(profile["id"]) ?? "", name: cells.text(profile["name"]) ?? "", status: status ?? .active,
            source: source, size: size, address: cells.text(profile["address"]),
            travelMinutes: cells.number(profile["travelMinutes"], example: 25, problems: &problems),
            notes: cells.text(profile["notes"]))
        var found: [Person] = []
        var personColumns: [[String: Int]] = []
        for columns in people {
            guard let person = cells.person(columns, problems: &problems) else { continue }
            found.append(person)
            personColumns.append(["name": columns["Name"], "email": columns["Email"]].compactMapValues { $0 })
        }
        guard problems.count == before else { return nil }
        let clientColumns = [
            "id": profile["id"], "name": profile["name"], "workstations": profile["workstations"],
            "servers": profile["servers"], "travel-minutes": profile["travelMinutes"],
        ].compactMapValues { $0 }
        return ImportRow(
            line: record.line, client: client, people: found, clientColumns: clientColumns, personColumns: personColumns
        )
    }

    /// The cells of one row, read with the rules of this layout.
    private struct RowCells {
        let record: CSVRecord
        let layout: ClientTable

        /// A text cell as it was before export, or nil when the column is missing or the cell is empty.
        func text(_ column: Int?) -> String? {
            guard let column else { return nil }
            let value = SpreadsheetCell.restored(record.fields[column])
            return value.isEmpty ? nil : value
        }

        /// A cell holding a word, number or choice: spaces around it do not matter.
        private func word(_ column: Int?) -> String? {
            text(column)?.trimmingWhitespace()
        }

        func choice<T: RawRepresentable & CaseIterable>(
            _ column: Int?, _ type: T.Type, problems: inout [ImportProblem]
        ) -> T? where T.RawValue == String {
            guard let value = word(column), !value.isEmpty else { return nil }
            if let choice = T(rawValue: value) { return choice }
            let choices = T.allCases.map(\.rawValue)
            problems.append(
                layout.problem(
                    record, column,
                    "\"\(value)\" is not one of \(choices.dropLast().joined(separator: ", ")) or \(choices.last!)"))
            return nil
        }

        func number(_ column: Int?, example: Int, problems: inout [ImportProblem]) -> Int? {
            guard let value = word(column), !value.isEmpty else { return nil }
            do {
                return try Input.count(value, example: example)
            } catch {
                problems.append(layout.problem(record, column, error.message))
                return nil
            }
        }

        func yesNo(_ column: Int?, problems: inout [ImportProblem]) -> Bool? {
            guard let value = word(column), !value.isEmpty else { return nil }
            switch value.lowercased() {
            case "yes", "y", "true": return true
            case "no", "n", "false": return false
            default:
                problems.append(layout.problem(record, column, "\"\(value)\" is not yes or no"))
                return nil
            }
        }

        /// The person in one slot, or nil when all of its cells are empty.
        func person(_ columns: [String: Int], problems: inout [ImportProblem]) -> Person? {
            let filled = columns.filter { text($0.value) != nil }
            guard !filled.isEmpty else { return nil }
            guard let name = text(columns["Name"]) else {
                let column = columns["Name"] ?? filled.values.min()!
                let slot = layout.header[filled.values.min()!].prefix { !$0.isUppercase }
                problems.append(layout.problem(record, column, "\(slot) has details but no name; give \(slot)Name"))
                return nil
            }
            return Person(
                name: name, role: text(columns["Role"]), phone: text(columns["Phone"]), email: text(columns["Email"]),
                primary: yesNo(columns["Primary"], problems: &problems) ?? false)
        }
    }
}
