import Testing

@testable import RapportCore

/// Reading clients from CSV rows: ITFlow's columns and rapport's own, problems located by line and column,
/// duplicates, and spreadsheet-safe cells.
@Suite struct ClientImportTests {
    static let today = Sample.day("2026-12-01")

    static let itflowHeader = [
        "Client Name", "Industry", "Referral", "Website", "Primary Location Name", "Location Phone", "Location Address",
        "City", "State", "Postal Code", "Country", "Primary Contact Name", "Title", "Contact Phone", "Extension",
        "Contact Mobile", "Contact Email", "Hourly Rate", "Currency", "Payment Terms", "Tax ID", "Abbreviation",
    ]

    /// Plans an import of rows given as lists of cells, the header on line 1 and each row on the next line.
    private func plan(
        _ header: [String], _ rows: [[String]], existing: [Client] = []
    ) throws -> ClientImport {
        try ClientImport(
            header: CSVRecord(line: 1, fields: header),
            records: rows.enumerated().map { CSVRecord(line: $0.offset + 2, fields: $0.element) },
            existing: existing, today: ClientImportTests.today, freeID: ClientID.slug(from:))
    }

    // MARK: - Spreadsheet safety

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1 555 0100", "'+1 555 0100"), ("-5", "'-5"), ("@handle", "'@handle"),
        ("\tindent", "'\tindent"), ("\rx", "'\rx"), ("'quoted'", "''quoted'"), ("Acme", "Acme"), ("", ""),
        ("a=b", "a=b"),
    ])
    func riskyCellsGetAnApostropheThatImportTakesOff(_ value: String, _ cell: String) {
        #expect(SpreadsheetCell.neutralized(value) == cell)
        #expect(SpreadsheetCell.restored(cell) == value)
    }

    @Test func anApostropheTypedBeforeOrdinaryTextIsKept() {
        #expect(SpreadsheetCell.restored("'Quoted' Ltd") == "'Quoted' Ltd")
    }

    // MARK: - ITFlow

    @Test func itflowRowBecomesAClientWithAddressPrimaryContactSourceAndNotes() throws {
        let row = [
            "  Acme Dental ", "Dental", "Bob Lee", "https://acme.example", "HQ", "555-0100", "12 Main St\nSuite 4",
            "Springfield", "IL", "62701", "United States", "Dana Ruiz", "Office Manager", "555-0101", "12", "555-0199",
            "dana@acme.example", "125.00", "USD", "30", "12-3456789", "ACME",
        ]
        let result = try plan(ClientImportTests.itflowHeader, [row])
        #expect(result.format == .itflow)
        #expect(result.problems.isEmpty)
        let client = try #require(result.created.first?.client)
        #expect(client.id == "acme-dental")
        #expect(client.name == "Acme Dental")
        #expect(client.status == .active)
        #expect(client.source == .referral)
        #expect(client.address == "12 Main St, Suite 4, Springfield, IL 62701, United States")
        #expect(
            client.people.map(\.withoutID) == [
                Person(
                    name: "Dana Ruiz", role: "Office Manager", phone: "555-0101 ext. 12, mobile 555-0199",
                    email: "dana@acme.example", primary: true)
            ])
        #expect(
            client.notes == """
                Industry: Dental
                Referral: Bob Lee
                Website: https://acme.example
                Primary Location Name: HQ
                Location Phone: 555-0100
                Hourly Rate: 125.00
                Currency: USD
                Payment Terms: 30
                Tax ID: 12-3456789
                Abbreviation: ACME
                """)
    }

    @Test func itflowColumnsAreFoundByNameInAnyOrderAndUnknownOnesGoToTheNotes() throws {
        let result = try plan(
            ["contact mobile", "CLIENT NAME", "Client Notes", "primary contact name"],
            [["555-0199", "Birch Law", "Prefers email", "Sam Lowe"]])
        #expect(result.problems.isEmpty)
        let client = try #require(result.created.first?.client)
        #expect(client.name == "Birch Law")
        #expect(client.source == nil)
        #expect(client.address == nil)
        #expect(client.notes == "Client Notes: Prefers email")
        #expect(client.people.map(\.withoutID) == [Person(name: "Sam Lowe", phone: "555-0199", primary: true)])
    }

    @Test func itflowProblemsAreReportedAtTheirLineAndColumn() throws {
        var noName = Array(repeating: "", count: 22)
        noName[1] = "Food"
        var badEmail = noName
        badEmail[0] = "Birch Law"
        badEmail[11] = "Sam Lowe"
        badEmail[16] = "sam at birch-law"
        var detailsOnly = noName
        detailsOnly[0] = "Cedar Bakery"
        detailsOnly[16] = "chris@cedar.example"
        let result = try plan(ClientImportTests.itflowHeader, [noName, badEmail, detailsOnly, ["Dune", "Retail"]])
        #expect(result.created.isEmpty)
        #expect(
            result.problems.map(\.description) == [
                "line 2, column 1 (Client Name): every client needs a name",
                "line 3, column 17 (Contact Email): \"sam at birch-law\" is not an email address, e.g. dana@acme.example",
                "line 4, column 12 (Primary Contact Name): the row has contact details but no contact name; fill in "
                    + "Primary Contact Name",
                "line 5, column 3 (Referral): the row has 2 fields but the header has 22; a comma may be missing or "
                    + "extra, or a quote left open",
            ])
    }

    // MARK: - Rapport's own layout

    @Test func ownExportReadsBackExactly() throws {
        var acme = Client(
            id: "acme-dental", name: "Acme Dental", status: .active, source: .emergency,
            size: CompanySize(workstations: 18, servers: 1, wan: true), address: "12 Main St, Springfield",
            travelMinutes: 25, notes: "Line one\nline two, \"quoted\"")
        acme.people = [
            Person(name: "Lee Ortiz", role: "Dentist", primary: false),
            Person(
                name: "Dana Ruiz", role: "Office manager", phone: "+1 555 0100", email: "dana@acme.example",
                primary: true),
        ]
        let formula = Client(id: "sum-ltd", name: "=SUM(A1:A9) Ltd", status: .prospect, notes: "'quoted' note")
        let table = ClientTable.table([acme, formula])
        #expect(table.header.count == 10 + 2 * 5)
        #expect(
            table.header.suffix(5) == ["person2Name", "person2Role", "person2Phone", "person2Email", "person2Primary"])
        let cells = table.rows.map { $0.map(SpreadsheetCell.neutralized) }
        let result = try plan(table.header, cells)
        #expect(result.format == .rapport)
        #expect(result.problems.isEmpty)
        #expect(result.created.map(\.client.withoutIDs) == [acme, formula])
    }

    @Test func ownLayoutNeedsOnlyANameAndChecksEveryValue() throws {
        let result = try plan(
            ["name", "status", "workstations", "wan", "travelMinutes", "person1Email", "colour", "name"],
            [
                ["Acme", "", "", "", "", "", "", ""],
                ["Birch", "closed", "ten", "maybe", "-3", "sam@birch.example", "red", ""],
            ])
        #expect(result.created.map(\.client.id) == ["acme"])
        #expect(
            result.problems.map(\.description) == [
                "line 1, column 7 (colour): unknown column; rapport's client columns are id, name, status, source, "
                    + "workstations, servers, wan, address, travelMinutes, notes, then person1Name, person1Role, "
                    + "person1Phone, person1Email, person1Primary, person2Name…",
                "line 1, column 8 (name): the column appears twice; the first is column 1",
                "line 3, column 2 (status): \"closed\" is not one of prospect, active or former",
                "line 3, column 3 (workstations): \"ten\" is not a whole number; use for example 18",
                "line 3, column 4 (wan): \"maybe\" is not yes or no",
                "line 3, column 5 (travelMinutes): \"-3\" must be 0 or more; use for example 25",
                "line 3, column 6 (person1Email): person1 has details but no name; give person1Name",
            ])
    }

    @Test func aChangeCheckIsReportedAtItsColumn() throws {
        let result = try plan(["id", "name", "travelMinutes"], [["Bad Id", "Acme", "2000"]])
        #expect(
            result.problems.map(\.description) == [
                "line 2, column 1 (id): \"Bad Id\" is not a valid client id: use 1 to 64 lowercase letters, digits "
                    + "and dashes, e.g. acme-dental"
            ])
    }

    // MARK: - Duplicates and ids

    @Test func clientsAlreadyInTheStoreAreLeftOutAndRepeatsInTheFileAreProblems() throws {
        let existing = [Client(id: "acme", name: "Acme Dental"), Client(id: "birch-law", name: "Birch & Lowe")]
        let result = try plan(
            ["id", "name"],
            [["", "ACME dental "], ["birch-law", "Birch Law Renamed"], ["", "Cedar"], ["", "cedar"]],
            existing: existing)
        #expect(
            result.skipped == [
                ClientImport.Skip(line: 2, name: "ACME dental ", existing: "acme"),
                ClientImport.Skip(line: 3, name: "Birch Law Renamed", existing: "birch-law"),
            ])
        #expect(result.created.map(\.line) == [4])
        #expect(
            result.problems.map(\.description) == [
                "line 5, column 2 (name): the same client is on line 4; import it once"
            ])
    }

    @Test func rowsWhoseNamesMakeTheSameIDGetDistinctOnes() throws {
        let result = try plan(["name"], [["Acme Dental"], ["Acme-Dental!"], ["Acme  Dental."]])
        #expect(result.created.map(\.client.id) == ["acme-dental", "acme-dental-2", "acme-dental-3"])
    }

    @Test func blankLinesArePassedOverAndAHeaderOfNeitherLayoutIsRefused() throws {
        #expect(try plan(["name"], [[""], ["Acme"], [""]]).created.map(\.line) == [3])
        let refused = ImportProblem(
            line: 1, column: 0,
            reason: "the first line names no \"Client Name\" column (ITFlow's export) and no \"name\" column "
                + "(rapport's export); it must be the header row")
        #expect(throws: refused) {
            try plan(["Company", "Phone"], [["Acme", "555"]])
        }
    }
}

extension Person {
    /// The person without the id the import gave it, which derives from the day and the document.
    fileprivate var withoutID: Person {
        var person = self
        person.id = ""
        return person
    }
}

extension Client {
    /// The client without the ids the import gave it and its people.
    fileprivate var withoutIDs: Client {
        var client = self
        client.uid = ""
        client.people = people.map(\.withoutID)
        return client
    }
}
