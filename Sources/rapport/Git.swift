import Foundation

/// The system `git`, run in the store directory: what `rapport sync` shares the store with.
struct Git {
    /// The store directory, which is the repository's work tree.
    let directory: String

    /// What one run of git gave back.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var succeeded: Bool { status == 0 }
        /// The output without its trailing newline.
        var text: String { output.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Runs git with the arguments, in the store directory, and waits for it.
    ///
    /// - Parameter arguments: what follows `git`.
    /// - Returns: its status and output.
    /// - Throws: `CLIError` when git cannot be started at all.
    @discardableResult
    func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        var environment = ProcessInfo.processInfo.environment
        // Git must never stop to ask for anything: a sync runs unattended.
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw CLIError("cannot run git: \(error.localizedDescription); install git to share the store")
        }
        // Read both to the end before waiting, so that a full pipe cannot block git.
        let errorData = ErrorReader(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        // Not `waitUntilExit()`: on Linux it waits on run-loop timers, which never fire when the clock is faked
        // (libfaketime in CI), so rapport would hang. `isRunning` turns false on the child's exit signal alone.
        while process.isRunning { usleep(1_000) }
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Runs git and fails with its own words when it fails.
    ///
    /// - Parameter arguments: what follows `git`.
    /// - Returns: its output without the trailing newline.
    /// - Throws: `CLIError` with git's message.
    @discardableResult
    func succeed(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.succeeded else {
            let message = result.errors.trimmingCharacters(in: .whitespacesAndNewlines)
            throw CLIError("git \(arguments.first ?? "") failed: \(message.isEmpty ? result.text : message)")
        }
        return result.text
    }
}

/// Reads a pipe to its end on another thread.
private final class ErrorReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
