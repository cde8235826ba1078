/// An RFC 5545 calendar of events, written the way calendar programs import it.
///
/// Times are floating local times (`DTSTART:20261201T090000`), as the store keeps them, so a calendar shows them in
/// the zone it is set to; an event with no time is a whole-day event. Text values are escaped, every content line is
/// folded at 75 octets without splitting a UTF-8 sequence, and lines end with CRLF. The builder has no clock: the
/// DTSTAMP is passed in.
public struct ICalendar: Sendable, Equatable {
    /// One VEVENT.
    public struct Event: Sendable, Equatable {
        /// Stays the same every time the calendar is written, so that a calendar program updates the event in place
        /// instead of adding a copy.
        public var uid: String
        public var day: Day
        /// The start time; nil makes a whole-day event.
        public var time: TimeOfDay?
        /// How long a timed event lasts.
        public var minutes: Int
        public var summary: String
        public var location: String?
        /// Plain text; line breaks are kept.
        public var description: String?

        /// Creates an event.
        ///
        /// - Parameters:
        ///   - uid: the stable unique id.
        ///   - day: the day it happens.
        ///   - time: the local start time, or nil for a whole-day event.
        ///   - minutes: the length of a timed event.
        ///   - summary: the title.
        ///   - location: where, if known.
        ///   - description: details, if any.
        public init(
            uid: String, day: Day, time: TimeOfDay?, minutes: Int, summary: String, location: String? = nil,
            description: String? = nil
        ) {
            self.uid = uid
            self.day = day
            self.time = time
            self.minutes = minutes
            self.summary = summary
            self.location = location
            self.description = description
        }
    }

    /// A moment in UTC, for DTSTAMP.
    public struct Stamp: Sendable, Equatable {
        public var day: Day
        /// Seconds since midnight UTC, 0...86399.
        public var second: Int

        /// Creates a stamp from a count of seconds.
        ///
        /// - Parameter secondsSince1970: seconds since 1970-01-01T00:00:00Z.
        public init(secondsSince1970: Int64) {
            let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
            day = Day(ordinal: Int(days))
            second = Int(secondsSince1970 - days * 86_400)
        }

        /// Creates a stamp at midnight UTC of a day.
        ///
        /// - Parameter day: the day.
        public init(midnightOf day: Day) {
            self.day = day
            second = 0
        }

        /// The stamp as an RFC 5545 UTC date-time, e.g. `20261201T093000Z`.
        var text: String {
            "\(ICalendar.basic(day))T\(pad(second / 3600, 2))\(pad(second / 60 % 60, 2))\(pad(second % 60, 2))Z"
        }
    }

    /// The calendar's name, shown by the programs that subscribe to it (X-WR-CALNAME).
    public var name: String
    public var events: [Event]

    /// The product that wrote the calendar (PRODID).
    static let productID = "-//Rapport//Rapport//EN"
    /// RFC 5545 §3.1: lines longer than this many octets are folded.
    static let lineLimit = 75

    /// Creates a calendar.
    ///
    /// - Parameters:
    ///   - name: the calendar's name.
    ///   - events: the events, in the order they are written.
    public init(name: String, events: [Event]) {
        self.name = name
        self.events = events
    }

    /// The calendar as an iCalendar file.
    ///
    /// - Parameter stamp: when the calendar was written, the DTSTAMP of every event.
    /// - Returns: the file's text: folded lines, each ending with CRLF.
    public func text(stamp: Stamp) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(ICalendar.productID)", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(ICalendar.escaped(name))",
        ]
        for event in events {
            lines += ["BEGIN:VEVENT", "UID:\(ICalendar.escaped(event.uid))", "DTSTAMP:\(stamp.text)"]
            if let time = event.time {
                let end = time.minutes + event.minutes
                lines.append("DTSTART:\(ICalendar.basic(event.day))T\(ICalendar.basic(time))")
                let endTime = TimeOfDay(hour: end % 1440 / 60, minute: end % 60)!
                lines.append("DTEND:\(ICalendar.basic(event.day.adding(days: end / 1440)))T\(ICalendar.basic(endTime))")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(ICalendar.basic(event.day))")
                lines.append("DTEND;VALUE=DATE:\(ICalendar.basic(event.day.adding(days: 1)))")
            }
            lines.append("SUMMARY:\(ICalendar.escaped(event.summary))")
            if let location = event.location { lines.append("LOCATION:\(ICalendar.escaped(location))") }
            if let description = event.description {
                lines.append("DESCRIPTION:\(ICalendar.escaped(description))")
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map { ICalendar.folded($0) + "\r\n" }.joined()
    }

    // MARK: - Text rules of RFC 5545

    /// A TEXT value escaped as RFC 5545 §3.3.11 asks: `\`, `;` and `,` get a backslash, and each line break
    /// (CRLF, LF or CR) becomes `\n`.
    ///
    /// Other control characters are not allowed in TEXT, so they are dropped.
    ///
    /// - Parameter text: plain text.
    /// - Returns: the escaped value.
    public static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\", ";", ",":
                out.append("\\")
                out.append(scalar)
            case "\r":
                out.append(contentsOf: "\\n".unicodeScalars)
            case "\n":
                if !afterCR { out.append(contentsOf: "\\n".unicodeScalars) }
            case "\t":
                out.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}":
                break
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets, each continuation starting with
    /// one space, and never a break inside a UTF-8 sequence.
    ///
    /// - Parameter line: one unfolded content line, without its CRLF.
    /// - Returns: the line, with CRLF and a space inserted where it is folded.
    public static func folded(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line }
        var out = String.UnicodeScalarView()
        // The space that starts a continuation line counts towards that line's 75 octets.
        var room = lineLimit
        for scalar in line.unicodeScalars {
            let octets = UTF8.width(scalar)
            if octets > room {
                out.append(contentsOf: "\r\n ".unicodeScalars)
                room = lineLimit - 1
            }
            out.append(scalar)
            room -= octets
        }
        return String(out)
    }

    /// A date in the basic ISO 8601 form RFC 5545 uses, e.g. `20261201`.
    static func basic(_ day: Day) -> String {
        "\(pad(day.year, 4))\(pad(day.month, 2))\(pad(day.day, 2))"
    }

    /// A local time in the basic form, e.g. `090000`.
    static func basic(_ time: TimeOfDay) -> String {
        "\(pad(time.hour, 2))\(pad(time.minute, 2))00"
    }
}
