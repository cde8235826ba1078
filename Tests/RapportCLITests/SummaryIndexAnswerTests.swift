import Foundation
import Testing

/// The summary index is derived: on the benchmark's S store, every report gives the same bytes whether it was
/// answered from the index or, with the index deleted, from the client files.
@Suite struct SummaryIndexAnswerTests {
    /// The reports that read the portfolio, as JSON so that every figure is compared.
    private static let reports = [
        ["today", "--json"], ["upcoming", "--json"], ["overdue", "--json"], ["renewals", "--json"],
        ["revenue", "--json"], ["surveys", "--json"], ["pipeline", "--json"],
        ["client", "list", "--json"],
    ]

    @Test func reportsAreTheSameWithAndWithoutTheIndex() throws {
        let store = try TemporaryStore()
        let generated = try CLI(home: store.root, product: "rapport-bench").run([
            "generate", "--clients", "50", "--years", "3", "--seed", "2026", "--out", store.path,
        ])
        try #require(generated.status == 0, "rapport-bench generate failed: \(generated.stderr)")
        let index = "\(store.path)/.index/parts"
        // The generation day, a day after it, and days long before, when the summaries do not answer.
        for today in ["2026-11-29", "2026-12-15", "2026-06-30", "2025-01-10"] {
            for report in Self.reports {
                try? FileManager.default.removeItem(atPath: index)
                let fromFiles = try store.succeed(report, today: today).stdout
                #expect(FileManager.default.fileExists(atPath: index), "\(report) wrote no index")
                let fromIndex = try store.succeed(report, today: today).stdout
                #expect(fromIndex == fromFiles, "rapport \(report.joined(separator: " ")) --today \(today)")
            }
        }
    }
}
