/// ITFlow's client export, read as rapport clients.
///
/// ITFlow writes `Client Name, Industry, Referral, Website, Primary Location Name, Location Phone, Location Address,
/// City, State, Postal Code, Country, Primary Contact Name, Title, Contact Phone, Extension, Contact Mobile, Contact
/// Email, Hourly Rate, Currency, Payment Terms, Tax ID, Abbreviation`; newer versions let the user pick some of them.
/// Columns are found by name, ignoring case. The location's address becomes the client's address and the primary
/// contact its first person; a referral makes `referral` the source. Every other filled cell, a column this reader
/// does not know included, goes into the notes as `Column: value`, so nothing in the file is lost.
struct ITFlowClientTable: ClientColumnLayout {
    /// The column that marks a file as ITFlow's, compared without regard to case.
    static let nameColumn = "client name"
    /// The columns that make up the address, in the order they are written, lower-cased.
    private static let addressColumns = ["location address", "city", "state", "postal code", "country"]
    /// The columns of the primary contact, lower-cased.
    private static let contactColumns = [
        "primary contact name", "title", "contact phone", "extension", "contact mobile", "contact email",
    ]

    let header: [String]
    /// The 0-based column of each column, by its lower-cased name.
    private let columns: [String: Int]
    /// The columns that go into the notes, in file order.
    private let noteColumns: [Int]

    /// Reads the header of an ITFlow export.
    ///
    /// - Parameter header: the header row, trimmed.
    init(header: [String]) {
        self.header = header
        let mapped = Set([ITFlowClientTable.nameColumn, "referral"] + ITFlowClientTable.addressColumns)
            .union(ITFlowClientTable.contactColumns)
        var columns: [String: Int] = [:]
        var notes: [Int] = []
        // A repeated column is reported by `ClientImport`; the first of them counts.
        for (column, name) in header.enumerated() where columns[name.lowercased()] == nil {
            let key = name.lowercased()
            columns[key] = column
            // The referral goes to the notes as well as to the source: it says who referred the client.
            if !mapped.contains(key) || key == "referral" { notes.append(column) }
        }
        self.columns = columns
        noteColumns = notes
    }

    func row(_ record: CSVRecord, problems: inout [ImportProblem]) -> ImportRow? {
        // ITFlow pads and spaces values freely; none of its values is meant to start or end with a space.
        let cell = { (name: String) -> String? in
            guard let column = columns[name] else { return nil }
            let value = record.fields[column].trimmingWhitespace()
            return value.isEmpty ? nil : value
        }
        guard let name = cell(ITFlowClientTable.nameColumn) else {
            problems.append(problem(record, columns[ITFlowClientTable.nameColumn], "every client needs a name"))
            return nil
        }
        let contact = ITFlowClientTable.contactColumns.map(cell)
        var people: [Person] = []
        if contact.contains(where: { $0 != nil }) {
            guard let contactName = contact[0] else {
                problems.append(
                    problem(
                        record, columns["primary contact name"],
                        "the row has contact details but no contact name; fill in Primary Contact Name"))
                return nil
            }
            let desk = ITFlowClientTable.joined([contact[2], contact[3].map { "ext. \($0)" }], " ")
            // A person has one phone field: a mobile number stands alone, or follows the desk phone with a label.
            let phone = ITFlowClientTable.joined([desk, contact[4].map { desk == nil ? $0 : "mobile \($0)" }], ", ")
            people.append(
                Person(name: contactName, role: contact[1], phone: phone, email: contact[5], primary: true))
        }
        // An address typed over several lines in ITFlow becomes one line, as rapport's reports show it.
        let address = ITFlowClientTable.addressColumns.map { cell($0).map(ITFlowClientTable.oneLine) }
        // US-style "State Postal Code" stays together, as on an envelope.
        let region = ITFlowClientTable.joined([address[2], address[3]], " ")
        let notes = noteColumns.compactMap { column in
            let value = record.fields[column].trimmingWhitespace()
            return value.isEmpty ? nil : "\(header[column]): \(value)"
        }
        let client = Client(
            id: "", name: name, source: cell("referral") == nil ? nil : .referral,
            address: ITFlowClientTable.joined([address[0], address[1], region, address[4]], ", "),
            notes: notes.isEmpty ? nil : notes.joined(separator: "\n"))
        return ImportRow(
            line: record.line, client: client, people: people,
            clientColumns: ["name": columns[ITFlowClientTable.nameColumn]].compactMapValues { $0 },
            personColumns: people.map { _ in
                ["name": columns["primary contact name"], "email": columns["contact email"]].compactMapValues { $0 }
            })
    }

    /// The text with each line break, and the spaces around it, turned into a comma and a space.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    /// The parts that are there, joined; nil when none is.
    private static func joined(_ parts: [String?], _ separator: String) -> String? {
        let present = parts.compactMap { $0 }.filter { !$0.isEmpty }
        return present.isEmpty ? nil : present.joined(separator: separator)
    }
}
