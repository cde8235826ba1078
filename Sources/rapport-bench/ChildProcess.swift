import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs programs as child processes with `posix_spawn`, timed from the spawn to the moment `wait4` reaps them.
enum ChildProcess {
    /// Runs a program to its end with stdin from `/dev/null`, failing when it fails.
    ///
    /// - Parameters:
    ///   - executable: a path, or a name to look up in `PATH`.
    ///   - arguments: the arguments after the program name.
    ///   - output: where its stdout goes; `/dev/null` unless the caller wants to read it.
    ///   - timeout: seconds after which the child is killed and the run fails.
    /// - Returns: the wall-clock seconds from spawning to reaping, on the monotonic clock.
    /// - Throws: `BenchError` when it cannot start, exits non-zero (with its stderr) or runs out of time.
    @discardableResult
    static func run(
        _ executable: String, _ arguments: [String], output: String = "/dev/null", timeout: Double = 600
    ) throws(BenchError) -> Double {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rapport-bench-\(getpid()).stderr"
        ).path
        defer { unlink(errors) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { (argv + environment).forEach { free($0) } }

        var pid: pid_t = 0
        let start = Monotonic.now()
        let spawned =
            executable.contains("/")
            ? posix_spawn(&pid, executable, &actions, nil, argv, environment)
            : posix_spawnp(&pid, executable, &actions, nil, argv, environment)
        guard spawned == 0 else {
            throw BenchError("cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        let child = pid
        let watchdog = DispatchWorkItem { kill(child, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        var status: Int32 = 0
        while wait4(child, &status, 0, nil) == -1 && errno == EINTR {}
        let seconds = Monotonic.now() - start
        watchdog.cancel()

        let command = ([executable] + arguments).joined(separator: " ")
        let signal = status & 0x7f
        let exitCode = (status >> 8) & 0xff
        if signal == SIGKILL, seconds >= timeout {
            throw BenchError("\(command) ran longer than \(Int(timeout)) s and was stopped")
        }
        guard signal == 0, exitCode == 0 else {
            let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            let how = signal == 0 ? "exited with status \(exitCode)" : "was killed by signal \(signal)"
            throw BenchError("\(command) \(how)\(message.isEmpty ? "" : ":\n\(message)")")
        }
        return seconds
    }

    /// Runs a program once under GNU time and returns its peak memory.
    ///
    /// `wait4`'s own `ru_maxrss` cannot tell: Linux starts a spawned child's peak at its parent's, so every
    /// child of this process would show at least this process's size. GNU time is a small program that reports
    /// the peak of its own child only.
    ///
    /// - Parameters:
    ///   - executable: a path, or a name to look up in `PATH`.
    ///   - arguments: the arguments.
    ///   - timeout: seconds after which the child is killed and the run fails.
    /// - Returns: the peak resident set size in bytes, or nil when GNU time is not installed.
    /// - Throws: `BenchError` as `run` does.
    static func peakMemory(
        _ executable: String, _ arguments: [String], timeout: Double = 600
    ) throws(BenchError) -> Int64? {
        guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return nil }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rapport-bench-\(getpid()).maxrss"
        ).path
        defer { unlink(report) }
        try run(gnuTime, ["-f", "%M", "-o", report, executable] + arguments, timeout: timeout)
        // GNU time writes the figure, in kilobytes, on the last line.
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        guard let kilobytes = text.split(separator: "\n").last.flatMap({ Int64($0) }) else {
            throw BenchError("\(gnuTime) reported no peak memory for \(executable), but \"\(text)\"")
        }
        return kilobytes * 1024
    }

    /// GNU time, not the shell's `time` keyword; Debian and Ubuntu package it as `time`.
    static let gnuTime = "/usr/bin/time"

    /// Finds a program in `PATH`, as the shell would.
    ///
    /// - Parameter name: the program's name.
    /// - Returns: its path, or nil when it is not installed.
    static func locate(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program and returns what it printed, for the few setup steps that need an answer.
    ///
    /// - Parameters:
    ///   - executable: a path, or a name to look up in `PATH`.
    ///   - arguments: the arguments.
    /// - Returns: its stdout, without the final newline.
    /// - Throws: `BenchError` as `run` does.
    static func output(_ executable: String, _ arguments: [String]) throws(BenchError) -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rapport-bench-\(getpid()).stdout"
        ).path
        defer { unlink(file) }
        try run(executable, arguments, output: file)
        let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
