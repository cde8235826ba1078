import Foundation
import RapportCore

/// The client files of a store, read directly: what the peers are given, independent of how `Store` reads them.
enum ClientFiles {
    /// The paths of every client file, sorted.
    ///
    /// - Parameter directory: the store's `clients` directory.
    /// - Returns: the paths.
    /// - Throws: `BenchError` when the directory cannot be listed.
    static func paths(in directory: String) throws(BenchError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw BenchError("cannot list \(directory): \(error.localizedDescription)")
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { "\(directory)/\($0)" }
    }

    /// Reads every client document in turn, so that only one is in memory at a time.
    ///
    /// - Parameters:
    ///   - directory: the store's `clients` directory.
    ///   - body: what to do with each document, in file name order.
    /// - Throws: `BenchError` naming a file that cannot be read.
    static func forEachDocument(in directory: String, _ body: (Client) -> Void) throws(BenchError) {
        let decoder = JSONDecoder()
        for path in try paths(in: directory) {
            do {
                body(try decoder.decode(Client.self, from: Data(contentsOf: URL(fileURLWithPath: path))))
            } catch {
                throw BenchError("cannot read \(path): \(error)")
            }
        }
    }
}
