import Foundation
import RapportCore
import RapportStore
import SeededRandom

/// Writes a deterministic store of any size in the real format, through the real store code: the same parameters
/// always give byte-identical files.
///
/// Each client's document is built in memory with `ClientHistory`, then written with one `Store.apply`, because
/// hundreds of thousands of separately locked and synced writes would take hours and measure nothing of interest.
struct StoreGenerator: Codable, Equatable {
    var clients: Int
    var years: Int
    var seed: UInt64
    /// The day the history ends on.
    var today: Day

    /// The consultancy of every generated store: a small team, so visits and contacts spread over five people.
    static let settings = Settings(
        business: "Northwind IT Services",
        technicians: [
            Technician(
                id: "js", name: "Jo Smith", skills: ["Windows Server", "Networking", "Backup"],
                certifications: ["Microsoft Certified Professional"]),
            Technician(
                id: "mk", name: "Mo Khan", skills: ["Microsoft 365", "Printers", "Security"],
                certifications: ["CompTIA Network+"]),
            Technician(id: "ar", name: "Ana Reyes", skills: ["macOS", "Wi-Fi"]),
            Technician(id: "tb", name: "Tom Becker", skills: ["Linux", "Firewalls"], certifications: ["CCNA"]),
            Technician(id: "lw", name: "Lee Wong", skills: ["Phones", "VoIP", "Cabling"]),
        ])

    /// Creates the store and writes every client.
    ///
    /// - Parameters:
    ///   - path: the directory; it must not hold a store yet.
    ///   - progress: called after each client with the number written so far.
    /// - Returns: what was written.
    /// - Throws: `BenchError` when the store cannot be created or written.
    func write(to path: String, progress: (Int) -> Void = { _ in }) throws(BenchError) -> DataSize {
        let store: Store
        do {
            store = try Store.create(at: path, settings: StoreGenerator.settings)
        } catch {
            throw BenchError("cannot create a store at \(path): \(error)")
        }
        // The same seed writes the same bytes, stamps included.
        store.pinnedStamp = Stamp(at: "\(today)T12:00:00+00:00", by: "rapport-bench@generator")
        let team = StoreGenerator.settings.technicians.map(\.id)
        var random = SplitMix64(seed: seed)
        var taken = Set<String>()
        var size = DataSize()
        for index in 0..<clients {
            let name = freeName(&random, taken: taken)
            let id = ClientID.free(for: name) { taken.contains($0) }
            taken.insert(id)
            let client = try ClientHistory.build(
                id: id, name: name, seed: random.next(), today: today, years: years, team: team)
            do {
                try store.apply(.addClient(client), to: id, today: today)
            } catch {
                throw BenchError("cannot write \(id): \(error)")
            }
            size.count(client)
            progress(index + 1)
        }
        size.measureFiles(in: path)
        return size
    }

    /// A company name whose id is not taken yet, when one turns up within a few draws; two clients may share a
    /// name otherwise, as they can in a real store, and get ids with `-2`, `-3`.
    private func freeName(_ random: inout SplitMix64, taken: Set<String>) -> String {
        var name = SampleText.company(&random)
        for _ in 0..<20 where taken.contains(ClientID.slug(from: name)) {
            name = SampleText.company(&random)
        }
        return name
    }
}
