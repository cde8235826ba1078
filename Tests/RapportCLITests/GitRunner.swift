import Foundation
import Testing

/// Runs the system git for a test, with `HOME` at a scratch directory so that no user's config takes part, and
/// records a failure when git fails.
///
/// It waits by polling rather than with `waitUntilExit()`, whose run-loop timers never fire under libfaketime.
///
/// - Parameters:
///   - arguments: what follows `git`.
///   - home: the `HOME` git sees.
/// - Returns: what git printed.
/// - Throws: when git cannot be started.
@discardableResult
func runGit(_ arguments: [String], home: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = home.path
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    while process.isRunning { usleep(1_000) }
    #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    return String(decoding: data, as: UTF8.self)
}
