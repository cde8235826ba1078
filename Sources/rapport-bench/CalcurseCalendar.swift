import Foundation
import RapportCore

/// The store's visits and contacts as a calcurse calendar: one appointment line per record in calcurse's `apts`
/// format, so that calcurse answers "what is on today" over the same number of entries as rapport.
struct CalcurseCalendar {
    /// The calcurse data directory, holding `apts` and an empty `todo`.
    let directory: String

    /// Writes the calendar from a store's client files, in the order calcurse itself keeps appointments.
    ///
    /// - Parameter clients: the store's `clients` directory.
    /// - Throws: `BenchError` when a file cannot be read or written.
    func write(from clients: String) throws(BenchError) {
        var appointments: [(day: Day, start: Int, end: Int, text: String)] = []
        try ClientFiles.forEachDocument(in: clients) { client in
            for visit in client.visits {
                let start = visit.at?.minutes ?? 9 * 60
                let end = min(start + Int((visit.hours ?? 1) * 60), 23 * 60 + 59)
                appointments.append(
                    (visit.on, start, end, "\(client.name): \(visit.status.rawValue) visit. \(visit.note ?? "")"))
            }
            for (index, touchpoint) in client.touchpoints.enumerated() {
                // Contacts have no time of day; they are spread over the working day, as in a real calendar,
                // rather than piled on one slot.
                let start = 8 * 60 + index * 7 % 40 * 15
                appointments.append(
                    (
                        touchpoint.on, start, start + 15,
                        "\(client.name): \(touchpoint.via.rawValue). \(touchpoint.note ?? "")"
                    ))
            }
        }
        // calcurse keeps its list sorted by start, then by text byte by byte, and only an entry that sorts after
        // the last one is added in one step: in any other order, loading takes time quadratic in the entries.
        appointments.sort { a, b in
            (a.day, a.start) != (b.day, b.start)
                ? (a.day, a.start) < (b.day, b.start) : a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
        }
        let lines = appointments.map { line($0.day, $0.start, $0.end, $0.text) }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(lines.joined().utf8).write(to: URL(fileURLWithPath: "\(directory)/apts"))
            try Data().write(to: URL(fileURLWithPath: "\(directory)/todo"))
        } catch {
            throw BenchError("cannot write the calcurse calendar in \(directory): \(error)")
        }
    }

    /// The arguments that list one day's appointments: what `calcurse -a` prints, for a given day.
    ///
    /// - Parameter day: the day.
    /// - Returns: the arguments after `calcurse`.
    func dayArguments(_ day: Day) -> [String] {
        dayArguments(usDate(day))
    }

    private func dayArguments(_ date: String) -> [String] {
        ["-D", directory, "--read-only", "-d", date]
    }

    /// Checks that calcurse reads the whole file, by asking for the days of its first and its last appointment.
    ///
    /// - Throws: `BenchError` when the calendar cannot be read or calcurse lists nothing on either day.
    func check() throws(BenchError) {
        let apts = "\(directory)/apts"
        let lines: [Substring]
        do {
            lines = try String(contentsOfFile: apts, encoding: .utf8).split(separator: "\n")
        } catch {
            throw BenchError("cannot read \(apts): \(error.localizedDescription)")
        }
        // Each line starts with its date, MM/DD/YYYY.
        for date in [lines.first, lines.last].compactMap({ $0?.prefix(10) }) {
            let listed = try ChildProcess.output("calcurse", dayArguments(String(date)))
            guard listed.contains(" - ") else {
                throw BenchError("calcurse lists nothing on \(date) from \(apts); is the format right?")
            }
        }
    }

    private func line(_ day: Day, _ start: Int, _ end: Int, _ text: String) -> String {
        let date = usDate(day)
        return "\(date) @ \(clock(start)) -> \(date) @ \(clock(end)) |\(text)\n"
    }

    /// calcurse's default date format, `MM/DD/YYYY`.
    private func usDate(_ day: Day) -> String {
        "\(twoDigits(day.month))/\(twoDigits(day.day))/\(day.year)"
    }

    private func clock(_ minutes: Int) -> String { "\(twoDigits(minutes / 60)):\(twoDigits(minutes % 60))" }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
