import Foundation
import RapportCore
import RapportStore

/// What a command works with: the opened store, today, and how to print.
struct CommandContext {
    let store: Store
    let today: Day
    /// Now on the local wall clock, for requests logged without a time.
    let now: DayTime
    /// Whether today is the clock's, rather than pinned by `--today`: a dashboard left open then moves on at midnight.
    let followsClock: Bool
    let output = Output()

    /// Opens the store the global options point at.
    ///
    /// - Parameter options: the global options.
    /// - Throws: `CLIError` for a bad `--today` or a missing store.
    init(_ options: GlobalOptions) throws {
        now = try options.resolvedNow()
        today = now.day
        followsClock = options.today == nil
        store = try options.openStore()
    }

    var settings: Settings { store.settings }
    var portfolio: Portfolio { store.portfolio(on: today) }

    /// A client by id, or an error that suggests close ids.
    ///
    /// - Parameter id: the id typed.
    /// - Returns: the client.
    /// - Throws: `CLIError`.
    func client(_ id: String) throws -> Client {
        do {
            return try store.client(id)
        } catch {
            throw CLIError(error)
        }
    }

    /// A typed date option, today when it was not given.
    ///
    /// - Parameters:
    ///   - text: the option's value, if given.
    ///   - field: the option's name.
    /// - Returns: the day.
    /// - Throws: `CLIError` naming the option.
    func date(_ text: String?, field: String = "--on") throws -> Day {
        guard let text else { return today }
        return try parseDate(text, field: field, today: today)
    }

    /// A typed date-and-time option, now when it was not given.
    ///
    /// - Parameters:
    ///   - text: the option's value, if given.
    ///   - field: the option's name.
    /// - Returns: the moment.
    /// - Throws: `CLIError` naming the option.
    func dayTime(_ text: String?, field: String = "--at") throws -> DayTime {
        guard let text else { return now }
        do {
            return try Input.dayTime(text)
        } catch {
            throw CLIError("\(field): \(error.message)")
        }
    }

    /// The day of the visit a command names, by its day or by its record id or an unambiguous start of it.
    ///
    /// - Parameters:
    ///   - clientID: the client.
    ///   - on: the day typed, if any; today when neither is given.
    ///   - id: the id typed, if any.
    ///   - dayField: the day option's name.
    /// - Returns: the visit's day.
    /// - Throws: `CLIError` when both are given, or the id matches no visit or several.
    func visitDay(of clientID: String, on: String?, id: String?, dayField: String) throws -> Day {
        guard let id else { return try date(on, field: dayField) }
        guard on == nil else { throw CLIError("give the visit's day (\(dayField)) or its id (--id), not both") }
        let visits = try client(clientID).visits
        do {
            let whole = try RecordID.resolve(id, among: visits.map(\.id), field: "--id")
            return visits.first { $0.id == whole }!.on
        } catch {
            throw CLIError("\(error)")
        }
    }

    /// The record a command names by its id, or any start of it that no other record of its kind shares, in
    /// whichever client holds it.
    ///
    /// - Parameters:
    ///   - typed: the id typed.
    ///   - kind: the kind of record the command acts on.
    /// - Returns: the client that holds it, and the record's whole id.
    /// - Throws: `CLIError` when no record of the kind, or several, start that way.
    func record(_ typed: String, _ kind: RecordKind) throws -> (client: Client, id: String) {
        do {
            return try RecordID.find(typed, kind: kind, in: store.documents())
        } catch {
            throw CLIError(error.message)
        }
    }

    /// A person of a client, named by their name or by the start of their name or id.
    ///
    /// - Parameters:
    ///   - typed: what was typed.
    ///   - clientID: the client.
    /// - Returns: the person's id.
    /// - Throws: `CLIError` naming the client's people when no one, or several, match.
    func person(_ typed: String, of clientID: String) throws -> String {
        do {
            return try client(clientID).person(matching: typed).id
        } catch let error as ChangeError {
            throw CLIError(error.message)
        }
    }

    /// Checks a technician id against the team in the settings.
    ///
    /// - Parameters:
    ///   - id: the id typed, if any.
    ///   - field: the option's name.
    /// - Returns: the id.
    /// - Throws: `CLIError` naming the known technicians.
    func technician(_ id: String?, field: String = "--technician") throws -> String? {
        guard let id, !settings.technicians.isEmpty, settings.technician(id) == nil else { return id }
        let known = settings.technicians.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        throw CLIError("\(field): no technician \"\(DisplayText.safe(id))\"; known: \(known)")
    }

    /// Prints a report as text or, with `--json`, as JSON.
    ///
    /// - Parameters:
    ///   - report: the report.
    ///   - json: whether `--json` was given.
    /// - Throws: an encoding error for values JSON cannot hold.
    func show(_ report: some Report, json: Bool) throws {
        if json {
            try Output.printJSON(report)
        } else {
            output.write(report.text(output, settings: settings))
        }
    }

    /// Writes one change through the store and reports it.
    ///
    /// - Parameters:
    ///   - change: the edit.
    ///   - id: the client.
    /// - Returns: the client as written.
    /// - Throws: `CLIError` when the change or the write fails; nothing is written then.
    @discardableResult
    func apply(_ change: Change, to id: String) throws -> Client {
        let outcome: ApplyOutcome
        do {
            outcome = try store.apply(change, to: id, today: today)
        } catch {
            throw CLIError(error)
        }
        print("\(id): \(DisplayText.safe(change.summary(today: today, in: outcome.before)))")
        if !outcome.overwritten.isEmpty {
            let fields = outcome.overwritten.joined(separator: ", ")
            FileHandle.standardError.write(
                Data(
                    "warning: someone else changed \(fields) of \(id) since it was read; your value replaced theirs\n"
                        .utf8))
        }
        return outcome.client
    }
}
