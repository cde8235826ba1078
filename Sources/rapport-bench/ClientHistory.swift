import RapportCore
import SeededRandom

/// One generated client: its profile and years of visits, contacts and surveys, built by applying ordinary
/// `Change`s in memory, so every record has passed the same validation as one typed at the command line.
///
/// The history runs term by term, as it would have happened: a term's visits and contacts are recorded, then it is
/// renewed, and the next term's history follows.
struct ClientHistory {
    /// Where the relationship stands today; it decides where the history stops.
    enum Standing: Equatable {
        case active
        /// The last term ran out recently and nobody renewed it.
        case lapsed
        /// The agreement ended on that day.
        case former(ended: Day)
        case prospect
    }

    private(set) var client: Client
    private var random: SplitMix64
    private let today: Day
    /// The first day with records; agreements may have started before it.
    private let historyStart: Day
    /// The technician ids of the team.
    private let team: [String]
    /// The day of the next contact, carried from one term to the next so that the cadence does not restart.
    private var nextContact: Day

    /// Builds one client's document.
    ///
    /// - Parameters:
    ///   - id: the client id, unique in the store.
    ///   - name: the company name.
    ///   - seed: this client's own seed, so that each client is the same whatever the others are.
    ///   - today: the day the history ends.
    ///   - years: how many years of history.
    ///   - team: the technician ids in the settings.
    /// - Returns: the finished document.
    /// - Throws: `BenchError` when a change is refused, which would be a bug in the generator.
    static func build(
        id: String, name: String, seed: UInt64, today: Day, years: Int, team: [String]
    ) throws(BenchError) -> Client {
        var history = ClientHistory(id: id, name: name, seed: seed, today: today, years: years, team: team)
        let standing = history.drawStanding()
        try history.addPeople()
        if standing == .prospect {
            try history.prospect()
        } else {
            try history.underAgreement(standing)
        }
        return history.client
    }

    private init(id: String, name: String, seed: UInt64, today: Day, years: Int, team: [String]) {
        random = SplitMix64(seed: seed)
        self.today = today
        self.team = team
        historyStart = today.adding(months: -12 * years)
        nextContact = historyStart.adding(days: random.int(0...4))
        client = Client(
            id: id, name: name, source: random.pick(ClientSource.allCases),
            size: CompanySize(workstations: random.int(3...80), servers: random.int(0...4), wan: random.chance(0.2)),
            address: SampleText.address(&random), travelMinutes: random.int(5...75),
            notes: SampleText.clientNote(&random))
    }

    // MARK: - Profile

    /// About one client in twenty-five is a prospect, one in sixteen a former client and one in thirty has lapsed.
    private mutating func drawStanding() -> Standing {
        switch random.int(0...99) {
        case 0..<4:
            client.status = .prospect
            return .prospect
        case 4..<10:
            let longest = max(30, historyStart.days(until: today) - 60)
            return .former(ended: today.adding(days: -random.int(30...longest)))
        case 10..<13:
            return .lapsed
        default:
            return .active
        }
    }

    private mutating func addPeople() throws(BenchError) {
        for _ in 0..<random.int(1...3) {
            try apply(.addPerson(SampleText.person(domain: "\(client.id).example", &random)))
        }
    }

    private mutating func prospect() throws(BenchError) {
        let stage = random.pick([ProspectStage.lead, .lead, .auditScheduled, .auditDone, .proposalSent, .lost])
        let lost = stage == .lost
        try apply(
            .updateProspect(
                ProspectEdit(
                    trigger: client.source ?? .referral, stage: stage, estimatedMonthlyFee: fee(for: .retainer),
                    nextStep: lost ? nil : random.pick(["Book an introduction call", "Network audit on site"]),
                    nextStepOn: lost ? nil : today.adding(days: random.int(-5...21)),
                    lostReason: lost ? "Went with a cheaper provider" : nil)))
        nextContact = today.adding(days: -random.int(20...60))
        try contacts(through: today.adding(days: -1))
    }

    // MARK: - Terms

    private mutating func underAgreement(_ standing: Standing) throws(BenchError) {
        let termMonths = random.chance(0.85) ? 12 : random.pick([24, 36])
        let lastRenewal = lastRenewalDate(standing, termMonths: termMonths)
        var start = lastRenewal
        while start > historyStart { start = start.adding(months: -termMonths) }
        try apply(.setAgreement(try agreement(start: start, termMonths: termMonths)))
        let lastDay: Day
        if case .former(let ended) = standing { lastDay = ended } else { lastDay = today }
        // One active client in twelve has gone quiet and one in twenty is owed a call back, so both kinds of
        // overdue contact show up.
        let quietDays = standing == .active ? (random.chance(0.08) ? random.int(16...45) : 0) : 0
        let owedCallBack = standing == .active && quietDays == 0 && random.chance(0.05)
        let lastContact = lastDay.adding(days: -(owedCallBack ? random.int(5...9) : quietDays))
        while let agreement = latestAgreement {
            let renewal = agreement.renewalDate
            let isLast = renewal > lastDay || (standing == .lapsed && renewal == lastRenewal)
            let termLast = min(renewal.adding(days: -1), lastDay)
            let activeLast = isLast ? min(termLast, lastContact) : termLast
            try visits(from: max(agreement.start, historyStart), through: min(activeLast, today.adding(days: -1)))
            try contacts(through: isLast ? lastContact : termLast)
            try surveys(start: agreement.start, termMonths: termMonths, through: min(termLast, today))
            if agreement.hoursBank != nil { try topUp(start: agreement.start, through: termLast) }
            guard isLast else {
                try apply(.renew(fee: random.chance(0.5) ? raised(agreement.monthlyFee) : nil, termMonths: nil))
                continue
            }
            if owedCallBack {
                try apply(
                    .logTouchpoint(
                        on: lastContact, via: .call, by: agreement.visits?.technician,
                        note: SampleText.contactNote(&random), followUp: lastContact.adding(days: random.int(2...3))))
            }
            if case .former(let ended) = standing {
                try apply(.endAgreement(on: ended, reason: random.pick(["Moved to an in-house IT person", "Closed"])))
            } else if standing == .active, today.days(until: renewal) <= 60, random.chance(0.5) {
                try apply(.markProposalSent(on: today.adding(days: -random.int(0...14))))
            }
            return
        }
    }

    /// The renewal date of the last term: spread over the term ahead for an active client, a few weeks back for a
    /// lapsed one, after the end for a former one. Days past the 28th are avoided so that every term, counted back
    /// from it in whole months, renews on the same day of the month.
    private mutating func lastRenewalDate(_ standing: Standing, termMonths: Int) -> Day {
        let day: Day
        switch standing {
        case .lapsed:
            let lapsed = today.adding(days: -random.int(1...40))
            return lapsed.day > 28 ? lapsed.adding(days: 28 - lapsed.day) : lapsed
        case .former(let ended): day = ended.adding(days: random.int(1...termMonths * 28))
        case .active, .prospect: day = today.adding(days: random.int(1...termMonths * 28))
        }
        return day.day > 28 ? day.adding(days: day.daysInMonth - day.day + 1) : day
    }

    private mutating func agreement(start: Day, termMonths: Int) throws(BenchError) -> Agreement {
        let kind = random.pick([AgreementKind.fixed, .fixed, .retainer, .retainer, .retainer, .retainer, .block])
        let weekday = random.pick(["MO", "TU", "WE", "TH", "FR"])
        let text =
            random.chance(0.8)
            ? random.pick(["FREQ=MONTHLY;BYDAY=1\(weekday),3\(weekday)", "FREQ=MONTHLY;BYDAY=2\(weekday),4\(weekday)"])
            : random.pick(["FREQ=MONTHLY;BYMONTHDAY=1,15", "FREQ=MONTHLY;BYMONTHDAY=5,20"])
        let rule: RecurrenceRule
        do {
            rule = try RecurrenceRule(parsing: text)
        } catch {
            throw BenchError("generating \(client.id): the rule \(text) is refused: \(error.message)")
        }
        return Agreement(
            kind: kind, monthlyFee: fee(for: kind), start: start, termMonths: termMonths,
            visits: VisitPlan(
                rule: rule, time: TimeOfDay(hour: random.int(8...15), minute: random.pick([0, 30])),
                technician: random.pick(team)),
            contactEveryDays: random.chance(0.3) ? random.pick([7, 14, 21, 30]) : nil,
            response: ResponseTimes(
                onsiteHours: random.pick([4, 8, 24]), phoneMinutes: random.pick([15, 30, 60]),
                remoteHours: random.pick([1, 2, 4])),
            hourlyDiscountPercent: random.pick([0, 10, 15, 20]), afterHoursPremiumWaived: kind != .fixed,
            tripCharge: Money(random.pick([0, 35, 45, 60])), minimumHours: random.pick([0.5, 1]),
            hoursBank: kind == .block ? HoursBank(purchased: random.pick([20, 30, 40, 60])) : nil)
    }

    /// A monthly fee in whole multiples of 25, in the usual range for the kind of agreement.
    private mutating func fee(for kind: AgreementKind) -> Money {
        let range: ClosedRange<Int> =
            switch kind {
            case .fixed: 10...36
            case .retainer: 20...120
            case .block: 8...32
            }
        return Money(random.int(range) * 25)
    }

    /// A renewal price rise of 3 to 8 per cent, rounded to 5.
    private mutating func raised(_ fee: Money) -> Money {
        let cents = fee.cents * Int64(100 + random.int(3...8)) / 100
        return Money(cents: (cents + 250) / 500 * 500)
    }

    // MARK: - Records

    /// Records what happened to each visit the rule promised: mostly done, a few cancelled, moved or missed, and
    /// now and then an extra visit for an emergency.
    private mutating func visits(from first: Day, through last: Day) throws(BenchError) {
        let promised = client.schedule(from: first, through: last).filter { $0.status == .planned }
        for visit in promised {
            let moved = visit.on.adding(days: random.int(1...3))
            switch random.int(0...99) {
            case 0..<2:
                break
            case 2..<5:
                try apply(.cancelVisit(on: visit.on, note: SampleText.cancelNote(&random)))
            case 5..<8 where moved <= last && client.visit(on: moved) == nil:
                try apply(.moveVisit(from: visit.on, to: moved, at: nil))
                try complete(on: moved)
            default:
                try complete(on: visit.on)
            }
            let extra = visit.on.adding(days: random.int(2...5))
            if random.chance(0.04), extra <= last, client.visit(on: extra) == nil {
                try apply(
                    .addVisit(
                        on: extra, at: TimeOfDay(hour: random.int(8...16), minute: 0), technician: random.pick(team),
                        note: "Emergency: \(SampleText.contactNote(&random))"))
                try complete(on: extra)
            }
        }
    }

    private mutating func complete(on day: Day) throws(BenchError) {
        try apply(
            .completeVisit(
                on: day, hours: random.pick([0.75, 1, 1, 1.5, 1.5, 2, 2.5, 3]), note: SampleText.visitNote(&random),
                technician: random.chance(0.1) ? random.pick(team) : nil))
    }

    /// Logs a contact every two to eight days, about six a month, up to a day.
    private mutating func contacts(through last: Day) throws(BenchError) {
        let channels: [ContactChannel] = [
            .call, .call, .call, .call, .call, .call, .call, .call, .email, .email, .email, .email, .email, .email,
            .email, .note, .note, .meeting, .dropBy, .visit,
        ]
        while nextContact <= last {
            let on = nextContact
            let by = random.chance(0.7) ? latestAgreement?.visits?.technician : random.pick(team)
            let followUp = random.chance(0.08) ? on.adding(days: random.int(2...14)) : nil
            try apply(
                .logTouchpoint(
                    on: on, via: random.pick(channels), by: by, note: SampleText.contactNote(&random),
                    followUp: followUp))
            nextContact = on.adding(days: random.int(2...8))
        }
    }

    /// Sends the survey some two months before each anniversary of the term and records the answer a few days
    /// later, as far as the history goes.
    private mutating func surveys(start: Day, termMonths: Int, through last: Day) throws(BenchError) {
        for year in 1...max(1, termMonths / 12) {
            let sent = start.adding(months: min(12 * year, termMonths)).adding(days: -random.int(45...75))
            guard sent >= historyStart, sent <= last else { continue }
            try apply(.markSurveySent(on: sent))
            let answered = sent.adding(days: random.int(2...12))
            guard answered <= last else { continue }
            let score = random.pick([4, 6, 7, 7, 8, 8, 8, 9, 9, 9, 10, 10])
            try apply(
                .markSurveyAnswered(
                    on: answered, score: score, comment: SampleText.surveyComment(score: score, &random)))
        }
    }

    /// Tops up the hours bank of half the block terms halfway through.
    private mutating func topUp(start: Day, through last: Day) throws(BenchError) {
        let on = start.adding(months: 6)
        guard random.chance(0.5), on >= historyStart, on <= last else { return }
        try apply(
            .adjustHours(on: on, hours: random.pick([5, 10, 20]), note: "Extra hours for a server migration"))
    }

    /// The agreement as its latest term has it: the history is written one term after the other.
    private var latestAgreement: Agreement? {
        client.terms.last.flatMap { client.agreement(on: $0.start) }
    }

    private mutating func apply(_ change: Change) throws(BenchError) {
        do {
            client = try change.apply(to: client, today: today)
        } catch {
            throw BenchError("generating \(client.id): \(change.summary(today: today)): \(error)")
        }
    }
}
