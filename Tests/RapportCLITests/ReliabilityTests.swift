import Foundation
import RapportTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the store promises when processes die or collide: a killed writer never leaves a broken file or loses a
/// write it confirmed, concurrent writers never lose each other's appends, and a held lock gives a clear error.
///
/// Each test drives the built binary as real child processes. They run one at a time because each one is a load
/// test of its own: run side by side, they would only slow each other down on a small machine.
@Suite(.serialized) struct ReliabilityTests {
    /// The confirmation `rapport log` prints once the write is on disk.
    private static let logged = "acme-dental: logged a call on Tue 1 Dec\n"

    /// Hundreds of writers, many of them SIGKILLed, at random moments or inside their write: every file still parses,
    /// every confirmed write is in the file, nothing is written twice, and the temp files of killed writers go away.
    @Test func killedWritersLeaveEveryFileValidAndLoseNoConfirmedWrite() throws {
        let store = try TemporaryStore()
        try store.succeed(["init"])
        try store.succeed(["client", "add", "Acme Dental"])

        // The seed fixes which writes are killed and when; where a kill lands in the child's life still depends on
        // the machine, which is the point: over hundreds of kills they land everywhere.
        let seed: UInt64 = 20_261_201
        var generator = SplitMix64(seed: seed)
        let plans = (1...CrashRun.writes).map { n in
            WritePlan(note: "w-\(n)", kill: Kill.random(using: &generator))
        }
        let spawner = try Spawner(store: store)
        let clients = "\(store.path)/clients"
        let tally = Tally(count: plans.count)
        onThreads(CrashRun.atOnce) { _ in
            let watch: DirectoryWatch
            do {
                watch = try DirectoryWatch(clients)
            } catch {
                while let index = tally.take() { tally.record(index, .failure(error)) }
                return
            }
            while let index = tally.take() {
                tally.record(
                    index,
                    Result { try CrashRun.write(plans[index], with: spawner, store: store, watching: watch) })
            }
        }
        let outcomes = try tally.results.map { try $0.get() }

        // Temp files a kill left that no later writer has cleaned up yet: at most those of the last few writers.
        let leftBehind = try tempFiles(in: store.path)
        let killed = outcomes.filter { $0.termination == .signaled(SIGKILL) }
        let done = outcomes.filter { $0.termination == .exited(0) && $0.stdout == ReliabilityTests.logged }
        let failed = outcomes.filter { $0.termination != .signaled(SIGKILL) && !done.contains($0) }
        let killedInWrite = killed.filter(\.sawTempFile)
        let planned = Dictionary(grouping: plans, by: \.kill.kind).mapValues(\.count)
        // Printed before anything is checked, so that a failed run still shows what happened.
        print(
            """
            crash safety (seed \(seed)): \(plans.count) writes started, \(CrashRun.atOnce) at a time; \
            planned: \(planned[.never, default: 0]) left alone, \
            \(planned[.atRandom, default: 0]) killed 0-\(Int(Kill.latest * 1000)) ms after start, \
            \(planned[.inWrite, default: 0]) killed 0-\(Int(Kill.latestInWrite * 1000)) ms after their temp file \
            appeared; \(killed.count) killed with SIGKILL, \(killedInWrite.count) of them once their write had begun \
            (\(killed.filter(\.leftTempFile).count) before its rename, leaving a temp file); \(done.count) reported \
            done; \(leftBehind.count) temp files left at the end
            """)

        // A planted one in each directory that holds documents, so that the clean-up below is always tested.
        for directory in [store.path, clients] {
            try Data("{\"cut".utf8).write(to: URL(fileURLWithPath: "\(directory)/.planted.json.tmp-999999-42"))
        }
        try store.succeed(["client", "list"])
        #expect(try tempFiles(in: store.path) == [], "opening the store must remove temp files of killed writers")

        let check = try store.rapport(["check"])
        #expect(check.status == 0, "rapport check: \(check.stdout)\(check.stderr)")
        #expect(check.stdout.hasPrefix("ok: "))
        // Every JSON file, backups included, read by a plain parser rather than rapport's own.
        for file in try FileManager.default.subpathsOfDirectory(atPath: store.path) where file.hasSuffix(".json") {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(store.path)/\(file)"))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file) is not valid JSON")
        }

        let document = try clientDocument(store.clientFile("acme-dental"))
        let notes = document.touchpoints.map(\.note)
        let found = Set(notes)
        let lost = done.filter { !found.contains($0.note) }
        print(
            """
            crash safety: \(found.count) writes found in the file (\(killed.filter { found.contains($0.note) }.count) \
            of them by writers killed after their write landed), \(lost.count) confirmed writes lost
            """)

        #expect(failed.isEmpty, "writers that were not killed must succeed: \(failed.map(\.summary))")
        #expect(lost.isEmpty, "confirmed writes missing from the file: \(lost.map(\.note))")
        #expect(notes.count == found.count, "a write was applied twice")
        #expect(found.isSubset(of: plans.map(\.note)))
        #expect(Set(document.ids).count == document.ids.count, "touchpoint ids must be unique")
        // Otherwise the run proved nothing about a kill during a write: the temp files are no longer named
        // `.<name>.tmp-<pid>-<random>`, or no writer got as far as writing.
        #expect(!killedInWrite.isEmpty, "no writer was killed once its write had begun")
    }

    /// Four processes, each appending a hundred touchpoints one after another to the same client: all 400 are
    /// there, once each, numbered t1 to t400.
    @Test func concurrentWritersLoseNoAppend() throws {
        let store = try TemporaryStore()
        try store.succeed(["init"])
        try store.succeed(["client", "add", "Acme Dental"])
        let spawner = try Spawner(store: store)
        let writers = 4
        let appends = 100
        // A shell loop per writer, so that the only processes are the writers themselves; it stops at the first
        // failed write.
        let loop = """
            i=1
            while [ "$i" -le \(appends) ]; do
                "$0" log acme-dental --via call --note "p$1-$i" --store "$2" --today \(TemporaryStore.today) || exit 1
                i=$((i + 1))
            done
            """
        let children = try (1...writers).map { p in
            try spawner.start("/bin/sh", ["-c", loop, spawner.executable, "\(p)", store.path])
        }
        let results = try children.map { try $0.wait(timeout: 240) }

        for (p, result) in zip(1..., results) {
            #expect(result.termination == .exited(0), "writer \(p): \(result.stderr)")
            #expect(result.stdout == String(repeating: ReliabilityTests.logged, count: appends))
            #expect(result.stderr == "")
        }
        let document = try clientDocument(store.clientFile("acme-dental"))
        let expectedNotes = (1...writers).flatMap { p in (1...appends).map { "p\(p)-\($0)" } }
        #expect(document.touchpoints.count == writers * appends)
        #expect(Set(document.touchpoints.map(\.note)) == Set(expectedNotes))
        // Each process made its ids from its own clock and randomness, and no two are the same.
        #expect(Set(document.ids).count == writers * appends)
        #expect(document.ids.allSatisfy { $0.count == 26 })
    }

    /// While another process holds the store lock, a write gives up after `RAPPORT_LOCK_TIMEOUT` seconds with a
    /// message saying why, exits 1 and changes nothing; once the lock is free, writing works again.
    @Test func heldLockTimesOutWithAClearErrorAndWritesNothing() throws {
        let store = try TemporaryStore()
        try store.succeed(["init"])
        try store.succeed(["client", "add", "Acme Dental"])
        let spawner = try Spawner(store: store)
        let lock = "\(store.path)/.lock"
        let flock = try #require(
            Spawner.find("flock"), "this test needs flock(1) from util-linux on the PATH to hold the store lock")

        // The shell takes the lock on its own descriptor and becomes `sleep`, so one process holds it and killing
        // that process frees it: `flock FILE sleep 30` would leave a `sleep` holding the lock after a kill.
        let holder = try spawner.start(
            "/bin/sh", ["-c", "exec 9>>\"$1\" && \"$0\" 9 && exec sleep 30", flock, lock])
        try waitUntilLocked(lock, by: holder)

        let before = try store.snapshot()
        let blocked = try spawner.start(
            spawner.executable,
            [
                "log", "acme-dental", "--via", "call", "--note", "blocked", "--store", store.path, "--today",
                TemporaryStore.today,
            ],
            environment: ["RAPPORT_LOCK_TIMEOUT": "0.5"]
        ).wait(timeout: 30)

        #expect(blocked.termination == .exited(1))
        #expect(blocked.stderr.contains("another rapport process has held the store lock \(lock) for over 0.5 s"))
        #expect(blocked.stdout == "")
        #expect(try store.snapshot() == before, "a write that timed out must change nothing")

        holder.kill()
        #expect(try holder.wait(timeout: 10).termination == .signaled(SIGKILL))
        let after = try store.succeed(["log", "acme-dental", "--via", "call", "--note", "after"])
        #expect(after.stdout == ReliabilityTests.logged)
    }

    // MARK: - Helpers

    /// Waits until another process holds the lock file, probing it with a non-blocking `flock` of our own.
    ///
    /// - Parameters:
    ///   - path: the lock file.
    ///   - holder: the process that should take it; if it exits first, the test fails with what it printed.
    /// - Throws: when the lock is not taken within ten seconds.
    private func waitUntilLocked(_ path: String, by holder: Child) throws {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let ended = holder.poll() {
                throw RunFailure(description: "the lock holder exited early (\(ended)): \(holder.readStderr())")
            }
            let fd = open(path, O_RDWR | O_CLOEXEC)
            if fd >= 0 {
                let free = flock(fd, LOCK_EX | LOCK_NB) == 0
                close(fd)  // closing the descriptor releases our probe's lock too
                if !free { return }
            }
            usleep(10_000)
        }
        throw RunFailure(description: "nothing took the lock \(path) within 10 s")
    }

    /// Every temp file in a store directory tree, by its path relative to the store.
    private func tempFiles(in path: String) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: path).filter {
            ($0 as NSString).lastPathComponent.contains(".tmp-")
        }.sorted()
    }

    /// Reads a client file with a plain JSON parser, as a script would, rather than through the store.
    private func clientDocument(_ path: String) throws -> ClientDocument {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let touchpoints = try #require(object["touchpoints"] as? [[String: Any]])
        return ClientDocument(
            touchpoints: try touchpoints.map {
                (id: try #require($0["id"] as? String), note: try #require($0["note"] as? String))
            })
    }
}

/// The parts of a client file these tests look at.
private struct ClientDocument {
    var touchpoints: [(id: String, note: String)]

    var ids: [String] { touchpoints.map(\.id) }
}

// MARK: - The crash run

/// The shape of the crash-safety run.
private enum CrashRun {
    /// How many writes are started.
    static let writes = 300
    /// How many writers run at once: a few more than the two cores, so that writers also wait for the lock.
    static let atOnce = 4

    /// Runs one write as a child process, killing it as planned unless it has exited by then.
    ///
    /// - Parameters:
    ///   - plan: the note to write, and when to kill the writer.
    ///   - spawner: starts the child.
    ///   - store: the store.
    ///   - watch: reports the files created in `clients/`.
    /// - Returns: how it ended and what it printed.
    /// - Throws: when it cannot be started or outlives the timeout.
    static func write(_ plan: WritePlan, with spawner: Spawner, store: TemporaryStore, watching watch: DirectoryWatch)
        throws -> WriteOutcome
    {
        watch.drain()
        let child = try spawner.start(
            spawner.executable,
            [
                "log", "acme-dental", "--via", "call", "--note", plan.note, "--store", store.path, "--today",
                TemporaryStore.today,
            ])
        // The temp file is named after the writer's pid (see DESIGN.md), which tells this writer's apart.
        let prefix = ".acme-dental.json.tmp-\(child.pid)-"
        var sawTempFile = false
        switch plan.kill {
        case .never:
            break
        case .after(let delay):
            usleep(useconds_t(delay * 1_000_000))
            if child.poll() == nil { child.kill() }
        case .inWrite(let delay):
            sawTempFile = watch.wait(forNameWithPrefix: prefix, while: child)
            if sawTempFile {
                usleep(useconds_t(delay * 1_000_000))
                if child.poll() == nil { child.kill() }
            }
        }
        let result = try child.wait(timeout: 60)
        // Look before the next writer opens the store and removes it.
        let leftTempFile =
            result.termination == .signaled(SIGKILL)
            && ((try? FileManager.default.contentsOfDirectory(atPath: "\(store.path)/clients")) ?? []).contains {
                $0.hasPrefix(prefix)
            }
        return WriteOutcome(
            note: plan.note, termination: result.termination, stdout: result.stdout, stderr: result.stderr,
            sawTempFile: sawTempFile, leftTempFile: leftTempFile)
    }
}

/// When a writer of the crash run is killed.
private enum Kill: Sendable, Equatable {
    /// It is left to finish.
    case never
    /// At a random moment: this many seconds after it was started.
    case after(Double)
    /// Inside its write: this many seconds after its temp file appeared, which is while it writes, flushes or
    /// renames the temp file, or just after.
    case inWrite(Double)

    /// The three kinds of plan, for counting them.
    enum Kind {
        case never, atRandom, inWrite
    }

    var kind: Kind {
        switch self {
        case .never: .never
        case .after: .atRandom
        case .inWrite: .inWrite
        }
    }

    /// The latest random moment.
    ///
    /// A debug build of rapport takes about 40 ms to start and 90 ms for a whole write when alone, longer when
    /// four share two cores, so kills spread over this range land before, during and after the write; a range of
    /// a few tens of milliseconds would kill nearly every writer before it opens the store.
    static let latest = 0.15
    /// The latest kill after the temp file appeared: the write, its fsync, the rename and the directory's fsync
    /// take a few milliseconds.
    static let latestInWrite = 0.004

    /// Draws a plan: two in five writers are left alone, and the rest split between the two kinds of kill.
    ///
    /// Random moments alone would rarely land inside the write, which takes a few milliseconds of a writer's
    /// hundred, hence the kills aimed at it.
    static func random(using generator: inout some RandomNumberGenerator) -> Kill {
        switch Int.random(in: 0..<5, using: &generator) {
        case 0, 1: .never
        case 2, 3: .after(Double.random(in: 0...latest, using: &generator))
        default: .inWrite(Double.random(in: 0...latestInWrite, using: &generator))
        }
    }
}

/// One planned write: its unique note, and when to kill its writer.
private struct WritePlan: Sendable {
    var note: String
    var kill: Kill
}

/// How one write of the crash run ended.
private struct WriteOutcome: Sendable, Equatable {
    var note: String
    var termination: Termination
    var stdout: String
    var stderr: String
    /// Whether the writer was seen creating its temp file before a kill aimed at its write.
    var sawTempFile: Bool
    /// Whether its temp file was still there right after it was killed.
    var leftTempFile: Bool

    var summary: String { "\(note): \(termination) \(stdout)\(stderr)" }
}

/// Reports the names of files created in a directory, with inotify, so that a kill can follow a file's creation by
/// a fraction of a millisecond without polling the directory.
private final class DirectoryWatch {
    private let fd: Int32

    /// Starts watching.
    ///
    /// - Parameter path: the directory.
    /// - Throws: `RunFailure` when inotify is unavailable.
    init(_ path: String) throws {
        fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard fd >= 0 else { throw RunFailure(description: "inotify_init1: \(String(cString: strerror(errno)))") }
        guard inotify_add_watch(fd, path, UInt32(IN_CREATE)) >= 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw RunFailure(description: "cannot watch \(path): \(message)")
        }
    }

    deinit {
        close(fd)
    }

    /// Discards the events so far, which came from earlier writers.
    func drain() {
        _ = names()
    }

    /// Waits until a file whose name starts with a prefix is created, or the child exits.
    ///
    /// - Parameters:
    ///   - prefix: the start of the name.
    ///   - child: the process expected to create it.
    /// - Returns: whether the file was created while the child ran.
    func wait(forNameWithPrefix prefix: String, while child: Child) -> Bool {
        var events = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while child.poll() == nil {
            if poll(&events, 1, 5) > 0, names().contains(where: { $0.hasPrefix(prefix) }) {
                return true
            }
        }
        return false
    }

    /// The names of the files created since the last call.
    private func names() -> [String] {
        var names: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { return names }
            // Each event is a fixed header followed by `len` bytes of NUL-padded name.
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let length = buffer.withUnsafeBytes {
                    Int($0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self).len)
                }
                let name = buffer[(offset + header)..<(offset + header + length)].prefix { $0 != 0 }
                names.append(String(decoding: name, as: UTF8.self))
                offset += header + length
            }
        }
    }
}

/// Hands out the writes of the crash run to the worker threads and collects how each ended.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var outcomes: [Result<WriteOutcome, any Error>?]

    init(count: Int) {
        outcomes = Array(repeating: nil, count: count)
    }

    /// The next write to run, or nil when all have been handed out.
    func take() -> Int? {
        lock.withLock {
            guard next < outcomes.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func record(_ index: Int, _ outcome: Result<WriteOutcome, any Error>) {
        lock.withLock { outcomes[index] = outcome }
    }

    /// Every outcome, in the order of the plan.
    var results: [Result<WriteOutcome, any Error>] {
        lock.withLock {
            outcomes.map { $0 ?? .failure(RunFailure(description: "a write was never run")) }
        }
    }
}

/// Runs a body on several threads at once and waits for all of them.
///
/// Threads rather than `concurrentPerform`, which may run no more bodies at once than there are cores.
///
/// - Parameters:
///   - count: how many threads.
///   - body: what each runs, given its number.
private func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.start()
    }
    group.wait()
}

// MARK: - Child processes

/// How a child process ended.
private enum Termination: Sendable, Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    /// Decodes a `waitpid` status; the C macros for this are not visible to Swift.
    init(waitStatus status: Int32) {
        if status & 0x7f == 0 {
            self = .exited((status >> 8) & 0xff)
        } else {
            self = .signaled(status & 0x7f)
        }
    }

    var description: String {
        switch self {
        case .exited(let code): "exit status \(code)"
        case .signaled(let signal): "killed by signal \(signal)"
        }
    }
}

/// How a child process ended, and what it printed.
private struct ChildResult: Sendable {
    var termination: Termination
    var stdout: String
    var stderr: String
}

/// Starts processes the way `CLI` runs them (same environment, stdin from `/dev/null`, output to files), but
/// without waiting for them.
private struct Spawner: Sendable {
    /// The rapport executable.
    let executable: String
    /// Where the children's output files go.
    let outputDirectory: String
    /// The children's environment, as `CLI` builds it.
    let environment: [String: String]

    init(store: TemporaryStore) throws {
        executable = store.cli.executable.path
        outputDirectory = store.root.appendingPathComponent("output").path
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment.filter { name, _ in
            name != "RAPPORT_STORE" && !name.hasPrefix("XDG_") && name != "RAPPORT_LOCK_TIMEOUT"
        }
        environment["NO_COLOR"] = "1"
        environment["HOME"] = store.root.path
        self.environment = environment
    }

    /// Starts a process.
    ///
    /// - Parameters:
    ///   - path: the executable.
    ///   - arguments: its arguments, after its name.
    ///   - environment: variables to add to the children's environment.
    /// - Returns: the running child.
    /// - Throws: `RunFailure` when it cannot be started.
    func start(_ path: String, _ arguments: [String], environment extra: [String: String] = [:]) throws -> Child {
        let name = UUID().uuidString
        return try Child(
            path, arguments,
            environment: environment.merging(extra) { $1 }.map { "\($0)=\($1)" },
            stdout: "\(outputDirectory)/\(name).out", stderr: "\(outputDirectory)/\(name).err")
    }

    /// Looks up a command on the PATH.
    ///
    /// - Parameter command: its name.
    /// - Returns: its full path, or nil when it is not installed.
    static func find(_ command: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(command)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}

/// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), looked up at run time because `spawn.h`
/// declares it only for `_GNU_SOURCE`, which Swift's Glibc module does not define.
private let spawnAddCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32)? =
    dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addclosefrom_np").map {
        unsafeBitCast(
            $0, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)
    }

/// A child process started with `posix_spawn` in a process group of its own, which the test reaps itself.
///
/// Reaping it ourselves (rather than through `Process`) means its pid stays ours until `waitpid` returns, so a
/// SIGKILL sent at a random moment can never reach an unrelated process that reused the pid. The process group
/// lets one signal reach whatever it started, such as the writes of a shell loop. A child the test did not wait
/// for, because the test failed, is killed and reaped when it is released, so no test leaves processes behind.
private final class Child {
    let pid: pid_t
    /// The command line, for error messages.
    private let command: String
    private let stdoutPath: String
    private let stderrPath: String
    private var ended: Termination?

    /// Starts the process.
    ///
    /// - Parameters:
    ///   - path: the executable.
    ///   - arguments: its arguments after its name.
    ///   - environment: its whole environment, as `NAME=value`.
    ///   - stdout: the file its standard output goes to.
    ///   - stderr: the file its standard error goes to.
    /// - Throws: `RunFailure` when `posix_spawn` fails.
    init(_ path: String, _ arguments: [String], environment: [String], stdout: String, stderr: String) throws {
        command = ([path] + arguments).joined(separator: " ")
        stdoutPath = stdout
        stderrPath = stderr
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Nothing else of the test process leaks in. `Process` learns that its child exited when a socket the child
        // holds closes; a child of ours that inherited that socket, as a spawn racing with a `CLI.run` of a test
        // running in parallel could, would keep that test waiting for as long as ours runs.
        guard let addCloseFrom = spawnAddCloseFrom, addCloseFrom(&actions, 3) == 0 else {
            throw RunFailure(description: "posix_spawn_file_actions_addclosefrom_np (glibc 2.34 or later) is missing")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A child inherits the signal mask of the thread that starts it, and the test's threads block most signals,
        // as dispatch's worker threads do; a rapport started with them blocked would ignore a SIGTERM.
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard code == 0 else {
            throw RunFailure(description: "cannot start \(path): \(String(cString: strerror(code)))")
        }
        self.pid = pid
    }

    deinit {
        if ended == nil {
            kill()
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
        unlink(stdoutPath)
        unlink(stderrPath)
    }

    /// How the child ended, reaping it, or nil while it runs.
    @discardableResult
    func poll() -> Termination? {
        if let ended { return ended }
        var status: Int32 = 0
        var reaped = waitpid(pid, &status, WNOHANG)
        while reaped == -1 && errno == EINTR {
            reaped = waitpid(pid, &status, WNOHANG)
        }
        if reaped == pid {
            ended = Termination(waitStatus: status)
        }
        return ended
    }

    /// Sends SIGKILL to the child's process group, unless the child has been reaped and its pid may be reused.
    func kill() {
        guard ended == nil else { return }
        _ = Glibc.kill(-pid, SIGKILL)
    }

    /// Waits for the child to end.
    ///
    /// - Parameter timeout: how long it may still run, in seconds; then it is killed and the test fails.
    /// - Returns: how it ended and what it printed.
    /// - Throws: `RunFailure` when it outlives the timeout.
    func wait(timeout: TimeInterval) throws -> ChildResult {
        let deadline = Date().addingTimeInterval(timeout)
        while poll() == nil {
            if Date() > deadline {
                kill()
                while poll() == nil { usleep(1_000) }
                throw RunFailure(description: "\(command) ran longer than \(timeout) s and was killed")
            }
            usleep(1_000)
        }
        return ChildResult(termination: try #require(ended), stdout: readStdout(), stderr: readStderr())
    }

    /// What the child has printed so far.
    func readStdout() -> String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }

    /// What the child has printed on its standard error so far.
    func readStderr() -> String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
}
