import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// Options every command takes, written after the subcommand: `rapport today --store DIR --today 2026-12-01`.
///
/// The root command declares them too, so they may stand before the subcommand; ArgumentParser gives a value to
/// every group declared under the same property name, so each command must take them as `global`.
struct GlobalOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The store directory (default: $RAPPORT_STORE, else the config file's, else $XDG_DATA_HOME/rapport; "
                + "see rapport config).", valueName: "dir"))
    var store: String?

    @Option(
        help: ArgumentHelp(
            "Pretend today is this date, for planning and tests; a time after it (\"2027-01-11 09:00\") pins now "
                + "too, else now is noon.", valueName: "YYYY-MM-DD"))
    var today: String?

    /// The store directory these options point at.
    var storePath: String { storeLocation.path }

    /// The store directory these options point at, and what chose it.
    var storeLocation: (path: String, source: StoreLocation.Source) {
        let environment = ProcessInfo.processInfo.environment
        // `validate()` has already refused a config file that cannot be read, so nothing is lost by `try?` here.
        let configured =
            StoreLocation.needsConfigFile(explicit: store, environment: environment)
            ? (try? StoreLocation.configuredStore(environment: environment)) ?? nil : nil
        return StoreLocation.locate(explicit: store, environment: environment, configured: configured)
    }

    /// Refuses a config file that cannot be read when it would decide the store, before any command runs, so that
    /// a command never quietly works on another store than the one the file names.
    ///
    /// - Throws: `CLIError` with the file, line, column and reason.
    func validate() throws {
        let environment = ProcessInfo.processInfo.environment
        guard StoreLocation.needsConfigFile(explicit: store, environment: environment) else { return }
        do {
            _ = try StoreLocation.configuredStore(environment: environment)
        } catch {
            throw CLIError(error.description)
        }
    }

    /// Today: `--today`, or the local calendar date.
    ///
    /// - Returns: the day.
    /// - Throws: `CLIError` when `--today` is not a date.
    func resolvedToday() throws -> Day {
        try resolvedNow().day
    }

    /// Now, on the local wall clock: `--today` with its time, or at noon without one, or the machine's clock.
    ///
    /// - Returns: the moment.
    /// - Throws: `CLIError` when `--today` is not a date, or its time not a time.
    func resolvedNow() throws -> DayTime {
        let real = DayTime.localNow()
        guard let today else { return real }
        if let pinned = DayTime(today) { return pinned }
        return DayTime(
            day: try parseDate(today, field: "--today", today: real.day), time: TimeOfDay(hour: 12, minute: 0)!)
    }

    /// Opens the store these options point at.
    ///
    /// - Returns: the store, loaded.
    /// - Throws: `CLIError` when there is no store there.
    func openStore() throws -> Store {
        do {
            let store = try Store(opening: storePath)
            // For scripts and tests that would rather fail fast than wait the default ten seconds.
            if let text = ProcessInfo.processInfo.environment["RAPPORT_LOCK_TIMEOUT"], let seconds = Double(text),
                seconds >= 0, seconds <= 3600
            {
                store.lockTimeout = seconds
            }
            return store
        } catch {
            throw CLIError(error.description)
        }
    }
}

/// The `--json` switch of every report.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON with stable keys (see the README) instead of text.")
    var json = false
}

/// Parses a typed date for an option, naming the option when it is wrong.
///
/// - Parameters:
///   - text: the option's value.
///   - field: the option's name, such as `--on`.
///   - today: the day shortcuts are relative to.
/// - Returns: the day.
/// - Throws: `CLIError` naming the field and showing good values.
func parseDate(_ text: String, field: String, today: Day) throws -> Day {
    do {
        return try DateInput.parse(text, today: today)
    } catch {
        throw CLIError("\(field): \(error.message)")
    }
}

extension DayTime {
    /// The date and time on this machine's clock, in its local time zone; the dashboard's clock.
    static func localNow() -> DayTime {
        local(epochSeconds: Foundation.time(nil))
    }

    /// An ISO 8601 moment, such as git's record of the last sync, on this machine's clock.
    ///
    /// - Parameter iso: the moment, e.g. `2027-01-11T09:42:00Z`.
    /// - Returns: the local date and time, or nil when the text is not such a moment.
    static func local(iso: String) -> DayTime? {
        ISO8601DateFormatter().date(from: iso).map { local(epochSeconds: time_t($0.timeIntervalSince1970)) }
    }

    /// A moment given in seconds since 1970, on this machine's clock.
    private static func local(epochSeconds: time_t) -> DayTime {
        var now = epochSeconds
        var parts = tm()
        localtime_r(&now, &parts)
        return DayTime(
            day: Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!,
            time: TimeOfDay(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))!)
    }
}
