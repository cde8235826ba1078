import Foundation
import RapportCore
import RapportStore

/// A store on disk with one client, Acme Dental, removed when the test is done.
final class ScratchStore {
    let path: String
    let store: Store
    static let today = Day("2026-12-01")!
    /// Ten in the morning of `today`, where the dashboards on the store open.
    static let now = DayTime(day: today, time: TimeOfDay(hour: 10, minute: 0)!)

    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("rapport-tui-test-\(UUID().uuidString)").path
        store = try Store.create(at: path, settings: Settings(business: "Test IT"))
        try store.apply(
            .addClient(Client(id: "acme-dental", name: "Acme Dental")), to: "acme-dental", today: ScratchStore.today)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The touchpoints in Acme Dental's file as another process reads them, e.g. `2026-12-01 call: note`.
    func touchpoints() throws -> [String] {
        try Store(opening: path).client("acme-dental").touchpoints.map {
            "\($0.on) \($0.via.rawValue): \($0.note ?? "")"
        }
    }
}
