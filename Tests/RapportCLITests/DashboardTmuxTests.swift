import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The dashboard end to end: the real binary in a real terminal, which tmux provides, driven with keys and read
/// back from the screen and from the store's files.
///
/// Every test has its own tmux server and its own demo store dated 2026-11-29 (a Sunday), on which Cedar Vet
/// Clinic heads the overdue pane at 26 days without contact. The tests read the row counts in the pane titles rather
/// than knowing them, so that the demo can grow.
@Suite struct DashboardTmuxTests {
    /// What the whole dashboard shows: the header's date, the four pane titles up to their counts, and the hint bar.
    static let dashboardTexts = [
        "Sun 29 Nov 2026", "1 Clients (", "2 Upcoming visits (", "3 Overdue contact (", "4 Renewals (", "? help",
    ]

    @Test func addingAClientThroughTheFormWritesItsFile() throws {
        let dashboard = try TmuxDashboard.open()
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let opened = try tmux.waitForScreen(showing: "1 Clients (", "? help")
        let clients = try #require(paneCount("1 Clients", in: opened), "no count in the title:\n\(opened)")

        try tmux.press("1", "a", "c")
        try tmux.waitForScreen(showing: "New client", "Name")
        try tmux.type("Harlow Print Works")
        try tmux.waitForScreen(showing: "Name Harlow Print Works")
        try tmux.press("Enter")
        try tmux.waitForScreen(showing: "Saved: Harlow Print Works", "1 Clients (\(clients + 1))")

        let path = dashboard.store.clientFile("harlow-print-works")
        #expect(FileManager.default.fileExists(atPath: path), "no file at \(path)")
        #expect(try dashboard.client("harlow-print-works").name == "Harlow Print Works")
    }

    @Test func loggedContactLeavesTheOverduePane() throws {
        let dashboard = try TmuxDashboard.open()
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let before = try dashboard.client("cedar-vet-clinic").touchpoints
        let opened = try tmux.waitForScreen(showing: "3 Overdue contact (", "? help")
        let overdue = try #require(paneRows(titled: "3 Overdue contact", in: opened), "no overdue pane:\n\(opened)")
        let count = try #require(paneCount("3 Overdue contact", in: opened), "no count in the title:\n\(opened)")
        #expect(overdue.contains { $0.contains("Cedar Vet Clinic") && $0.contains("26d") }, "\(overdue)")

        try tmux.press("3")
        // A focused pane has a double border.
        try tmux.waitForScreen(showing: "╔═ 3 Overdue contact (")
        try tmux.press("l")
        try tmux.waitForScreen(showing: "Log contact", "Client Cedar Vet Clinic")
        // Client, Via, Day and By keep what the form offers; the note is four fields down.
        try tmux.press("Tab", "Tab", "Tab", "Tab")
        try tmux.type("Called from the tmux test")
        try tmux.waitForScreen(showing: "Note Called from the tmux test")
        try tmux.press("Enter")
        let saved = try tmux.waitForScreen(
            showing: "Saved: Cedar Vet Clinic: logged a call on Sun 29 Nov", "3 Overdue contact (\(count - 1))")

        let rows = try #require(paneRows(titled: "3 Overdue contact", in: saved), "no overdue pane:\n\(saved)")
        #expect(rows.contains { $0.contains("›") }, "the pane should still list the others: \(rows)")
        #expect(!rows.contains { $0.contains("Cedar Vet") }, "the pane still lists Cedar Vet Clinic: \(rows)")
        let after = try dashboard.client("cedar-vet-clinic").touchpoints
        #expect(after.count == before.count + 1)
        #expect(
            after.contains { $0.on == "2026-11-29" && $0.via == "call" && $0.note == "Called from the tmux test" },
            "no such touchpoint in \(after)")
    }

    /// Below 40×10 the dashboard says how big it needs to be; back at 100×30 it draws exactly what it drew at first.
    @Test func resizeStormLeavesAWorkingDashboard() throws {
        let dashboard = try TmuxDashboard.open()
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let opened = try tmux.waitForScreen(showing: Self.dashboardTexts)
        let pid = try dashboard.pid()

        // Sizes around both thresholds (80×24 for the grid, 40×10 for anything at all), far below and far above,
        // sent as fast as tmux takes them, so that many arrive while a frame is still being drawn.
        let sizes = [
            (80, 24), (39, 10), (120, 40), (40, 9), (20, 5), (79, 23), (1, 1), (200, 60), (40, 10), (30, 8),
            (100, 30), (60, 15), (10, 3), (81, 25), (2, 40), (150, 2),
        ]
        for _ in 0..<4 {
            for (width, height) in sizes { try tmux.resize(width: width, height: height) }
        }

        for (width, height) in [(39, 10), (40, 9), (30, 8)] {
            try tmux.resize(width: width, height: height)
            try tmux.waitForScreen(showing: "too small, need 40×10", "now \(width)×\(height)")
        }
        try tmux.resize(width: 100, height: 30)
        let restored = try tmux.waitForScreen("the dashboard as it first opened") { $0 == opened }
        for text in Self.dashboardTexts {
            #expect(restored.contains(text), "\(text) is missing")
        }
        #expect(try tmux.size() == "100x30")
        #expect(kill(pid, 0) == 0, "the dashboard is no longer running")
        #expect(!dashboard.hasEnded)
    }

    /// `q` quits with 0; Ctrl-C quits the same way, with the status of an interrupt, 128 + SIGINT's 2.
    @Test(arguments: [("q", 0), ("C-c", 130)])
    func quitRestoresTheTerminal(key: String, status: Int32) throws {
        let dashboard = try TmuxDashboard.open(through: .demoCommand)
        defer { dashboard.close() }
        try dashboard.tmux.waitForScreen(showing: Self.dashboardTexts)

        try dashboard.tmux.press(key)
        let ending = try dashboard.ending()

        #expect(ending.status == status)
        expectRestored(ending)
    }

    /// SIGTERM asks the dashboard to stop the way `q` does, so the terminal comes back the same.
    @Test func sigtermRestoresTheTerminal() throws {
        let dashboard = try TmuxDashboard.open()
        defer { dashboard.close() }
        try dashboard.tmux.waitForScreen(showing: Self.dashboardTexts)
        let pid = try dashboard.pid()

        #expect(kill(pid, SIGTERM) == 0)
        let ending = try dashboard.ending()

        // 128 + 15, as a shell reports a program that SIGTERM ended.
        #expect(ending.status == 143)
        expectRestored(ending)
        // The shell has reaped it, so nothing has that process id any more.
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the dashboard is still running")
    }

    /// A technician's day: `0` shows today's visits with where to go and whom to ask for, and the follow-up due;
    /// `l` on the follow-up logs the contact, which then shows the follow-up done and writes the touchpoint.
    @Test(arguments: [(80, 24), (200, 60)])
    func todayViewShowsTheDayAndLogsTheFollowUpDue(width: Int, height: Int) throws {
        let dashboard = try TmuxDashboard.open(
            through: .demoThen([
                [
                    "log", "acme-dental", "--via", "call", "--on", "2026-11-26", "--by", "js", "--note", "New printer",
                    "--follow-up", "today",
                ]
            ]), width: width, height: height)
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        try tmux.waitForScreen(showing: "1 Clients (", "? help")

        try tmux.press("0")
        // Waiting for every line, not only the title: the terminal may be caught halfway through the redraw.
        try tmux.waitForScreen(showing: [
            "[0 Today]", "╔═ 0 Today (", "09:00     Acme Dental · js", "12 Main St, Springfield (25 min away)",
            "Ask for Dana Ruiz, Office manager, +1 555 0100", "Last visit Sun 22 Nov: Updated firewall firmware",
            "10:00     Bolt & Partners Law · js", "Note: Server migration",
            "follow-up Acme Dental: call on Thu 26 Nov by js: New printer",
            "overdue   Granite Builders: call on Mon 23 Nov by js, due Fri 27 Nov:",
        ])

        // The selection starts on the first visit; the follow-up is the line after the two visits' nine.
        try tmux.press("j", "j", "j", "j", "j", "j", "j", "j", "j")
        try tmux.waitForScreen(showing: "› follow-up Acme Dental")
        try tmux.press("l")
        try tmux.waitForScreen(showing: "Log contact", "Client Acme Dental")
        try tmux.press("Tab", "Tab", "Tab", "Tab")
        try tmux.type("Printer ordered")
        try tmux.waitForScreen(showing: "Note Printer ordered")
        try tmux.press("Enter")
        let saved = try tmux.waitForScreen(showing: "Saved: Acme Dental: logged a call on Sun 29 Nov")
        let followUp = try #require(
            saved.split(separator: "\n").first { $0.contains("follow-up Acme Dental") }, "no follow-up:\n\(saved)")
        #expect(followUp.hasSuffix("done║"), "the follow-up is not done: \(followUp)")
        #expect(saved.contains("contact   Acme Dental: call"), "no contact logged today:\n\(saved)")
        #expect(saved.contains("Printer ordered"), "no note of the contact:\n\(saved)")

        let touchpoints = try dashboard.client("acme-dental").touchpoints
        #expect(
            touchpoints.contains { $0.on == "2026-11-29" && $0.via == "call" && $0.note == "Printer ordered" },
            "no such touchpoint in \(touchpoints)")
    }

    /// Quitting from a form that holds typed input asks first; `n` goes back to the form, `y` quits and saves nothing.
    @Test func quitWithTypedInputAsksFirst() throws {
        let dashboard = try TmuxDashboard.open()
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        try tmux.waitForScreen(showing: "1 Clients (", "? help")
        try tmux.press("1", "a", "c")
        try tmux.waitForScreen(showing: "New client")
        try tmux.type("Half typed")
        try tmux.waitForScreen(showing: "Name Half typed")

        // In a text field `q` is a letter, so Ctrl-C is the quit that a form can hear.
        try tmux.press("C-c")
        try tmux.waitForScreen(showing: "Discard what you typed and quit? y / n")
        try tmux.press("n")
        try tmux.waitForScreen("the form back, with its input") { screen in
            screen.contains("Name Half typed") && !screen.contains("Discard what you typed")
        }
        try tmux.press("C-c")
        try tmux.waitForScreen(showing: "Discard what you typed and quit? y / n")
        try tmux.press("y")
        let ending = try dashboard.ending()

        // The yes answers the Ctrl-C, so the exit status is an interrupt's.
        #expect(ending.status == 130)
        expectRestored(ending)
        #expect(!FileManager.default.fileExists(atPath: dashboard.store.clientFile("half-typed")))
    }

    @Test func wideCharactersTypedInAFormAreStoredExactly() throws {
        let dashboard = try TmuxDashboard.open()
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let name = "Zürich 東京 GmbH"
        let before = Set(try dashboard.clientFiles())
        let opened = try tmux.waitForScreen(showing: "1 Clients (", "? help")
        let clients = try #require(paneCount("1 Clients", in: opened), "no count in the title:\n\(opened)")

        try tmux.press("1", "a", "c")
        try tmux.waitForScreen(showing: "New client")
        try tmux.type(name)
        try tmux.waitForScreen(showing: "Name \(name)")
        try tmux.press("Enter")
        try tmux.waitForScreen(showing: "Saved: \(name)", "1 Clients (\(clients + 1))")

        let added = Set(try dashboard.clientFiles()).subtracting(before)
        let file = try #require(added.first, "no new client file")
        #expect(added.count == 1, "more than one new file: \(added)")
        let stored = try dashboard.client(String(file.dropLast(".json".count))).name
        // Scalar by scalar: `==` on strings would also accept a differently composed ü.
        #expect(Array(stored.unicodeScalars) == Array(name.unicodeScalars), "stored as \(stored.debugDescription)")
    }

    /// A form field holds more than it shows; while it has focus, what was just typed must stay in view.
    @Test func typingPastAFieldsWidthKeepsTheEndInView() throws {
        let dashboard = try TmuxDashboard.open()
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        try tmux.waitForScreen(showing: "3 Overdue contact (", "? help")
        try tmux.press("3", "l")
        try tmux.waitForScreen(showing: "Log contact", "Client Cedar Vet Clinic")
        try tmux.press("Tab", "Tab", "Tab", "Tab")
        let noteRow = try Tmux.waitUntil("the cursor in the empty Note field") { () throws -> Int? in
            let (x, y) = try tmux.cursor()
            let rows = try tmux.screen().split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
            guard rows.indices.contains(y), x >= 5, rows[y].count >= x else { return nil }
            return String(rows[y][(x - 5)..<x]) == "Note " ? y : nil
        }

        // 46 characters, more than the field's width. Tab then Shift-Tab come back to the note once every letter
        // has been taken, so the screen is read only after that.
        try tmux.type("Asked about the new laptops for the front desk")
        try tmux.press("Tab")
        try Tmux.waitUntil("the cursor to leave the Note field") { try tmux.cursor().y != noteRow ? true : nil }
        try tmux.press("BTab")
        try Tmux.waitUntil("the cursor back in the Note field") { try tmux.cursor().y == noteRow ? true : nil }

        let screen = try tmux.screen()
        let row = screen.split(separator: "\n", omittingEmptySubsequences: false)[noteRow]
        #expect(row.contains("front desk"), "the note field shows only its start:\n\(screen)")
    }

    /// The agreement form of an agreement that stands saves only the field the user changed, from today: every
    /// other part set with the command line stays, and the agreement reads the same before today.
    @Test func agreementFormChangesOnlyTheFeeFromToday() throws {
        let dashboard = try TmuxDashboard.open(
            through: .commands([
                ["init", "--technician", "js=Jo Smith", "--technician", "mk=Mo Khan"],
                ["client", "add", "Acme Dental"],
                [
                    "agreement", "set", "acme-dental", "--kind", "block", "--fee", "900", "--start", "2026-01-15",
                    "--term", "12", "--visits", "FREQ=MONTHLY;BYDAY=1TU,3TU", "--visit-time", "09:00",
                    "--technician", "js", "--contact-every", "21", "--survey-lead", "45", "--survey-cadence",
                    "quarterly", "--hours", "20", "--minimum-hours", "1", "--discount", "15", "--trip-charge", "45",
                    "--after-hours-waived", "--onsite-hours", "4", "--phone-minutes", "30", "--remote-hours", "1",
                ],
                ["proposal", "acme-dental", "--on", "2026-11-20"],
                ["hours", "add", "acme-dental", "--hours", "2", "--on", "2026-11-20"],
            ]))
        defer { dashboard.close() }
        let tmux = dashboard.tmux
        let show = { (day: String) in try dashboard.store.succeed(["client", "show", "acme-dental"], today: day).stdout
        }
        let (yesterday, today) = (try show("2026-11-28"), try show(TmuxDashboard.today))

        try tmux.waitForScreen(showing: "1 Clients (1)", "MRR $900")
        try tmux.press("t")
        try tmux.waitForScreen(showing: "Agreement: Acme Dental", "Monthly fee 900.00", "Changes from 2026-11-29")
        // Typing edits the fee the form filled in; Ctrl-U clears it first, as on a shell's command line.
        try tmux.press("Tab", "C-u")
        try tmux.type("1000")
        try tmux.waitForScreen(showing: "Monthly fee 1000")
        try tmux.press("Enter")
        try tmux.waitForScreen(showing: "Saved: Acme Dental: set the agreement from Sun 29 Nov", "MRR $1,000")

        #expect(try show("2026-11-28") == yesterday, "a day before the change reads as it did")
        let after = try show(TmuxDashboard.today).split(separator: "\n")
        #expect(after.count == today.split(separator: "\n").count)
        let changed = zip(today.split(separator: "\n"), after).filter { $0 != $1 }
        #expect(changed.map(\.1) == ["Fee              $1,000.00 a month"])

        // In the file, the term in force stops today and a new one starts with the new fee and everything else as
        // it was; the proposal and the hours top-up stay with the days they belong to.
        let json = try JSONValue(parsing: dashboard.store.succeed(["client", "show", "acme-dental", "--json"]).stdout)
        guard case .object(let report) = json, case .object(let client)? = report["client"],
            case .array(let terms)? = client["terms"], terms.count == 2, case .object(var before) = terms[0],
            case .object(var from) = terms[1]
        else {
            Issue.record("not two terms in \(json)")
            return
        }
        #expect(before["until"] == .string(TmuxDashboard.today))
        #expect(from["start"] == .string(TmuxDashboard.today))
        #expect(before["monthlyFee"] == .string("900.00"))
        #expect(from["monthlyFee"] == .string("1000.00"))
        #expect(before["proposalSent"] == .string("2026-11-20"))
        for key in ["id", "start", "until", "monthlyFee", "changedAt", "changedBy", "proposalSent", "hoursBank"] {
            before[key] = nil
            from[key] = nil
        }
        #expect(before == from)
    }

    /// Checks that the dashboard left the terminal as it found it: line editing and echo back on, every setting
    /// the same as before it started.
    private func expectRestored(_ ending: TmuxDashboard.Ending, sourceLocation: SourceLocation = #_sourceLocation) {
        let settings = Set(
            ending.terminalAfter.split(whereSeparator: { $0.isWhitespace || $0 == ";" }).map(String.init))
        #expect(settings.isSuperset(of: ["icanon", "echo"]), "\(ending.terminalAfter)", sourceLocation: sourceLocation)
        #expect(
            settings.isDisjoint(with: ["-icanon", "-echo"]), "\(ending.terminalAfter)", sourceLocation: sourceLocation)
        #expect(ending.terminalAfter == ending.terminalBefore, sourceLocation: sourceLocation)
    }
}

/// The number of rows a pane's title gives, such as 3 in `3 Overdue contact (3)`.
///
/// - Parameters:
///   - title: the title before the count.
///   - screen: a captured screen.
/// - Returns: the count, or nil when no title reads like that.
func paneCount(_ title: String, in screen: String) -> Int? {
    guard let opening = screen.range(of: "\(title) (") else { return nil }
    return Int(screen[opening.upperBound...].prefix { $0.isNumber })
}

/// The rows inside a pane's box, between its side borders, title and bottom border left out.
///
/// It counts characters as columns, which holds for box-drawing characters and for the demo's names in the panes
/// on the left; a wide character to the left of the pane would shift it.
///
/// - Parameters:
///   - title: the start of the pane's title, such as `3 Overdue contact`.
///   - screen: a captured screen.
/// - Returns: the rows, or nil when no pane has that title.
private func paneRows(titled title: String, in screen: String) -> [String]? {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    for (index, line) in lines.enumerated() {
        for start in line.indices where "┌╔".contains(line[start]) {
            let label = Array("═ \(title)")
            let plainLabel = Array("─ \(title)")
            let after = line[(start + 1)...]
            guard after.starts(with: label) || after.starts(with: plainLabel),
                let end = after.firstIndex(where: { "┐╗".contains($0) })
            else { continue }
            var rows: [String] = []
            for below in lines[(index + 1)...] {
                guard below.count > end, !"└╚".contains(below[start]) else { break }
                rows.append(String(below[(start + 1)..<end]))
            }
            return rows
        }
    }
    return nil
}

/// One dashboard on its own demo store, running in its own tmux server under a shell that notes its process id
/// and, once it ends, its exit status and the terminal's settings.
final class TmuxDashboard {
    /// How the dashboard is opened.
    enum Opening {
        /// `rapport demo --dir STORE`, which builds the store and opens the dashboard on it.
        case demoCommand
        /// `rapport --store STORE`, on a demo store built beforehand without a terminal.
        case storeOption
        /// `rapport --store STORE`, on a store these commands build beforehand, each run with `--today`.
        case commands([[String]])
        /// `rapport --store STORE`, on a demo store that these commands then change, each run with `--today`.
        case demoThen([[String]])
        /// `rapport --store STORE`, on a demo store shared by `rapport sync init` through a bare repository at
        /// `remote.git` beside the store.
        case demoShared
    }

    /// How the dashboard ended.
    struct Ending {
        var status: Int32
        /// `stty -a` before the dashboard started.
        var terminalBefore: String
        /// `stty -a` after it ended.
        var terminalAfter: String
    }

    /// The day a dashboard is opened on unless a test says otherwise: a Sunday.
    static let today = "2026-11-29"

    let store: TemporaryStore
    let tmux: Tmux
    /// The `--today` of the store's commands and of the dashboard.
    let today: String

    private init(store: TemporaryStore, tmux: Tmux, today: String) {
        self.store = store
        self.tmux = tmux
        self.today = today
    }

    /// Builds a demo store and opens the dashboard on it in a tmux window, 100×30 unless a test says otherwise.
    ///
    /// - Parameters:
    ///   - opening: which command opens it.
    ///   - today: the day the store is built around and the dashboard opened on.
    ///   - width: the window's columns.
    ///   - height: the window's rows.
    /// - Returns: the running dashboard; `close()` it when done.
    /// - Throws: when tmux is missing, the store cannot be built, or the session does not start.
    static func open(
        through opening: Opening = .storeOption, today: String = TmuxDashboard.today, width: Int = 100,
        height: Int = 30
    ) throws -> TmuxDashboard {
        let tmux = try Tmux()
        let dashboard = TmuxDashboard(store: try TemporaryStore(), tmux: tmux, today: today)
        do {
            try dashboard.start(through: opening, width: width, height: height)
        } catch {
            dashboard.close()
            throw error
        }
        return dashboard
    }

    /// Builds the store if the dashboard does not, and starts the session.
    ///
    /// - Parameters:
    ///   - opening: which command opens it.
    ///   - width: the window's columns.
    ///   - height: the window's rows.
    /// - Throws: when the store cannot be built or the session does not start.
    private func start(through opening: Opening, width: Int, height: Int) throws {
        let rapport: [String]
        switch opening {
        case .demoCommand:
            rapport = ["demo", "--dir", store.path, "--today", today]
        case .storeOption, .demoThen, .demoShared:
            let built = try store.cli.run(["demo", "--dir", store.path, "--today", today])
            try #require(built.status == 0, "rapport demo failed: \(built.stderr)")
            if case .demoThen(let commands) = opening {
                for command in commands { try store.succeed(command, today: today) }
            }
            if case .demoShared = opening {
                try runGit(["init", "-q", "--bare", remote], home: store.root)
                try store.succeed(["sync", "init", "--remote", remote], today: today)
            }
            rapport = ["--store", store.path, "--today", today]
        case .commands(let commands):
            for command in commands { try store.succeed(command, today: today) }
            rapport = ["--store", store.path, "--today", today]
        }
        let command = ([store.cli.executable.path] + rapport).map(shellQuoted).joined(separator: " ")
        // The inner shell notes its own id and then becomes rapport, so the id is rapport's.
        let script = """
            unset RAPPORT_STORE XDG_DATA_HOME
            export HOME=\(shellQuoted(store.root.path)) TERM=xterm-256color SWIFT_BACKTRACE=enable=no
            export LC_ALL=\(Tmux.utf8Locale) LANG=\(Tmux.utf8Locale)
            stty -a > \(file("stty-before"))
            sh -c 'echo $$ > "$0" && exec "$@"' \(file("pid")) \(command)
            status=$?
            stty -a > \(file("stty-after"))
            echo "$status" > \(file("status.partial"))
            mv \(file("status.partial")) \(file("status"))

            """
        let scriptURL = store.root.appendingPathComponent("dashboard.sh")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        try tmux.start("sh \(shellQuoted(scriptURL.path))", width: width, height: height)
    }

    /// The bare repository a `.demoShared` store is shared through.
    var remote: String { store.root.appendingPathComponent("remote.git").path }

    /// The dashboard's process id, once the shell has written it.
    ///
    /// - Returns: the id.
    /// - Throws: `RunFailure` when it never appears.
    func pid() throws -> pid_t {
        let path = store.root.appendingPathComponent("pid").path
        return try Tmux.waitUntil("the dashboard's process id") {
            (try? String(contentsOfFile: path, encoding: .utf8)).flatMap {
                pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
    }

    /// Whether the dashboard has ended and the shell has noted how.
    var hasEnded: Bool {
        FileManager.default.fileExists(atPath: store.root.appendingPathComponent("status").path)
    }

    /// Waits for the dashboard to end.
    ///
    /// - Returns: its exit status and the terminal settings before and after.
    /// - Throws: `RunFailure` when it does not end in time.
    func ending() throws -> Ending {
        let root = store.root
        let status = try Tmux.waitUntil("the dashboard to end") {
            (try? String(contentsOf: root.appendingPathComponent("status"), encoding: .utf8)).flatMap {
                Int32($0.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        return Ending(
            status: status,
            terminalBefore: try String(contentsOf: root.appendingPathComponent("stty-before"), encoding: .utf8),
            terminalAfter: try String(contentsOf: root.appendingPathComponent("stty-after"), encoding: .utf8))
    }

    /// The names of the files in the store's `clients` directory.
    func clientFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(store.path)/clients").filter { $0.hasSuffix(".json") }
    }

    /// A client's file, decoded as far as these tests look.
    ///
    /// - Parameter id: the client's id.
    /// - Returns: the client.
    /// - Throws: when the file is missing or does not decode.
    func client(_ id: String) throws -> StoredClient {
        let data = try Data(contentsOf: URL(fileURLWithPath: store.clientFile(id)))
        return try JSONDecoder().decode(StoredClient.self, from: data)
    }

    /// Stops the tmux server and with it the dashboard; the store goes when the last reference does.
    func close() {
        tmux.kill()
    }

    /// A file in the scratch directory, quoted for the shell.
    private func file(_ name: String) -> String {
        shellQuoted(store.root.appendingPathComponent(name).path)
    }
}

/// The parts of a client file these tests read.
struct StoredClient: Decodable {
    /// One logged contact.
    struct Touchpoint: Decodable {
        var on: String
        var via: String
        var note: String?
    }

    var name: String
    var address: String?
    var touchpoints: [Touchpoint]
}

/// Quotes a word for `sh`, whatever characters it holds.
///
/// - Parameter word: the word.
/// - Returns: the word in single quotes, any single quote in it written as `'\''`.
private func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
