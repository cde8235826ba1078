import Foundation
import RapportTUI

#if canImport(Glibc)
    import Glibc
#endif

/// Opens the dashboard on a store, or says why it cannot.
enum Dashboard {
    /// Runs the dashboard until the user quits. Without a terminal it prints the summary instead.
    ///
    /// - Parameter context: the opened store and today.
    /// - Throws: `CLIError` when the terminal cannot be set up.
    static func open(_ context: CommandContext) throws {
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
        DashboardApp(store: context.store, today: context.today, terminal: terminal).run()
    }
}
