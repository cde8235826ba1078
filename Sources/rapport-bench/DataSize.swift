import Foundation
import RapportCore

/// How much data a generated store holds: its files and bytes, and the records in its client documents.
struct DataSize: Codable, Equatable {
    var files = 0
    var bytes: Int64 = 0
    var clients = 0
    var visits = 0
    var touchpoints = 0
    var surveys = 0

    /// Every record of every client: visits, touchpoints and surveys.
    var records: Int { visits + touchpoints + surveys }

    /// Adds one client's records.
    ///
    /// - Parameter client: the client document.
    mutating func count(_ client: Client) {
        clients += 1
        visits += client.visits.count
        touchpoints += client.touchpoints.count
        surveys += client.surveys.count
    }

    /// Sets the files and bytes from what is on disk, leaving out hidden files such as the lock, backups and any
    /// derived index, which are not part of the data.
    ///
    /// - Parameter path: the store directory.
    mutating func measureFiles(in path: String) {
        files = 0
        bytes = 0
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let attributes = try? FileManager.default.attributesOfItem(atPath: "\(path)/\(relative)")
            guard attributes?[.type] as? FileAttributeType == .typeRegular else { continue }
            files += 1
            bytes += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        }
    }

    /// For example `1,003 files, 112.4 MB, 482,311 records (120,000 visits, 357,311 touchpoints, 5,000 surveys)`.
    var summary: String {
        "\(Units.count(files)) files, \(Units.megabytes(bytes)), \(Units.count(records)) records "
            + "(\(Units.count(visits)) visits, \(Units.count(touchpoints)) touchpoints, "
            + "\(Units.count(surveys)) surveys) of \(Units.count(clients)) clients"
    }
}
