import Foundation
import RapportCore

@testable import RapportStore

/// A store in a fresh temporary directory, removed when the test is done with it.
final class TempStore {
    let path: String
    let store: Store
    static let today = Day("2026-12-01")!
    /// What every write of these tests stamps, so that files come out the same on every run.
    static let stamp = Stamp(at: "2026-12-01T09:00:00+00:00", by: "jo@laptop")

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("rapport-store-test-\(UUID().uuidString)").path
        store = try Store.create(
            at: path, settings: Settings(business: "Test IT", technicians: [Technician(id: "js", name: "Jo Smith")]))
        store.pinnedStamp = TempStore.stamp
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Adds a client with a retainer visited on the 1st and 3rd Tuesday.
    @discardableResult
    func addClient(_ id: String = "acme-dental", name: String = "Acme Dental") throws -> Client {
        try store.apply(.addClient(Client(id: id, name: name)), to: id, today: TempStore.today)
        let agreement = Agreement(
            kind: .retainer, monthlyFee: Money(900), start: Day("2026-01-15")!,
            visits: VisitPlan(rule: try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1TU,3TU"), time: TimeOfDay("09:00"))
        )
        return try store.apply(.setAgreement(agreement), to: id, today: TempStore.today).client
    }

    func file(_ id: String) -> String { "\(path)/clients/\(id).json" }

    func text(_ id: String) throws -> String { try String(contentsOfFile: file(id), encoding: .utf8) }

    func write(_ text: String, to id: String) throws {
        try text.write(toFile: file(id), atomically: false, encoding: .utf8)
    }

    /// Logs a call, as a change made through another `Store` instance would.
    func logCall(_ store: Store, note: String) throws {
        try store.apply(
            .logTouchpoint(on: TempStore.today, via: .call, by: "js", note: note, followUp: nil), to: "acme-dental",
            today: TempStore.today)
    }
}

/// The permission bits of a file.
func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
}
