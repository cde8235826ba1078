import Foundation
import Testing

/// `rapport-bench generate` writes a store that `rapport check` accepts, byte for byte the same for the same seed,
/// so that benchmark figures taken on different days are taken on the same data.
@Suite struct BenchGenerateTests {
    @Test func generatesAValidStoreThatIsTheSameForTheSameSeed() throws {
        let store = try TemporaryStore()
        let again = store.root.appendingPathComponent("again").path
        for path in [store.path, again] {
            let result = try generate(["--clients", "3", "--years", "1", "--seed", "7", "--out", path])
            try #require(result.status == 0, "rapport-bench generate failed: \(result.stderr)")
            #expect(result.stdout.contains("of 3 clients"))
        }
        try store.succeed(["check"])
        let files = try dataFiles(in: store.path)
        #expect(files.filter { $0.hasPrefix("clients/") }.count == 3)
        #expect(try dataFiles(in: again) == files)
        for file in files {
            let first = try Data(contentsOf: URL(fileURLWithPath: "\(store.path)/\(file)"))
            let second = try Data(contentsOf: URL(fileURLWithPath: "\(again)/\(file)"))
            #expect(first == second, "\(file) differs between two runs with the same seed")
        }
    }

    @Test func refusesABadSize() throws {
        let store = try TemporaryStore()
        let result = try generate(["--clients", "0", "--years", "1", "--out", store.path])
        #expect(result.status != 0)
        #expect(result.usageMessage.contains("--clients must be a whole number from 1 to 100000"))
    }

    /// The store's own files, relative to it, sorted; hidden files such as the lock are left out.
    private func dataFiles(in path: String) throws -> [String] {
        let files = try FileManager.default.subpathsOfDirectory(atPath: path).filter { file in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: "\(path)/\(file)", isDirectory: &isDirectory)
            return !isDirectory.boolValue && !file.split(separator: "/").contains { $0.hasPrefix(".") }
        }
        return files.sorted()
    }

    /// Runs `rapport-bench generate`, which `swift test` builds next to `rapport`.
    private func generate(_ arguments: [String]) throws -> RunResult {
        try CLI(home: FileManager.default.temporaryDirectory, product: "rapport-bench").run(["generate"] + arguments)
    }
}
