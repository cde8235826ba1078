import ArgumentParser
import Foundation
import RapportCore
import RapportReports

struct BillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bill",
        abstract: "The month's billable work beyond the agreements: requests, trips and block hours overrun.",
        discussion: """
            The CSV is RFC 4180, with a cell that a spreadsheet would run as a formula written as text, as the \
            exports are.

            Examples:
              rapport bill --month 2027-01
              rapport bill --month 2027-01 --client acme-dental --csv > acme-2027-01.csv
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("The month.", valueName: "YYYY-MM"), transform: Parse.month) var month: Day
    @Option(help: "Only this client.") var client: String?
    @Flag(help: "Print JSON with stable keys (see the README) instead of text.") var json = false
    @Flag(help: "Print CSV, one row per line of the bill.") var csv = false

    func validate() throws {
        if json && csv { throw ValidationError("give --json or --csv, not both") }
    }

    func run() throws {
        let context = try CommandContext(global)
        if let client { _ = try context.client(client) }
        let whole = Portfolio(clients: context.store.documents(), settings: context.settings)
        let report = BillReport(whole, month: month, client: client)
        if csv {
            FileHandle.standardOutput.write(try CSVFile.data(report.table))
        } else {
            try context.show(report, json: json)
        }
    }
}
