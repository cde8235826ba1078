import ArgumentParser
import Foundation
import RapportCore
import RapportStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import clients from a CSV file: ITFlow's client export or rapport's own.",
        discussion: """
            Example:
              rapport import clients itflow-clients.csv --dry-run
            """,
        subcommands: [Clients.self])

    struct Clients: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clients",
            abstract: "Import clients and their primary contacts from a CSV file.",
            discussion: """
                Reads ITFlow's client export (Client Name, Industry, Referral, … Contact Email, Tax ID, Abbreviation; \
                any subset, in any order) or the file `rapport export clients` writes. The layout is recognised \
                from the header row.

                From ITFlow, the location's address, city, state, postal code and country make the address, the \
                primary contact becomes the first person (desk phone with extension, then mobile), a referral \
                makes the source "referral", and every other filled cell goes into the notes as "Column: value".

                Every row is checked first and the clients to be created are shown. A row that cannot be taken is \
                reported as FILE:LINE:COLUMN: column name: reason, and then nothing is imported. A row whose client \
                is already in the store (same id, or else same name ignoring case) is left out. Each client is \
                written whole, people included, in one write.

                Examples:
                  rapport import clients itflow-clients.csv --dry-run
                  rapport import clients itflow-clients.csv
                """)

        /// At most this many problems are printed, so a file in the wrong layout does not flood the terminal.
        static let problemLimit = 100

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
        var file: String

        @Flag(help: "Check every row and show what would be imported, without writing anything.")
        var dryRun = false

        func run() throws {
            let context = try CommandContext(global)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError("\(file): cannot be read; check the path and its permissions")
            }
            let records = try CSVFile.records(from: data, path: file)
            guard let header = records.first else {
                throw CLIError("\(file): the file is empty; expected a header row such as Client Name,Industry,…")
            }
            let plan: ClientImport
            do {
                plan = try ClientImport(
                    header: header, records: Array(records.dropFirst()), existing: context.portfolio.clients,
                    today: context.today, freeID: context.store.freeID(for:))
            } catch {
                throw CLIError("\(file):\(error.line): \(error.reason)")
            }
            guard plan.problems.isEmpty else { throw report(plan.problems) }
            context.output.write(ImportPreview(plan: plan, file: file).text(context.output))
            guard !plan.created.isEmpty else {
                print("\nNothing to import.")
                return
            }
            guard !dryRun else {
                print("\nDry run: nothing was written. Run again without --dry-run to import.")
                return
            }
            try write(plan.created, context)
            print("\nImported \(count(plan.created.count, "client")).")
        }

        /// Prints each problem on standard error and returns the error that ends the command.
        private func report(_ problems: [ImportProblem]) -> CLIError {
            for problem in problems.prefix(Clients.problemLimit) {
                let place = problem.column == 0 ? "\(problem.line)" : "\(problem.line):\(problem.column)"
                let column = problem.columnName.map { "\($0): " } ?? ""
                let line = DisplayText.safe("\(file):\(place): \(column)\(problem.reason)", limit: 2_000)
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
            if problems.count > Clients.problemLimit {
                FileHandle.standardError.write(
                    Data("… and \(problems.count - Clients.problemLimit) more\n".utf8))
            }
            let rows = Set(problems.map(\.line)).count
            return CLIError(
                "\(count(problems.count, "problem")) in \(count(rows, "row")) of \(file); nothing was imported")
        }

        /// Writes each new client through the store, one `.addClient` each, with a progress bar on a terminal.
        private func write(_ entries: [ClientImport.Entry], _ context: CommandContext) throws {
            let progress = ProgressBar(total: entries.count, label: "Importing")
            defer { progress.finish() }
            for (done, entry) in entries.enumerated() {
                do {
                    try context.store.apply(.addClient(entry.client), to: entry.client.id, today: context.today)
                } catch {
                    throw CLIError(
                        "\(file):\(entry.line): \(entry.client.name): \(CLIError(error).description); "
                            + "\(count(done, "client")) before it \(done == 1 ? "was" : "were") imported, "
                            + "the rest were not")
                }
                progress.advance()
            }
        }
    }
}
