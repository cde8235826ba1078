import ArgumentParser
import Foundation
import RapportCore
import RapportReports
import RapportTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Opens the dashboard on a store, or says why it cannot.
enum Dashboard {
    /// Runs the dashboard until the user quits. Without a terminal it prints the summary instead.
    ///
    /// - Parameters:
    ///   - context: the opened store and today.
    ///   - technician: the technician whose visits, agenda and week show at first, or nil for everyone's.
    /// - Throws: `CLIError` when the terminal cannot be set up, and `ExitCode` 130 after Ctrl-C, or 128 plus the
    ///   signal's number after a signal, once the terminal is restored.
    static func open(_ context: CommandContext, technician: String?) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            try context.show(SummaryReport(context.portfolio, today: context.today), json: false)
            print("\nThe dashboard needs a terminal; the reports work anywhere (rapport help).")
            return
        }
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CLIError("\(error)")
        }
        let clock = context.followsClock ? DayTime.localNow : nil
        let status = DashboardApp(
            store: context.store, now: context.now, terminal: terminal, clock: clock, technician: technician,
            sync: .git(store: context.store.path)
        ).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// Prints the dashboard's first frame as text, as a terminal of that size would first show it, without
    /// touching the terminal; `rapport-bench` times this to measure how long the dashboard takes to start.
    ///
    /// - Parameters:
    ///   - context: the opened store and today.
    ///   - size: the terminal size to draw at.
    static func printFirstFrame(_ context: CommandContext, size: Size) {
        print(render(AppState(store: context.store, now: context.now), size: size).screen.text)
    }

    /// Parses a terminal size written as `WIDTHxHEIGHT`, such as `200x60`.
    ///
    /// - Parameter text: the value typed.
    /// - Returns: the size.
    /// - Throws: `ValidationError` with an example.
    static func size(_ text: String) throws -> Size {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), (1...10_000).contains(width),
            (1...10_000).contains(height)
        else {
            throw ValidationError("expected a terminal size as WIDTHxHEIGHT, e.g. 200x60")
        }
        return Size(width: width, height: height)
    }
}
