import Foundation

/// The figures of one `run`, and how they stand against the targets of issue 7, as tables.
struct BenchReport {
    var generator: StoreGenerator
    var size: BenchSize
    var data: DataSize
    var runs: Int
    var today: Series
    /// With the derived index deleted before every run; a failure says why there is no such figure.
    var cold: Result<Series, BenchError>
    var renewals: Series
    var firstFrame: Series
    var append: Series
    /// Seconds per keystroke, timed in-process.
    var scroll: [Double]
    var filter: [Double]
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
        func addKeys(_ label: String, _ seconds: [Double]) {
            table.add([label, Units.duration(Series.median(seconds)), "", "\(Units.count(seconds.count)) keys"])
        }
        add("rapport today --json", .success(today))
        add("rapport today --json, index deleted before each run", cold)
        add("rapport renewals --json", .success(renewals))
        add("dashboard start to first frame, \(screen)", .success(firstFrame))
        add("rapport log: one contact appended", .success(append))
        addKeys("keystroke ↓ in Clients: update + render", scroll)
        addKeys("keystroke filtering Clients: / letters ⌫ Esc", filter)
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
        for (name, series) in [("today", today), ("renewals", renewals), ("first frame", firstFrame)] {
            ratio("\(name) ÷ json.load", series, jsonLoad, atMost: 0.25)
        }
        for (name, series) in [("today", today), ("renewals", renewals), ("first frame", firstFrame)] {
            ratio("\(name) ÷ calcurse", series, calcurse, atMost: 1.0)
        }
        ratio("append ÷ TinyDB insert", append, tinyDBInsert, atMost: 0.02)
        for (name, seconds) in [("keystroke median, scroll", scroll), ("keystroke median, filter", filter)] {
            let median = Series.median(seconds)
            table.add([name, Units.duration(median), "< 1 ms", median < 0.001 ? "met" : "NOT met"])
        }
        let measured = [today, renewals, firstFrame, append] + ((try? cold.get()).map { [$0] } ?? [])
        let peaks = measured.compactMap(\.maxRSS)
        if peaks.count == measured.count, let peak = peaks.max() {
            let met = Double(peak) / 1_048_576 < 150
            table.add(["peak memory of the rapport runs", Units.megabytes(peak), "< 150 MB", met ? "met" : "NOT met"])
        } else {
            table.add(["peak memory of the rapport runs", "n/a", "< 150 MB", "n/a (apt-get install time)"])
        }
        return table
    }
}
