import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportTUI

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Time rapport on a generated store against json.load, TinyDB, calcurse and cat on the same data.",
        discussion: """
            The store is generated in DIR/SIZE the first time and reused while its parameters stay the same. \
            rapport is the executable next to rapport-bench, so build both with -c release first. Progress goes \
            to stderr and the tables to stdout.

            Example:
              rapport-bench run --size L --markdown
            """)

    @Option(help: "S (50 clients, 3 years) or L (1000 clients, 5 years).") var size: BenchSize = .small
    @Option(help: "Timed runs of each command (default 7 for S, 5 for L).") var runs: Int?
    @Flag(
        help: """
            A smoke run for CI, in well under a minute: size S, one run each, fewer keystrokes, no TinyDB or \
            calcurse. Its figures are not worth comparing.
            """)
    var quick = false
    @Flag(help: "Print Markdown tables, for the README.") var markdown = false
    @Option(help: ArgumentHelp("Where the generated data is kept, one directory per size.", valueName: "dir"))
    var dir = ".bench"

    /// The seed of both sizes, fixed so that every run measures the same data.
    static let seed: UInt64 = 2026
    /// How many client files a sync changes in the index-refresh figure.
    static let syncedFiles = 10

    /// How many keystrokes of each kind are timed.
    private var keystrokes: Int { quick ? 100 : 1000 }
    /// The store size measured.
    private var measuredSize: BenchSize { quick ? .small : size }
    /// How many timed runs of each command.
    private var count: Int { runs ?? (quick ? 1 : measuredSize.defaultRuns) }

    func validate() throws {
        if let runs, !(1...100).contains(runs) {
            throw ValidationError("--runs must be a whole number from 1 to 100, e.g. 5")
        }
    }

    func run() throws {
        let rapport = try RunCommand.rapportExecutable()
        let size = measuredSize
        let generator = StoreGenerator(
            clients: size.clients, years: size.years, seed: RunCommand.seed, today: GenerateCommand.defaultToday)
        let workspace = try Workspace.prepare(generator, at: "\(dir)/\(size.rawValue)", log: RunCommand.log)
        let global = ["--store", workspace.store, "--today", "\(generator.today)"]
        func time(_ arguments: [String]) throws(BenchError) -> Series {
            try Series.measure(count, rapport, arguments + global)
        }

        RunCommand.log("Timing rapport")
        let screen = "\(BenchReport.screen.width)x\(BenchReport.screen.height)"
        let today = try time(["today", "--json"])
        let renewals = try time(["renewals", "--json"])
        let firstFrame = try time(["--first-frame", screen])
        let append = try timeAppend(rapport, workspace)
        let cold = try timeCold(["today", "--json"], rapport, workspace, global)
        let coldCheck = try timeCold(["check"], rapport, workspace, global)
        let refresh = try timeRefresh(rapport, workspace)

        RunCommand.log("Timing keystrokes in-process")
        // Noon, the time `--today` with a day alone gives the commands timed above.
        var keystrokes = try KeystrokeBench(
            store: workspace.store, now: DayTime(day: generator.today, time: TimeOfDay(hour: 12, minute: 0)!),
            size: Size(width: BenchReport.screen.width, height: BenchReport.screen.height),
            recordingTo: "\(workspace.scratch)/terminal.out")
        let scroll = keystrokes.scroll(self.keystrokes)
        let filter = keystrokes.filter(typing: try filterWords(workspace), self.keystrokes)
        keystrokes.finish()

        RunCommand.log("Timing the peers")
        let python = Result { () throws(BenchError) in try Python.locate() }
        let skipped = BenchError("skipped by --quick")
        let report = BenchReport(
            generator: generator, size: size, data: workspace.data, runs: count, today: today, cold: cold,
            coldCheck: coldCheck, refresh: refresh, syncedFiles: RunCommand.syncedFiles, renewals: renewals,
            firstFrame: firstFrame, append: append, scroll: scroll, filter: filter,
            jsonLoad: python.flatMap { python in
                Result { () throws(BenchError) in
                    try Series.measure(count, python.executable, python.loadEveryFile(in: workspace.clients))
                }
            },
            tinyDBInsert: quick
                ? .failure(skipped)
                : python.flatMap { python in
                    Result { () throws(BenchError) in try timeTinyDBInsert(python, workspace) }
                },
            calcurse: quick
                ? .failure(skipped) : Result { () throws(BenchError) in try timeCalcurse(workspace, generator) },
            cat: Result { () throws(BenchError) in
                try Series.measure(count, "cat", try ClientFiles.paths(in: workspace.clients))
            })
        print(report.render(markdown: markdown), terminator: "")
    }

    // MARK: - Measurements

    /// Appends one contact per run to a copy of the store, so that the generated store itself never grows.
    private func timeAppend(_ rapport: String, _ workspace: Workspace) throws(BenchError) -> Series {
        let copy = try workspace.scratchCopy(of: workspace.store)
        guard let first = try ClientFiles.paths(in: "\(copy)/clients").first else {
            throw BenchError("the store in \(copy) has no clients")
        }
        let id = String((first as NSString).lastPathComponent.dropLast(".json".count))
        return try Series.measure(
            count, rapport,
            [
                "log", id, "--via", "call", "--by", "js", "--note", "Called about the benchmark", "--store", copy,
                "--today", "\(GenerateCommand.defaultToday)",
            ])
    }

    /// Times a command with the store's derived index deleted before every run, so each run reads every file.
    private func timeCold(
        _ command: [String], _ rapport: String, _ workspace: Workspace, _ global: [String]
    ) throws(BenchError) -> Series {
        let index = try indexPath(of: workspace.store)
        return try Series.measure(
            count, warmUp: false,
            prepare: { _ = try? FileManager.default.removeItem(atPath: index) },
            rapport, command + global)
    }

    /// Times `rapport today` on a copy of the store after a few client files changed under it, as a sync that
    /// merged a teammate's work leaves them: only those files should be read again.
    ///
    /// Each run flips the files between their bytes and their bytes with one more newline, which changes their
    /// content but not their meaning.
    private func timeRefresh(_ rapport: String, _ workspace: Workspace) throws(BenchError) -> Series {
        let copy = try workspace.scratchCopy(of: workspace.store)
        // Spread over the store, as a teammate's week of work is, not bunched at its start.
        let all = try ClientFiles.paths(in: "\(copy)/clients")
        let files = stride(from: 0, to: all.count, by: max(all.count / RunCommand.syncedFiles, 1)).prefix(
            RunCommand.syncedFiles
        ).map { all[$0] }
        let originals = files.compactMap { FileManager.default.contents(atPath: $0) }
        var changed = false
        return try Series.measure(
            count,
            prepare: {
                changed.toggle()
                for (file, bytes) in zip(files, originals) {
                    try? (changed ? bytes + Data("\n".utf8) : bytes).write(to: URL(fileURLWithPath: file))
                }
            },
            rapport, ["today", "--json", "--store", copy, "--today", "\(GenerateCommand.defaultToday)"])
    }

    /// Where a store keeps its derived index.
    private func indexPath(of store: String) throws(BenchError) -> String {
        do {
            return try Store(opening: store).indexPath
        } catch {
            throw BenchError("cannot open \(store): \(error)")
        }
    }

    /// Inserts one document per run into a copy of the TinyDB database, built the first time it is needed.
    private func timeTinyDBInsert(_ python: Python, _ workspace: Workspace) throws(BenchError) -> Series {
        guard python.hasTinyDB else { throw BenchError("pip install tinydb") }
        RunCommand.log("Building the TinyDB database")
        try workspace.buildTinyDBIfMissing(python)
        let copy = try workspace.scratchCopy(of: workspace.tinyDB)
        return try Series.measure(count, python.executable, python.insertOne(into: copy))
    }

    /// Lists today's appointments with calcurse, once it has shown that it reads the whole calendar.
    private func timeCalcurse(_ workspace: Workspace, _ generator: StoreGenerator) throws(BenchError) -> Series {
        guard ChildProcess.locate("calcurse") != nil else { throw BenchError("apt-get install calcurse") }
        try workspace.calcurse.check()
        return try Series.measure(count, "calcurse", workspace.calcurse.dayArguments(generator.today), timeout: 300)
    }

    /// The first words of a few client names, to type into the filter; each matches a handful of clients.
    private func filterWords(_ workspace: Workspace) throws(BenchError) -> [String] {
        let ids = try ClientFiles.paths(in: workspace.clients).map { ($0 as NSString).lastPathComponent }
        var words: [String] = []
        for id in ids {
            let word = String(id.prefix { $0 != "-" && $0 != "." })
            if !words.contains(word) { words.append(word) }
        }
        return Array(words.prefix(8))
    }

    // MARK: - Helpers

    /// The `rapport` executable built next to this one.
    ///
    /// - Returns: its path.
    /// - Throws: `BenchError` saying how to build it.
    static func rapportExecutable() throws(BenchError) -> String {
        let directory = Bundle.main.executableURL?.deletingLastPathComponent().path ?? "."
        let path = "\(directory)/rapport"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BenchError(
                "no rapport executable next to rapport-bench in \(directory); build both with the same "
                    + "scratch path, e.g. swift build -c release")
        }
        return path
    }

    /// Reports progress on stderr, so that stdout holds only the tables.
    static func log(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }
}
