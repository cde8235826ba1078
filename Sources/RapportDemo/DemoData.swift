import RapportCore
import RapportStore

/// A realistic demo store dated around today: a dozen small businesses under agreement, three prospects, two
/// technicians and a year of history.
///
/// Each client's history is built by applying ordinary `Change`s to it in memory, then the finished document is
/// written through the store's one write path, so the demo is exactly what the commands would have produced.
public enum DemoData {
    /// The demo consultancy's settings.
    public static let settings = Settings(
        business: "Northwind IT Services",
        technicians: [
            Technician(
                id: "js", name: "Jo Smith", skills: ["Windows Server", "Networking", "Backup"],
                certifications: ["Microsoft Certified Professional"]),
            Technician(
                id: "mk", name: "Mo Khan", skills: ["Microsoft 365", "Printers", "Security"],
                certifications: ["CompTIA Network+"]),
        ])

    /// One demo client: its profile, agreement and how its history should look.
    struct Profile {
        var name: String
        var people: [Person]
        var size: CompanySize
        var address: String
        var travel: Int
        var source: ClientSource
        var kind: AgreementKind
        var fee: String
        /// Days from today to the renewal date.
        var renewsIn: Int
        var rule: String
        var time: String
        var technician: String
        /// Days since the last contact; the history stops then.
        var quietFor = 4
        var survey = SurveyPlan.none
        var followUpPassed = false
        var visitToday = false
        /// The prepaid hours of a block agreement, and a top-up bought during the term.
        var hours: Double?
        var topUp: Double?
        var cadence: SurveyCadence?
        /// For a client that renewed once: the fee and survey score of the term before this one.
        var previousTerm: (fee: String, score: Int)?
        /// Days since the renewal proposal went out, once it has.
        var proposalSentDaysAgo: Int?
    }

    /// A prospect in the sales pipeline; its next step is due this many days from today (negative: overdue).
    struct Lead {
        var name: String
        var trigger: ClientSource
        var stage: ProspectStage
        var fee: String
        var nextStep: String
        var nextStepIn: Int
        var person: Person
    }

    enum SurveyPlan {
        case none, sent, answered
    }

    /// Builds the demo store.
    ///
    /// - Parameters:
    ///   - path: the directory; it must not hold a store yet.
    ///   - today: the day the demo is dated around.
    /// - Returns: the opened store.
    /// - Throws: `StoreError` when it cannot be written.
    public static func build(at path: String, today: Day) throws -> Store {
        let store = try Store.create(at: path, settings: settings)
        // The same day builds the same demo, ids and stamps included.
        store.pinnedStamp = Stamp(at: "\(today)T08:00:00+00:00", by: "demo@rapport")
        for profile in profiles(today: today) {
            let client = try history(profile, today: today, id: store.freeID(for: profile.name))
            try store.apply(.addClient(client), to: client.id, today: today)
        }
        for lead in leads {
            let client = try prospect(lead, today: today, id: store.freeID(for: lead.name))
            try store.apply(.addClient(client), to: client.id, today: today)
        }
        return store
    }

    // MARK: - The clients

    static func profiles(today: Day) -> [Profile] {
        // One client is visited weekly on today's weekday and another has a visit booked today, so the morning
        // view is never empty.
        let weekly = "FREQ=WEEKLY;BYDAY=\(today.weekday.rawValue)"
        return [
            Profile(
                name: "Acme Dental",
                people: [person("Dana Ruiz", "Office manager", "+1 555 0100", "dana@acme-dental.example")],
                size: CompanySize(workstations: 18, servers: 1), address: "12 Main St, Springfield", travel: 25,
                source: .emergency, kind: .retainer, fee: "900", renewsIn: 20, rule: weekly, time: "09:00",
                technician: "js", survey: .answered, previousTerm: (fee: "850", score: 7), proposalSentDaysAgo: 3),
            Profile(
                name: "Bolt & Partners Law",
                people: [person("Priya Shah", "Managing partner", "+1 555 0142", "priya@boltlaw.example")],
                size: CompanySize(workstations: 32, servers: 2, wan: true), address: "400 Court Ave, Suite 3",
                travel: 15,
                source: .unhappyWithProvider, kind: .retainer, fee: "2,450", renewsIn: 45,
                rule: "FREQ=MONTHLY;BYDAY=1MO,3MO", time: "13:30", technician: "mk", survey: .sent, visitToday: true),
            Profile(
                name: "Cedar Vet Clinic",
                people: [person("Tom Berg", "Practice owner", "+1 555 0177", "tom@cedarvet.example")],
                size: CompanySize(workstations: 12, servers: 1), address: "88 Cedar Rd", travel: 35, source: .audit,
                kind: .fixed, fee: "650", renewsIn: 50, rule: "FREQ=MONTHLY;BYDAY=1TU,3TU", time: "10:00",
                technician: "js", quietFor: 24),
            Profile(
                name: "Delta Freight",
                people: [person("Luis Ortega", "Operations", "+1 555 0190", "luis@deltafreight.example")],
                size: CompanySize(workstations: 60, servers: 3, wan: true), address: "2 Harbor Way", travel: 45,
                source: .referral, kind: .retainer, fee: "2,500", renewsIn: 100, rule: "FREQ=MONTHLY;BYDAY=2TH,4TH",
                time: "08:30", technician: "mk"),
            Profile(
                name: "Elm Street Bakery",
                people: [person("Ana Lima", "Owner", "+1 555 0123", "ana@elmbakery.example")],
                size: CompanySize(workstations: 4), address: "9 Elm St", travel: 10, source: .referral, kind: .block,
                fee: "250", renewsIn: 210, rule: "FREQ=MONTHLY;BYDAY=-1FR", time: "15:00", technician: "mk",
                hours: 10, topUp: 2),
            Profile(
                name: "Fulton Accounting",
                people: [person("Grace Fulton", "Partner", "+1 555 0155", "grace@fulton-cpa.example")],
                size: CompanySize(workstations: 22, servers: 1), address: "310 Fulton Blvd", travel: 20,
                source: .emergency, kind: .retainer, fee: "1,100", renewsIn: -10, rule: "FREQ=MONTHLY;BYDAY=2MO,4MO",
                time: "09:30", technician: "js"),
            Profile(
                name: "Granite Builders",
                people: [person("Sam Cole", "Office manager", "+1 555 0166", "sam@granite.example")],
                size: CompanySize(workstations: 28, servers: 2), address: "75 Quarry Ln", travel: 40, source: .audit,
                kind: .retainer, fee: "950", renewsIn: 160, rule: "FREQ=MONTHLY;BYDAY=1WE,3WE", time: "11:00",
                technician: "js", followUpPassed: true),
            Profile(
                name: "Harbor Insurance",
                people: [person("Kim Nguyen", "IT contact", "+1 555 0111", "kim@harborins.example")],
                size: CompanySize(workstations: 35, servers: 2, wan: true), address: "1 Pier St", travel: 30,
                source: .unhappyWithProvider, kind: .retainer, fee: "1,400", renewsIn: 290,
                rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", time: "14:00", technician: "mk", cadence: .quarterly),
            Profile(
                name: "Iris Design Studio",
                people: [person("Mara Costa", "Studio lead", "+1 555 0133", "mara@iris.example")],
                size: CompanySize(workstations: 9), address: "14 Loft Row", travel: 15, source: .referral, kind: .fixed,
                fee: "350", renewsIn: 240, rule: "FREQ=MONTHLY;BYDAY=1FR", time: "10:30", technician: "mk",
                quietFor: 20),
            Profile(
                name: "Juniper Family Medicine",
                people: [person("Dr. Ravi Patel", "Physician owner", "+1 555 0188", "ravi@junipermed.example")],
                size: CompanySize(workstations: 26, servers: 1), address: "600 Juniper Dr", travel: 25,
                source: .emergency, kind: .retainer, fee: "1,250", renewsIn: 330, rule: "FREQ=MONTHLY;BYDAY=2TU,4TU",
                time: "08:00", technician: "js"),
            Profile(
                name: "Kestrel Realty",
                people: [person("Olivia Hart", "Broker", "+1 555 0144", "olivia@kestrel.example")],
                size: CompanySize(workstations: 14), address: "52 Market Sq", travel: 20, source: .audit,
                kind: .retainer,
                fee: "700", renewsIn: 75, rule: "FREQ=MONTHLY;BYDAY=3TH", time: "13:00", technician: "mk"),
            Profile(
                name: "Zürich Präzision GmbH",
                people: [person("Jonas Meier", "Geschäftsführer", "+41 44 555 01 01", "jonas@zp.example")],
                size: CompanySize(workstations: 40, servers: 2, wan: true), address: "Bahnhofstrasse 1, Zürich",
                travel: 55, source: .referral, kind: .retainer, fee: "1,800", renewsIn: 115,
                rule: "FREQ=MONTHLY;BYMONTHDAY=15", time: "09:00", technician: "js"),
        ]
    }

    /// Prospects at three stages of the pipeline; one next step is overdue.
    static let leads = [
        Lead(
            name: "Linden Pharmacy", trigger: .emergency, stage: .auditScheduled, fee: "900",
            nextStep: "Network audit on site", nextStepIn: 3,
            person: person("Hugo Brandt", "Pharmacist owner", "+1 555 0161", "hugo@lindenrx.example")),
        Lead(
            name: "Maple Court Dental Lab", trigger: .unhappyWithProvider, stage: .proposalSent, fee: "1,200",
            nextStep: "Call about the proposal", nextStepIn: -2,
            person: person("Rosa Klein", "Lab manager", "+1 555 0172", "rosa@maplelab.example")),
        Lead(
            name: "Northgate Storage", trigger: .referral, stage: .lead, fee: "450",
            nextStep: "Book an introduction call", nextStepIn: 7,
            person: person("Ben Osei", "Owner", "+1 555 0183", "ben@northgate.example")),
    ]

    private static func person(_ name: String, _ role: String, _ phone: String, _ email: String) -> Person {
        Person(name: name, role: role, phone: phone, email: email, primary: true)
    }

    // MARK: - A year of history

    private static let visitNotes = [
        "Patched workstations and checked backups", "Replaced failing switch in the back office",
        "Reviewed event logs; nothing urgent", "Set up two new laptops", "Tested the UPS and server restore",
        "Cleaned up user accounts", "Updated firewall firmware", "Trained staff on phishing emails",
    ]
    private static let callNotes = [
        "Printer jams again", "Asked about new laptops", "Password reset for the front desk",
        "Question about the Office renewal", "Email on phone stopped syncing", "Wants a quote for a second server",
    ]

    /// A client's document with a year of visits, calls and surveys, built with ordinary changes; a client that
    /// renewed once gets its previous term first.
    private static func history(_ p: Profile, today: Day, id: String) throws -> Client {
        let renewal = today.adding(days: p.renewsIn)
        let start = renewal.adding(months: -12)
        let firstStart = p.previousTerm == nil ? start : start.adding(months: -12)
        var client = Client(
            id: id, name: p.name, status: .active, source: p.source, size: p.size, address: p.address,
            travelMinutes: p.travel)
        func apply(_ change: Change, on day: Day) throws {
            client = try change.apply(to: client, today: day)
        }
        for person in p.people { try apply(.addPerson(person), on: firstStart) }
        let rule = try RecurrenceRule(parsing: p.rule)
        try apply(
            .setAgreement(
                Agreement(
                    kind: p.kind, monthlyFee: Money(p.previousTerm?.fee ?? p.fee)!, start: firstStart,
                    termMonths: 12, visits: VisitPlan(rule: rule, time: TimeOfDay(p.time), technician: p.technician),
                    response: ResponseTimes(onsiteHours: 4, phoneMinutes: 30, remoteHours: 1),
                    hourlyDiscountPercent: 15, afterHoursPremiumWaived: p.kind != .fixed, tripCharge: Money(45),
                    minimumHours: 1, hoursBank: p.hours.map { HoursBank(purchased: $0) }, surveyCadence: p.cadence)),
            on: firstStart)
        let lastContact = today.adding(days: -p.quietFor)
        let yesterday = today.adding(days: -1)
        let seed = p.name.unicodeScalars.reduce(0) { $0 + Int($1.value) }
        if let previous = p.previousTerm {
            // Every visit of the first term done, its survey answered before the renewal, then renewed at today's
            // fee, so the renewals list can set this term's score against the last one.
            for (index, visit) in client.schedule(from: firstStart, through: start.adding(days: -1)).enumerated() {
                try apply(
                    .completeVisit(
                        on: visit.on, hours: [1, 1.5, 2, 1.5][(index + seed) % 4],
                        note: visitNotes[(index + seed) % visitNotes.count], technician: nil),
                    on: visit.on)
            }
            try apply(.markSurveySent(on: start.adding(days: -70)), on: start.adding(days: -70))
            try apply(
                .markSurveyAnswered(
                    on: start.adding(days: -62), score: previous.score, comment: "Slow to answer the phone"),
                on: start.adding(days: -62))
            try apply(.renew(fee: Money(p.fee)!, termMonths: nil), on: start)
        }
        if let topUp = p.topUp {
            try apply(
                .adjustHours(on: start.adding(months: 3), hours: topUp, note: "Extra hours for the new till system"),
                on: start.adding(months: 3))
        }
        // Quiet clients have had no visit since the last contact; the others have had every visit up to yesterday.
        let past = client.schedule(from: start, through: p.quietFor > 7 ? lastContact : yesterday)
        let bank = (p.hours ?? 0) + (p.topUp ?? 0)
        for (index, visit) in past.enumerated() {
            // A block client has used about 85% of its bank, top-up included, so its 80% alert shows.
            let hours =
                p.hours.map { _ in (bank * 0.85 / Double(max(past.count, 1)) * 4).rounded() / 4 }
                ?? [1, 1.5, 2, 1.5][(index + seed) % 4]
            try apply(
                .completeVisit(
                    on: visit.on, hours: hours, note: visitNotes[(index + seed) % visitNotes.count], technician: nil),
                on: visit.on)
        }
        var day = firstStart.adding(days: 3 + seed % 5)
        var count = 0
        while day <= lastContact {
            let via: ContactChannel = count % 3 == 2 ? .email : .call
            try apply(
                .logTouchpoint(
                    on: day, via: via, by: count % 2 == 0 ? p.technician : "mk",
                    note: callNotes[(count + seed) % callNotes.count], followUp: nil),
                on: day)
            day = day.adding(days: 9 + (count + seed) % 5)
            count += 1
        }
        if p.followUpPassed {
            try apply(
                .logTouchpoint(
                    on: today.adding(days: -6), via: .call, by: "js", note: "Promised a quote for new PCs",
                    followUp: today.adding(days: -2)),
                on: today.adding(days: -6))
        }
        // A visit booked today, unless the rule already puts one there.
        if p.visitToday, !client.schedule(from: today, through: today).contains(where: { $0.on == today }) {
            try apply(
                .addVisit(on: today, at: TimeOfDay("10:00"), technician: "js", note: "Server migration"), on: today)
        }
        switch p.survey {
        case .none:
            break
        case .sent:
            try apply(.markSurveySent(on: today.adding(days: -8)), on: today)
        case .answered:
            try apply(.markSurveySent(on: today.adding(days: -40)), on: today)
            try apply(
                .markSurveyAnswered(on: today.adding(days: -33), score: 9, comment: "Quick replies, friendly techs"),
                on: today)
        }
        if let days = p.proposalSentDaysAgo {
            try apply(.markProposalSent(on: today.adding(days: -days)), on: today)
        }
        return client
    }

    /// A prospect's document: its contact and its pipeline entry, built with ordinary changes.
    private static func prospect(_ lead: Lead, today: Day, id: String) throws -> Client {
        var client = Client(id: id, name: lead.name, status: .prospect, source: lead.trigger)
        for change: Change in [
            .addPerson(lead.person),
            .updateProspect(
                ProspectEdit(
                    trigger: lead.trigger, stage: lead.stage, estimatedMonthlyFee: Money(lead.fee)!,
                    nextStep: lead.nextStep, nextStepOn: today.adding(days: lead.nextStepIn))),
        ] {
            client = try change.apply(to: client, today: today)
        }
        return client
    }
}
