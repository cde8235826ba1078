import Testing

@testable import RapportCore

/// The RFC 5545 text rules: escaping, folding at 75 octets, CRLF, dates and times, and the events made from visits.
@Suite struct ICalendarTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b;c\\d", "a\\,b\\;c\\\\d"),
        ("one\ntwo", "one\\ntwo"),
        ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"),
        ("two\n\nbreaks", "two\\n\\nbreaks"),
        ("tab\tkept", "tab\tkept"),
        ("bell\u{07}and\u{7F}delete dropped", "bellanddelete dropped"),
        ("Zürich: ok", "Zürich: ok"),
    ])
    func textIsEscaped(_ text: String, _ escaped: String) {
        #expect(ICalendar.escaped(text) == escaped)
    }

    @Test func shortLinesAreNotFolded() {
        let line = "SUMMARY:" + String(repeating: "x", count: 67)
        #expect(line.utf8.count == 75)
        #expect(ICalendar.folded(line) == line)
    }

    @Test func longASCIILinesFoldAt75OctetsWithASpaceCountedOnEachContinuation() {
        let line = "DESCRIPTION:" + String(repeating: "abcdefghij", count: 20)
        let folded = ICalendar.folded(line)
        let physical = folded.components(separatedBy: "\r\n")
        #expect(physical.map(\.utf8.count) == [75, 75, 64])
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(unfold(folded) == line)
    }

    @Test func foldingNeverSplitsAUTF8Sequence() {
        // 73 ASCII octets, then "ü" (2 octets) would end exactly at 75; "€" (3 octets) would not fit.
        let fits = String(repeating: "a", count: 73) + "ü" + "tail"
        #expect(ICalendar.folded(fits).components(separatedBy: "\r\n").first == String(repeating: "a", count: 73) + "ü")
        let spills = String(repeating: "a", count: 73) + "€" + "tail"
        let lines = ICalendar.folded(spills).components(separatedBy: "\r\n")
        #expect(lines == [String(repeating: "a", count: 73), " €tail"])
        let emoji = "SUMMARY:" + String(repeating: "😀", count: 40)
        let pieces = ICalendar.folded(emoji).components(separatedBy: "\r\n")
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.allSatisfy { String(validating: Array($0.utf8), as: UTF8.self) != nil })
        #expect(unfold(ICalendar.folded(emoji)) == emoji)
    }

    @Test func stampIsUTC() {
        #expect(ICalendar.Stamp(secondsSince1970: 0).text == "19700101T000000Z")
        #expect(ICalendar.Stamp(secondsSince1970: 1_796_117_445).text == "20261201T093045Z")
        #expect(ICalendar.Stamp(secondsSince1970: -1).text == "19691231T235959Z")
        #expect(ICalendar.Stamp(midnightOf: Sample.day("2026-12-01")).text == "20261201T000000Z")
    }

    @Test func timedAndWholeDayEventsEveryLineEndingWithCRLF() {
        let calendar = ICalendar(
            name: "Northwind IT visits",
            events: [
                ICalendar.Event(
                    uid: "acme-dental-2026-12-15@rapport", day: Sample.day("2026-12-15"), time: TimeOfDay("23:30"),
                    minutes: 60, summary: "Visit to Acme Dental", location: "12 Main St, Springfield",
                    description: "Contact: Dana Ruiz\nTravel: 25 min"),
                ICalendar.Event(
                    uid: "birch-law-v2@rapport", day: Sample.day("2026-12-31"), time: nil, minutes: 60,
                    summary: "Visit to Birch & Lowe Law"),
            ])
        let text = calendar.text(stamp: ICalendar.Stamp(midnightOf: Sample.day("2026-12-01")))
        #expect(
            text
                == [
                    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport//Rapport//EN", "CALSCALE:GREGORIAN",
                    "METHOD:PUBLISH", "X-WR-CALNAME:Northwind IT visits",
                    "BEGIN:VEVENT", "UID:acme-dental-2026-12-15@rapport", "DTSTAMP:20261201T000000Z",
                    "DTSTART:20261215T233000", "DTEND:20261216T003000", "SUMMARY:Visit to Acme Dental",
                    "LOCATION:12 Main St\\, Springfield", "DESCRIPTION:Contact: Dana Ruiz\\nTravel: 25 min",
                    "END:VEVENT",
                    "BEGIN:VEVENT", "UID:birch-law-v2@rapport", "DTSTAMP:20261201T000000Z",
                    "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270101", "SUMMARY:Visit to Birch & Lowe Law",
                    "END:VEVENT", "END:VCALENDAR",
                ].map { $0 + "\r\n" }.joined())
    }

    @Test func aVisitKeepsItsUIDWhenItMovesAndAnExtraVisitUsesItsRecordID() throws {
        var client = Sample.client()
        client.address = "12 Main St"
        client.people = [Person(name: "Dana Ruiz", role: "Office manager", phone: "+1 555 0100", primary: true)]
        let today = Sample.day("2026-12-01")
        client = try Change.moveVisit(from: Sample.day("2026-12-15"), to: Sample.day("2026-12-16"), at: nil)
            .apply(to: client, today: today)
        client = try Change.addVisit(on: Sample.day("2026-12-09"), at: nil, technician: "mk", note: "Printer")
            .apply(to: client, today: today)
        let settings = Settings(business: "Northwind IT", technicians: [Technician(id: "js", name: "Jo Smith")])
        let visits = Portfolio(clients: [client], settings: settings)
            .visits(from: today, through: Sample.day("2026-12-20"))
        let everyone = ICalendar(visits: visits, settings: settings, technician: nil)
        #expect(everyone.name == "Northwind IT visits")
        let extra = try #require(client.visits.first { $0.occurrence == nil }).id
        #expect(
            everyone.events.map(\.uid) == [
                "acme-dental-2026-12-01@rapport", "acme-dental-\(extra)@rapport", "acme-dental-2026-12-15@rapport",
            ])
        #expect(
            everyone.events.map(\.summary) == [
                "Visit to Acme Dental (js)", "Visit to Acme Dental (mk)", "Visit to Acme Dental (js)",
            ])
        #expect(everyone.events[0].location == "12 Main St")
        #expect(
            everyone.events[0].description
                == "Contact: Dana Ruiz, Office manager, +1 555 0100\nTechnician: Jo Smith (js)")
        #expect(everyone.events[1].description?.hasSuffix("Technician: mk\nNote: Printer") == true)
        let own = ICalendar(visits: visits, settings: settings, technician: "js")
        #expect(own.name == "Northwind IT visits for Jo Smith")
        #expect(own.events[0].summary == "Visit to Acme Dental")
    }

    /// Undoes RFC 5545 folding: a CRLF followed by one space disappears.
    private func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "")
    }
}
