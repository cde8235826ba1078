/// What importing a CSV file of clients would do: the clients it would create, the rows whose client is already in
/// the store, and what is wrong with the rest.
///
/// Nothing is written here. Each new client is built by applying the changes a write would apply, `.addClient` and
/// then `.addPerson` for each person, to an empty document in memory, so every check the store would make has been
/// made before the first file is written, and a bad row stops the whole import.
public struct ClientImport: Sendable {
    /// The layout a file was recognised as.
    public enum Format: String, Sendable {
        case itflow = "ITFlow"
        case rapport
    }

    /// A client the import creates, with the line its row starts on.
    public struct Entry: Sendable, Equatable {
        public var line: Int
        /// The finished document, people included.
        public var client: Client
    }

    /// A row left out because its client is already in the store.
    public struct Skip: Sendable, Equatable {
        public var line: Int
        public var name: String
        /// The id of the client already in the store.
        public var existing: String
    }

    public let format: Format
    public private(set) var created: [Entry] = []
    public private(set) var skipped: [Skip] = []
    /// Every problem found, in file order; when there is any, nothing may be imported.
    public private(set) var problems: [ImportProblem] = []

    /// The header, trimmed, for naming columns in problems.
    private let header: [String]

    /// Plans the import of a file.
    ///
    /// A row is skipped when the store already has its client: the same id, or else the same name ignoring case.
    /// Two rows for the same client within the file are a problem. A row without an id gets one from `freeID`,
    /// with `-2`, `-3`… added when another row of the file took it first.
    ///
    /// - Parameters:
    ///   - header: the first row, which names the columns.
    ///   - records: the rows after it; blank lines are passed over.
    ///   - existing: the clients already in the store.
    ///   - today: the day of the import, for the changes' checks.
    ///   - freeID: the store's unused id for a company name.
    /// - Throws: an `ImportProblem` on the header's line when the file is in neither layout.
    public init(
        header: CSVRecord, records: [CSVRecord], existing: [Client], today: Day, freeID: (String) -> String
    ) throws(ImportProblem) {
        let names = header.fields.map { $0.trimmingWhitespace() }
        self.header = names
        var problems = ClientImport.repeatedColumns(names, line: header.line)
        let layout: any ClientColumnLayout
        if names.contains(where: { $0.lowercased() == ITFlowClientTable.nameColumn }) {
            format = .itflow
            layout = ITFlowClientTable(header: names)
        } else if names.contains("name") {
            format = .rapport
            layout = ClientTable(header: names, line: header.line, problems: &problems)
        } else {
            throw ImportProblem(
                line: header.line, column: 0,
                reason: "the first line names no \"Client Name\" column (ITFlow's export) and no \"name\" column "
                    + "(rapport's export); it must be the header row")
        }
        var rows: [ImportRow] = []
        for record in records where !record.isBlank {
            guard record.fields.count == names.count else {
                problems.append(widthProblem(record))
                continue
            }
            if let row = layout.row(record, problems: &problems) { rows.append(row) }
        }
        self.problems = problems
        plan(rows, existing: existing, today: today, freeID: freeID)
        self.problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Each column whose name, ignoring case, an earlier column already has.
    private static func repeatedColumns(_ header: [String], line: Int) -> [ImportProblem] {
        var first: [String: Int] = [:]
        return header.enumerated().compactMap { column, name in
            let key = name.lowercased()
            guard let earlier = first[key] else {
                first[key] = column
                return nil
            }
            return ImportProblem(
                line: line, column: column, in: header,
                reason: "the column appears twice; the first is column \(earlier + 1)")
        }
    }

    /// A row with more or fewer fields than the header, reported at the first column it lacks or has too many.
    private func widthProblem(_ record: CSVRecord) -> ImportProblem {
        let count = record.fields.count
        return ImportProblem(
            line: record.line, column: min(count, header.count), in: header,
            reason: "the row has \(count) field\(count == 1 ? "" : "s") but the header has \(header.count); "
                + "a comma may be missing or extra, or a quote left open")
    }

    /// Sorts the rows into skips, problems and new clients.
    private mutating func plan(_ rows: [ImportRow], existing: [Client], today: Day, freeID: (String) -> String) {
        let key = { (name: String) in name.trimmingWhitespace().lowercased() }
        let existingIDs = Set(existing.map(\.id))
        let existingNames = Dictionary(existing.map { (key($0.name), $0.id) }, uniquingKeysWith: { first, _ in first })
        var taken = Set(rows.map(\.client.id).filter { !$0.isEmpty })
        var firstLineOfName: [String: Int] = [:]
        var firstLineOfID: [String: Int] = [:]
        for row in rows {
            let id = row.client.id
            if let match = existingIDs.contains(id) ? id : existingNames[key(row.client.name)] {
                skipped.append(Skip(line: row.line, name: row.client.name, existing: match))
                continue
            }
            if let first = firstLineOfName[key(row.client.name)] {
                problems.append(
                    located(row, row.clientColumns["name"], "the same client is on line \(first); import it once"))
                continue
            }
            firstLineOfName[key(row.client.name)] = row.line
            if !id.isEmpty, let first = firstLineOfID[id] {
                problems.append(located(row, row.clientColumns["id"], "line \(first) has the same id"))
                continue
            }
            firstLineOfID[id] = row.line
            var client = row.client
            if id.isEmpty {
                client.id = freeID(client.name)
                var n = 2
                while taken.contains(client.id) {
                    client.id = freeID("\(client.name) \(n)")
                    n += 1
                }
                taken.insert(client.id)
            }
            if let built = build(client, people: row.people, row: row, today: today) {
                created.append(Entry(line: row.line, client: built))
            }
        }
    }

    /// The client as the store's changes would build it, or nil after adding the problems they found.
    private mutating func build(_ client: Client, people: [Person], row: ImportRow, today: Day) -> Client? {
        var built: Client
        do {
            built = try Change.addClient(client).apply(to: nil, today: today)
        } catch {
            problems.append(located(row, error, columns: row.clientColumns))
            return nil
        }
        let before = problems.count
        for (index, person) in people.enumerated() {
            do {
                built = try Change.addPerson(person).apply(to: built, today: today)
            } catch {
                problems.append(located(row, error, columns: row.personColumns[index]))
            }
        }
        return problems.count == before ? built : nil
    }

    /// A change's complaint, at the column of the field it names.
    private func located(_ row: ImportRow, _ error: ChangeError, columns: [String: Int]) -> ImportProblem {
        guard let field = error.field, let column = columns[field] else {
            return ImportProblem(line: row.line, column: 0, reason: error.description)
        }
        return located(row, column, error.message)
    }

    /// A problem at a 0-based column of a row, or at the whole row when the column is not known.
    private func located(_ row: ImportRow, _ column: Int?, _ reason: String) -> ImportProblem {
        ImportProblem(line: row.line, column: column, in: header, reason: reason)
    }
}
