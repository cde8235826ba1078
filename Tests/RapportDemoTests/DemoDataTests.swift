import Foundation
import RapportCore
import RapportDemo
import RapportStore
import Synchronization
import Testing

/// The demo is the first thing a new user runs, on whatever day that is, so it must build on every day.
@Suite struct DemoDataTests {
    /// Every day of 2027 and 2028: month ends, the leap day, every weekday, and each day's visit rules that fall on
    /// it. Each store is built through the store's write path and then passes `check` with no problem.
    @Test func demoBuildsAndChecksCleanOnEveryDayOfTwoYears() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let first = Day("2027-01-01")!
        let days = (0...first.days(until: Day("2028-12-31")!)).map { first.adding(days: $0) }
        #expect(days.count == 731)
        let failures = Mutex<[String]>([])
        // Each day's store is its own directory, so the days build side by side.
        DispatchQueue.concurrentPerform(iterations: days.count) { index in
            let day = days[index]
            let path = scratch.appendingPathComponent(day.description).path
            var failure: String?
            do {
                let problems = try DemoData.build(at: path, today: day).check()
                if !problems.isEmpty { failure = "\(day): \(problems.map(\.description))" }
                try FileManager.default.removeItem(atPath: path)
            } catch {
                failure = "\(day): \(error)"
            }
            if let failure { failures.withLock { $0.append(failure) } }
        }
        let failed = failures.withLock { $0.sorted() }
        #expect(failed.isEmpty, "\(failed.count) days failed; the first: \(failed.prefix(5))")
    }
}
