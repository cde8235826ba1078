import Foundation

/// The figures of one `run`, and how they stand against the performance goals (issue 19), as tables.
struct BenchReport {
    var generator: StoreGenerator
    var size: BenchSize
    var data: DataSize
    var runs: Int
    var today: Series
    /// `today` with the derived index deleted before every run.
    var cold: Series
    /// `check` with the derived index deleted before every run.
    var coldCheck: Series
    /// `today` after `syncedFiles` client files changed, as a sync leaves them.
    var refresh: Series
    var syncedFiles: Int
    var renewals: Series
    var firstFrame: Series
    var append: Series
    /// Keystrokes timed in-process, with the cells and bytes each one changed.
    var scroll: [KeystrokeBench.Sample]
    var filter: [KeystrokeBench.Sample]
    var jsonLoad: Result<Series, BenchError>
    var tinyDBInsert: Result<Series, BenchError>
    var calcurse: Result<Series, BenchError>
    var cat: Result<Series, BenchError>

    /// The terminal size of the first-frame and keystroke figures.
    static let screen = (width: 200, height: 60)

    /// The report: what was measured on what, the figures, and the targets.
    ///
    /// - Parameter markdown: Markdown tables for the README instead of plain text.
    /// - Returns: the text.
    func render(markdown: Bool) -> String {
        let screen = "\(BenchReport.screen.width)×\(BenchReport.screen.height)"
        let cpus = ProcessInfo.processInfo.activeProcessorCount
        let lines = [
            "rapport-bench, size \(size.rawValue): \(Units.count(generator.clients)) clients × \(generator.years) years "
                + "of history to \(generator.today), seed \(generator.seed)",
            "Data: \(data.summary)",
            "Medians of \(runs) whole-process runs after one warm-up, unless noted; keystrokes are timed in-process "
                + "at \(screen). \(cpus) CPUs.",
        ]
        let tables = [figures(screen: screen), targets()].map { markdown ? $0.markdown : $0.text }
        return (markdown ? lines.joined(separator: "\n\n") : lines.joined(separator: "\n")) + "\n\n"
            + tables.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Tables

    private func figures(screen: String) -> BenchTable {
        let peerRecords = "\(Units.count(data.visits + data.touchpoints)) visits and contacts"
        var table = BenchTable([("figure", false), ("median", true), ("max RSS", true), ("runs", true)])
        func add(_ label: String, _ series: Result<Series, BenchError>) {
            switch series {
            case .success(let series):
                table.add([
                    label, Units.duration(series.median), series.maxRSS.map(Units.megabytes) ?? "n/a",
                    "\(series.seconds.count)",
                ])
            case .failure(let error):
                table.add([label, "n/a (\(error))", "", ""])
            }
        }
        func addKeys(_ label: String, _ samples: [KeystrokeBench.Sample]) {
            let seconds = samples.map(\.seconds)
            table.add([
                "\(label): median, p99",
                "\(Units.duration(Series.median(seconds))), "
                    + Units.duration(Series.percentile(0.99, of: seconds)),
                "", "\(Units.count(samples.count)) keys",
            ])
            let cells = samples.map(\.changedCells).reduce(0, +)
            let bytes = samples.map(\.bytes).reduce(0, +)
            table.add([
                "\(label): cells changed, bytes written per key", "\(cells / samples.count), \(bytes / samples.count)",
                "", "",
            ])
        }
        add("rapport today --json", .success(today))
        add("rapport today --json, index deleted before each run", .success(cold))
        add("rapport check, index deleted before each run", .success(coldCheck))
        add("rapport today --json after \(syncedFiles) client files changed", .success(refresh))
        add("rapport renewals --json", .success(renewals))
        add("dashboard start to first frame, \(screen)", .success(firstFrame))
        add("rapport log: one contact appended", .success(append))
        addKeys("keystroke ↓ in Clients", scroll)
        addKeys("keystroke filtering Clients", filter)
        add("python3 json.load of every client file", jsonLoad)
        add("TinyDB: open and insert one into \(peerRecords)", tinyDBInsert)
        add("calcurse -d DAY (-a on a given day), \(peerRecords)", calcurse)
        add("cat of every client file (the floor)", cat)
        return table
    }

    private func targets() -> BenchTable {
        var table = BenchTable([("check", false), ("value", true), ("goal", true), ("target", false)])
        func ratio(_ label: String, _ mine: Series, _ peer: Result<Series, BenchError>, atMost goal: Double) {
            guard case .success(let peer) = peer else {
                table.add([label, "n/a", "≤ \(goal)", "n/a"])
                return
            }
            let value = mine.median / peer.median
            table.add([label, Units.ratio(value), "≤ \(goal)", value <= goal ? "met" : "NOT met"])
        }
        ratio("cold today ÷ json.load", cold, jsonLoad, atMost: 1.0)
        ratio("warm today ÷ json.load", today, jsonLoad, atMost: 0.10)
        ratio("cold check ÷ json.load", coldCheck, jsonLoad, atMost: 1.5)
        ratio("first frame ÷ json.load", firstFrame, jsonLoad, atMost: 0.25)
        ratio("today ÷ calcurse", today, calcurse, atMost: 1.0)
        ratio("append ÷ TinyDB insert", append, tinyDBInsert, atMost: 0.02)
        for (name, samples) in [("scroll", scroll), ("filter", filter)] {
            let p99 = Series.percentile(0.99, of: samples.map(\.seconds))
            table.add(["keystroke p99, \(name)", Units.duration(p99), "< 1 ms", p99 < 0.001 ? "met" : "NOT met"])
            let perCell =
                Double(samples.map(\.bytes).reduce(0, +)) / Double(max(1, samples.map(\.changedCells).reduce(0, +)))
            table.add([
                "bytes written ÷ cells changed, \(name)", Units.ratio(perCell), "≤ 1.0",
                perCell <= 1 ? "met" : "NOT met",
            ])
        }
        // What the changed files add to a warm run, against what reading every file adds.
        let share = (refresh.median - today.median) / max(cold.median - today.median, 1e-9)
        table.add([
            "index refresh, \(syncedFiles) files ÷ full rebuild", Units.ratio(share), "≤ 0.05",
            share <= 0.05 ? "met" : "NOT met",
        ])
        if let peak = cold.maxRSS {
            let met = Double(peak) / 1_048_576 <= 150
            table.add(["peak memory, cold today", Units.megabytes(peak), "≤ 150 MB", met ? "met" : "NOT met"])
        } else {
            table.add(["peak memory, cold today", "n/a", "≤ 150 MB", "n/a (apt-get install time)"])
        }
        return table
    }
}
