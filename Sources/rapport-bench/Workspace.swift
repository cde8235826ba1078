import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where `run` keeps one size's data: the generated store, the same records as a calcurse calendar and a TinyDB
/// database, and scratch copies for the runs that write.
///
/// A marker file records the generator's parameters and is written last, so a later run reuses the data only
/// when it was completely generated with the same parameters.
struct Workspace {
    let root: String
    /// What the workspace holds.
    private(set) var data: DataSize

    var store: String { "\(root)/store" }
    var clients: String { "\(store)/clients" }
    var calcurse: CalcurseCalendar { CalcurseCalendar(directory: "\(root)/calcurse") }
    var tinyDB: String { "\(root)/tinydb.json" }
    /// Copies that the append runs write to, made afresh by every `run`, so that the data never drifts.
    var scratch: String { "\(root)/scratch" }
    private static func markerPath(_ root: String) -> String { "\(root)/bench.json" }

    /// The content of the marker file.
    private struct Marker: Codable, Equatable {
        var generator: StoreGenerator
        var data: DataSize
    }

    /// Opens the workspace for a generator, generating the store and the calcurse calendar unless an earlier run
    /// left them there with the same parameters.
    ///
    /// - Parameters:
    ///   - generator: the store's parameters.
    ///   - root: the workspace directory, created when missing.
    ///   - log: where progress goes.
    /// - Returns: the workspace.
    /// - Throws: `BenchError` when generation fails.
    static func prepare(
        _ generator: StoreGenerator, at root: String, log: (String) -> Void
    ) throws(BenchError) -> Workspace {
        let markerURL = URL(fileURLWithPath: markerPath(root))
        if let data = try? Data(contentsOf: markerURL), let marker = try? JSONDecoder().decode(Marker.self, from: data),
            marker.generator == generator
        {
            log("Reusing the data in \(root)")
            return Workspace(root: root, data: marker.data)
        }
        try? FileManager.default.removeItem(atPath: root)
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw BenchError("cannot create \(root): \(error.localizedDescription)")
        }
        var workspace = Workspace(root: root, data: DataSize())
        log("Generating \(generator.clients) clients × \(generator.years) years in \(workspace.store)")
        let step = max(1, generator.clients / 10)
        let (data, seconds) = try Monotonic.time { () throws(BenchError) in
            try generator.write(to: workspace.store) { written in
                if written % step == 0 { log("  \(written) of \(generator.clients) clients") }
            }
        }
        log("Wrote \(data.summary) in \(Units.duration(seconds))")
        workspace.data = data
        try workspace.calcurse.write(from: workspace.clients)
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(Marker(generator: generator, data: data)).write(to: markerURL)
        } catch {
            throw BenchError("cannot write \(markerURL.path): \(error.localizedDescription)")
        }
        return workspace
    }

    /// Builds the TinyDB database the first time it is asked for, once TinyDB is installed.
    ///
    /// - Parameter python: the interpreter, with TinyDB.
    /// - Throws: `BenchError` when the build fails.
    func buildTinyDBIfMissing(_ python: Python) throws(BenchError) {
        guard !FileManager.default.fileExists(atPath: tinyDB) else { return }
        let building = "\(tinyDB).building"
        try? FileManager.default.removeItem(atPath: building)
        try python.buildTinyDB(from: clients, to: building)
        guard rename(building, tinyDB) == 0 else { throw BenchError("cannot rename \(building) to \(tinyDB)") }
    }

    /// A fresh copy of a file or directory in the scratch directory, for a run that writes to it.
    ///
    /// - Parameter path: what to copy.
    /// - Returns: the copy's path.
    /// - Throws: `BenchError` when it cannot be copied.
    func scratchCopy(of path: String) throws(BenchError) -> String {
        let copy = "\(scratch)/\((path as NSString).lastPathComponent)"
        do {
            try? FileManager.default.removeItem(atPath: copy)
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: copy)
        } catch {
            throw BenchError("cannot copy \(path) to \(copy): \(error.localizedDescription)")
        }
        return copy
    }
}
