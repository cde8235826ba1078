import Foundation
import Testing

/// What one run of the `rapport` binary printed, and how it exited.
struct RunResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The error message of a usage error: what ArgumentParser prints before its `Help:` and `Usage:` lines.
    var usageMessage: String {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let message = lines.prefix { !$0.hasPrefix("Help: ") && !$0.hasPrefix("Usage: ") }
        return message.joined(separator: "\n")
    }
}

/// Why the binary could not be run.
struct RunFailure: Error, CustomStringConvertible {
    var description: String
}

/// Runs the built `rapport` executable as a real process, the way a user or a script would.
///
/// The child gets the test's environment without `RAPPORT_STORE` or any `XDG_` variable, with `NO_COLOR=1` and
/// `HOME` pointing at a scratch directory, so that a command that forgets `--store` can never reach a real store.
/// Its stdin is `/dev/null` and its stdout is a file, so it never sees a terminal.
struct CLI {
    /// The executable.
    let executable: URL
    /// The child's `HOME`.
    let home: URL
    /// How long one command may take before it is killed and the test fails.
    static let timeout: TimeInterval = 30
    /// Who the stamps name (`RAPPORT_USER`): a second machine in a test is someone else.
    var user = "jo@laptop"

    /// Prepares to run one of the package's executables.
    ///
    /// - Parameters:
    ///   - home: the child's `HOME`.
    ///   - product: `rapport`, or `rapport-bench`.
    /// - Throws: `RunFailure` when the executable has not been built.
    init(home: URL, product: String = "rapport") throws {
        executable = try CLI.locate(product)
        self.home = home
    }

    /// Finds an executable of the package in the build directory.
    ///
    /// SwiftPM builds this target's resource bundle into the same directory as the products, and `swift test` builds
    /// every product of the package, so the executable sits next to `Bundle.module` and is as new as the tests.
    ///
    /// - Parameter product: the executable's name.
    /// - Returns: the executable's URL.
    /// - Throws: `RunFailure` saying how to build it when it is missing.
    static func locate(_ product: String = "rapport") throws -> URL {
        let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent(product)
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw RunFailure(
                description: """
                    the \(product) executable is not at \(executable.path); build it with `swift build` and the same \
                    --scratch-path as `swift test` (a plain `swift test` builds it too, unless given --skip-build)
                    """)
        }
        return executable
    }

    /// Runs rapport and waits for it to exit.
    ///
    /// - Parameters:
    ///   - arguments: the command line after `rapport`.
    ///   - unpinned: whether writes take the clock's time and random ids, as for a user, rather than pinned ones.
    /// - Returns: the exit status and everything printed.
    /// - Throws: `RunFailure` when the process cannot start or outlives the timeout (it is killed then).
    func run(_ arguments: [String], unpinned: Bool = false) throws -> RunResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = unpinned ? environment.filter { $0.key != "SOURCE_DATE_EPOCH" } : environment
        process.standardInput = FileHandle.nullDevice
        // Files rather than pipes: a child that prints more than a pipe holds cannot block on a reader.
        let stdoutFile = home.appendingPathComponent("stdout-\(UUID().uuidString)")
        let stderrFile = home.appendingPathComponent("stderr-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: stdoutFile)
            try? FileManager.default.removeItem(at: stderrFile)
        }
        try Data().write(to: stdoutFile)
        try Data().write(to: stderrFile)
        let stdout = try FileHandle(forWritingTo: stdoutFile)
        let stderr = try FileHandle(forWritingTo: stderrFile)
        process.standardOutput = stdout
        process.standardError = stderr

        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        try stdout.close()
        try stderr.close()
        if exited.wait(timeout: .now() + CLI.timeout) == .timedOut {
            // SIGTERM may be blocked in the mask the child inherits from a test thread; SIGKILL cannot be.
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            throw RunFailure(
                description:
                    "\(executable.lastPathComponent) \(arguments.joined(separator: " ")) ran longer than \(CLI.timeout) s"
            )
        }
        return RunResult(
            status: process.terminationStatus,
            stdout: try String(contentsOf: stdoutFile, encoding: .utf8),
            stderr: try String(contentsOf: stderrFile, encoding: .utf8))
    }

    /// The child's environment. `SOURCE_DATE_EPOCH` and `RAPPORT_USER` pin the stamps and ids that writes make, so
    /// that files and exports come out the same on every run; a test of real ids leaves them out.
    private var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { name, _ in
            name != "RAPPORT_STORE" && !name.hasPrefix("XDG_")
        }
        environment["NO_COLOR"] = "1"
        environment["HOME"] = home.path
        environment["SOURCE_DATE_EPOCH"] = CLI.sourceDateEpoch
        environment["RAPPORT_USER"] = user
        return environment
    }

    /// 2026-12-01 09:00 UTC: when every write of the tests happened, as far as stamps tell.
    static let sourceDateEpoch = "1796115600"
}

/// A scratch directory for one test with a store path inside it; the directory is removed when the test is done.
final class TemporaryStore: Sendable {
    /// The scratch directory: the child's `HOME`, and the parent of the store.
    let root: URL
    /// The store directory, which `rapport init` creates.
    let path: String
    let cli: CLI

    /// The `--today` every command gets unless a test says otherwise: a Tuesday.
    static let today = "2026-12-01"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-cli-test-\(UUID().uuidString)")
        path = root.appendingPathComponent("store").path
        cli = try CLI(home: root)
        // Created last: once every property is set, a throw still runs `deinit`, which removes it.
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Runs a command on this store, with the global options after it as the README writes them.
    ///
    /// - Parameters:
    ///   - arguments: the command and its own arguments.
    ///   - today: the `--today` date.
    /// - Returns: what the command printed and its status.
    /// - Throws: `RunFailure` when the process cannot run.
    func rapport(_ arguments: [String], today: String = TemporaryStore.today) throws -> RunResult {
        try cli.run(arguments + ["--store", path, "--today", today])
    }

    /// Runs a command that must succeed, failing the test with its error message otherwise.
    ///
    /// - Parameters:
    ///   - arguments: the command and its own arguments.
    ///   - today: the `--today` date.
    /// - Returns: what the command printed.
    /// - Throws: when the process cannot run or exits with a non-zero status.
    @discardableResult
    func succeed(_ arguments: [String], today: String = TemporaryStore.today) throws -> RunResult {
        let result = try rapport(arguments, today: today)
        try #require(
            result.status == 0, "rapport \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        return result
    }

    /// The path of a client's file.
    func clientFile(_ id: String) -> String { "\(path)/clients/\(id).json" }

    /// Every file in the store and its bytes, hidden files included but the derived index, to show that a command
    /// wrote nothing.
    ///
    /// - Returns: the contents by path relative to the store.
    /// - Throws: when a file cannot be read.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        // The summary index is derived and may be rewritten by any read; it is not the store's data.
        while let relative = enumerator?.nextObject() as? String {
            guard !relative.hasPrefix(".index") else { continue }
            let full = "\(path)/\(relative)"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return files
    }
}

/// The permission bits of a file or directory.
///
/// - Parameter path: the file.
/// - Returns: the mode, masked to `0o777`.
/// - Throws: when the file cannot be examined.
func permissions(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int) & 0o777
}
