import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tmux server of one test's own, with one detached session, driven through the `tmux` command.
///
/// Each instance talks to its own socket, so tests running side by side never see each other's sessions, and it
/// reads no configuration file, so a developer's `~/.tmux.conf` cannot change what the tests see. The socket lives in
/// the instance's own scratch directory (`tmux -S`) rather than under a name in tmux's shared directory (`tmux -L`),
/// because tmux leaves its socket behind when the server is killed, and the directory goes with `kill()`.
final class Tmux {
    /// The `tmux` executable.
    let executable: URL
    /// The server's socket.
    let socket: String
    /// The one session's name.
    let session = "dashboard"
    /// The socket, and where each tmux command's output goes to be read once it has exited.
    private let scratch: URL
    /// How long a wait may take before the test fails; generous, because a debug build under a parallel test run
    /// draws slowly, and a wait that succeeds returns as soon as its condition holds.
    static let timeout: Duration = .seconds(10)
    /// How often a wait looks again.
    static let pollInterval: Duration = .milliseconds(50)

    init() throws {
        executable = try Tmux.locate()
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-tmux-\(UUID().uuidString)")
        socket = scratch.appendingPathComponent("socket").path
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Finds `tmux` on `PATH` or in the usual places.
    ///
    /// - Returns: the executable's URL.
    /// - Throws: `RunFailure` saying how to install it when it is missing.
    static func locate() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for directory in directories where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("tmux")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw RunFailure(
            description: """
                tmux is not installed: the dashboard's end-to-end tests run it inside tmux. Install it \
                (apt-get install tmux, or brew install tmux) and run the tests again.
                """)
    }

    /// Starts the server with one detached session running a command.
    ///
    /// - Parameters:
    ///   - command: the shell command the session runs; the session ends when it exits.
    ///   - width: the window's columns.
    ///   - height: the window's rows.
    /// - Throws: `RunFailure` when tmux refuses.
    func start(_ command: String, width: Int = 100, height: Int = 30) throws {
        try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), command])
    }

    /// Presses keys, given by tmux's key names (`Enter`, `Tab`, `BTab`, `Escape`, `C-c`) or as single characters.
    ///
    /// - Parameter keys: the keys, in order.
    /// - Throws: `RunFailure` when tmux refuses.
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// Types text literally, character by character, whatever key names it happens to contain.
    ///
    /// - Parameter text: the text, sent as UTF-8.
    /// - Throws: `RunFailure` when tmux refuses.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", session, "-l", text])
    }

    /// Pastes text as a terminal emulator does: through a tmux buffer and `paste-buffer -p`, which wraps it in the
    /// bracketed-paste markers when the program in the pane asked for them, and sends line breaks as carriage returns.
    ///
    /// - Parameter text: the text, sent as UTF-8.
    /// - Throws: `RunFailure` when tmux refuses.
    func paste(_ text: String) throws {
        try run(["set-buffer", "-b", "rapport-test", text])
        try run(["paste-buffer", "-p", "-d", "-b", "rapport-test", "-t", session])
    }

    /// Resizes the window, as a terminal emulator does when its window is dragged.
    ///
    /// - Parameters:
    ///   - width: the new columns.
    ///   - height: the new rows.
    /// - Throws: `RunFailure` when tmux refuses.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
    }

    /// The text on the screen now, one line per row, without colours or attributes.
    ///
    /// - Returns: the rows, trailing blanks removed by tmux.
    /// - Throws: `RunFailure` when there is no session, for example because its command ended.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", session])
    }

    /// The window's size as tmux sees it.
    ///
    /// - Returns: `columns`x`rows`, such as `100x30`.
    /// - Throws: `RunFailure` when there is no session.
    func size() throws -> String {
        try run(["display-message", "-p", "-t", session, "#{window_width}x#{window_height}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Where the cursor is in the pane.
    ///
    /// - Returns: the column and the row, from 0.
    /// - Throws: `RunFailure` when there is no session or tmux answers something else.
    func cursor() throws -> (x: Int, y: Int) {
        let answer = try run(["display-message", "-p", "-t", session, "#{cursor_x} #{cursor_y}"])
        let numbers = answer.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard numbers.count == 2 else { throw RunFailure(description: "tmux gave the cursor as \"\(answer)\"") }
        return (numbers[0], numbers[1])
    }

    /// Waits until the screen passes a check, looking every `pollInterval`.
    ///
    /// - Parameters:
    ///   - what: what is awaited, for the failure message.
    ///   - timeout: how long to wait.
    ///   - condition: the check.
    /// - Returns: the screen that passed.
    /// - Throws: `RunFailure` with the last screen seen when the time runs out.
    @discardableResult
    func waitForScreen(
        _ what: String, timeout: Duration = Tmux.timeout, until condition: (String) -> Bool
    ) throws -> String {
        var last = ""
        do {
            return try Tmux.waitUntil(what, timeout: timeout) {
                last = try screen()
                return condition(last) ? last : nil
            }
        } catch let failure as RunFailure {
            throw RunFailure(description: "\(failure.description); the screen was:\n\(last)")
        }
    }

    /// Waits until the screen shows every one of some texts.
    ///
    /// - Parameters:
    ///   - texts: what must be on the screen.
    ///   - timeout: how long to wait.
    /// - Returns: the screen that showed them.
    /// - Throws: `RunFailure` with the last screen seen when the time runs out.
    @discardableResult
    func waitForScreen(showing texts: String..., timeout: Duration = Tmux.timeout) throws -> String {
        try waitForScreen(showing: texts, timeout: timeout)
    }

    /// Waits until the screen shows every one of some texts.
    ///
    /// - Parameters:
    ///   - texts: what must be on the screen.
    ///   - timeout: how long to wait.
    /// - Returns: the screen that showed them.
    /// - Throws: `RunFailure` with the last screen seen when the time runs out.
    @discardableResult
    func waitForScreen(showing texts: [String], timeout: Duration = Tmux.timeout) throws -> String {
        let quoted = texts.map { "\"\($0)\"" }.joined(separator: ", ")
        return try waitForScreen("the screen to show \(quoted)", timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Looks for something until it turns up: the screen, a file, a process's end.
    ///
    /// The condition is looked at once more after the time runs out, so a test whose task was not scheduled for a
    /// while fails only when the condition really does not hold.
    ///
    /// It blocks its thread between looks instead of awaiting `Task.sleep`, because CI runs the suite under
    /// libfaketime, and there Swift's delayed tasks never wake: libdispatch arms their timers from the faked clock,
    /// so a `Task.sleep` of 50 ms waits forever. `Thread.sleep` (a `nanosleep`) takes a length of time, not a time of day, and
    /// libfaketime passes it through; `ContinuousClock` still advances under it, so the deadline holds.
    ///
    /// - Parameters:
    ///   - what: what is awaited, for the failure message.
    ///   - timeout: how long to wait.
    ///   - condition: returns the awaited value, or nil while it is not there yet.
    /// - Returns: the value the condition returned.
    /// - Throws: `RunFailure` when the time runs out, or what the condition throws.
    @discardableResult
    static func waitUntil<Value>(
        _ what: String, timeout: Duration = Tmux.timeout, _ condition: () throws -> Value?
    ) throws -> Value {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while true {
            let late = clock.now >= deadline
            if let value = try condition() { return value }
            if late { throw RunFailure(description: "timed out after \(timeout) waiting for \(what)") }
            Thread.sleep(forTimeInterval: pollInterval / .seconds(1))
        }
    }

    /// Stops the server and everything running in it. Safe to call when the server has already gone.
    func kill() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Runs a tmux command against this server.
    ///
    /// The command is spawned with nothing open but its standard input, output and error, and those are files. The
    /// first command forks the server, which lives on after the test's child has exited: were it to inherit a pipe
    /// or any other descriptor of the test process (Foundation's `Process` leaves some open, and other tests spawn
    /// children at the same moment), whoever waits for that descriptor's end would wait as long as the server lives.
    ///
    /// - Parameter arguments: the command and its arguments.
    /// - Returns: what it printed.
    /// - Throws: `RunFailure` with tmux's message when it cannot start or exits with a non-zero status.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let output = scratch.appendingPathComponent("stdout").path
        let errors = scratch.appendingPathComponent("stderr").path
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t?
            var attributes: posix_spawnattr_t?
        #else
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // The calling thread blocks most signals, as the threads of Swift's concurrency pool do, and a spawned
        // program keeps that mask: the server would then never see the SIGTERM with which `kill-server` stops it,
        // nor the SIGCHLD that tells it a pane's program has ended.
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
        #if canImport(Darwin)
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
            Tmux.closeInheritedDescriptors(&actions)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = [executable.path, "-S", socket, "-f", "/dev/null"] + arguments
        let envp = Tmux.environment.map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = envp.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable.path, &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else {
            throw RunFailure(description: "cannot run tmux: \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}

        let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        // The shifts and masks of WIFEXITED and WEXITSTATUS, which Swift cannot import.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            let complaint = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw RunFailure(
                description: "tmux \(arguments.joined(separator: " ")) failed: "
                    + complaint.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return printed
    }

    #if !canImport(Darwin)
        /// Adds to spawn actions the closing of every descriptor above standard error.
        ///
        /// glibc has done that in one action since 2.34, but Swift does not import it, so it is looked up by name;
        /// without it, each descriptor up to 1024 gets an action of its own, which glibc ignores when it is not open.
        ///
        /// - Parameter actions: the actions of a spawn.
        private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            if let program = dlopen(nil, RTLD_NOW) {
                defer { dlclose(program) }
                if let symbol = dlsym(program, "posix_spawn_file_actions_addclosefrom_np") {
                    _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
                    return
                }
            }
            for descriptor in Int32(3)..<1024 {
                posix_spawn_file_actions_addclose(&actions, descriptor)
            }
        }
    #endif

    /// The environment of every tmux command, which the server and so the session inherit: the test's own, outside
    /// any tmux the tests may be running in, in a UTF-8 locale so that typed and captured text is not mangled.
    ///
    /// A faked clock (`LD_PRELOAD` of libfaketime and its `FAKETIME` settings, as CI runs the suite) stays out: the
    /// tmux server is a daemon that outlives each command, and the dashboard inside it gets its day from `--today`.
    private static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment.filter { name, _ in
            name != "TMUX" && name != "TMUX_PANE" && name != "RAPPORT_STORE" && !name.hasPrefix("XDG_")
                && name != "LD_PRELOAD" && !name.hasPrefix("FAKETIME") && name != "DONT_FAKE_MONOTONIC"
        }
        environment["LC_ALL"] = utf8Locale
        environment["LANG"] = utf8Locale
        return environment
    }()

    /// A UTF-8 locale the system has.
    static var utf8Locale: String {
        #if os(macOS)
            "en_US.UTF-8"
        #else
            "C.UTF-8"
        #endif
    }
}
