import ArgumentParser
import RapportCore

struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Set or end a client's service agreement.",
        subcommands: [Set.self, End.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Start an agreement, or change parts of it from a day on.",
            discussion: """
                A client without an agreement needs --kind and --fee; it starts on --start (default today). Once it \
                has one, name only what changes: it changes from --from (default today), and every day before \
                keeps the terms it had, so past months' revenue, visits and hours stay as they were.

                Visits are an RFC 5545 rule anchored at the agreement's start, e.g.
                  FREQ=MONTHLY;BYDAY=1TU,3TU        1st and 3rd Tuesday
                  FREQ=WEEKLY;INTERVAL=2;BYDAY=MO   every other Monday
                  FREQ=MONTHLY;BYDAY=-1FR           last Friday of the month

                Setting the agreement of a prospect wins it: it becomes an active client and its pipeline entry \
                is marked won.

                Examples:
                  rapport agreement set acme-dental --kind retainer --fee 900 --start 2026-01-15 \\
                      --visits "FREQ=MONTHLY;BYDAY=1TU,3TU" --visit-time 09:00 --technician js
                  rapport agreement set acme-dental --fee 1000 --from 2026-06-10
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        @Option(help: "fixed, retainer or block (a prepaid block of hours); needed to start an agreement.")
        var kind: AgreementKind?

        @Option(
            parsing: .unconditional, help: "The monthly fee, e.g. 900 or 1,250.00; needed to start an agreement.",
            transform: Parse.money)
        var fee: Money?

        @Option(help: ArgumentHelp("The first day of a new agreement (default today).", valueName: "date"))
        var start: String?

        @Option(help: ArgumentHelp("The day a change takes effect (default today).", valueName: "date"))
        var from: String?

        @Option(parsing: .unconditional, help: "The term in months (12 for a new agreement).", transform: Parse.count)
        var term: Int?

        @Option(
            help: ArgumentHelp("When on-site visits happen, as an RRULE.", valueName: "rrule"), transform: Parse.rule)
        var visits: RecurrenceRule?

        @Option(help: ArgumentHelp("The visits' usual time, HH:MM.", valueName: "HH:MM"), transform: Parse.time)
        var visitTime: TimeOfDay?

        @Option(help: "The id of the technician who usually visits.")
        var technician: String?

        @Option(
            parsing: .unconditional,
            help: "Days allowed between contacts (default from the settings, \(Defaults().contactEveryDays)).",
            transform: Parse.count)
        var contactEvery: Int?

        @Option(
            parsing: .unconditional,
            help: "Days before renewal the survey is due (default from the settings, \(Defaults().surveyLeadDays)).",
            transform: Parse.count)
        var surveyLead: Int?

        @Option(help: "How often the satisfaction survey goes out: yearly (default), twice-yearly or quarterly.")
        var surveyCadence: SurveyCadence?

        @Option(parsing: .unconditional, help: "Prepaid hours of a block agreement.", transform: Parse.hours)
        var hours: Double?

        @Option(
            parsing: .unconditional, help: "Each visit is billed for at least this many hours.", transform: Parse.hours)
        var minimumHours: Double?

        @Option(
            parsing: .unconditional, help: "Discount in percent on the hourly rate for work outside the agreement.",
            transform: Parse.count)
        var discount: Int?

        @Option(parsing: .unconditional, help: "The trip charge per visit.", transform: Parse.money)
        var tripCharge: Money?

        @Flag(inversion: .prefixedNo, help: "Whether after-hours and emergency premiums are waived.")
        var afterHoursWaived: Bool?

        @Option(parsing: .unconditional, help: "Promised on-site response, in hours.", transform: Parse.hours)
        var onsiteHours: Double?

        @Option(parsing: .unconditional, help: "Promised phone response, in minutes.", transform: Parse.count)
        var phoneMinutes: Int?

        @Option(parsing: .unconditional, help: "Promised remote response, in hours.", transform: Parse.hours)
        var remoteHours: Double?

        func validate() throws {
            if start != nil, from != nil {
                throw ValidationError("--start begins a new agreement and --from changes one; give one of them")
            }
        }

        func run() throws {
            let context = try CommandContext(global)
            let edit = AgreementEdit(
                kind: kind, monthlyFee: fee, termMonths: term, visitRule: visits, visitTime: visitTime,
                visitTechnician: try context.technician(technician), contactEveryDays: contactEvery,
                surveyLeadDays: surveyLead, surveyCadence: surveyCadence, hours: hours, minimumHours: minimumHours,
                hourlyDiscountPercent: discount, tripCharge: tripCharge, afterHoursPremiumWaived: afterHoursWaived,
                onsiteHours: onsiteHours, phoneMinutes: phoneMinutes, remoteHours: remoteHours)
            let day = try start.map { try context.date($0, field: "--start") } ?? context.date(from, field: "--from")
            try context.apply(.setAgreement(edit, from: day), to: client)
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "end",
            abstract: "End the agreement; the client becomes a former client.",
            discussion:
                "Example:\n  rapport agreement end acme-dental --on 2026-12-31 --reason \"Moved to in-house IT\"")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        @Option(help: ArgumentHelp("The day it ends (default today).", valueName: "date"))
        var on: String?

        @Option(help: "Why it ended.")
        var reason: String?

        func run() throws {
            let context = try CommandContext(global)
            let day = try context.date(on)
            try context.apply(.endAgreement(on: day, reason: reason), to: client)
        }
    }
}

struct RenewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew",
        abstract: "Renew the agreement: the next term starts on the renewal date, whenever you renew.",
        discussion: """
            The term in force runs to its end; renewing early queues the next one, and renewing again before it \
            starts changes it.

            Example:
              rapport renew acme-dental --fee 950
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The client id.")
    var client: String

    @Option(parsing: .unconditional, help: "A new monthly fee (default: unchanged).", transform: Parse.money)
    var fee: Money?

    @Option(parsing: .unconditional, help: "A new term in months (default: unchanged).", transform: Parse.count)
    var term: Int?

    func run() throws {
        let context = try CommandContext(global)
        let renewed = try context.apply(.renew(fee: fee, termMonths: term), to: client)
        if let next = renewed.queuedRenewal(on: context.today) ?? renewed.term(on: context.today) {
            print(
                "next term: \(next.start.long) to \(next.renewsOn.long) at \(next.monthlyFee.shown(context.settings)) a month"
            )
        }
    }
}
