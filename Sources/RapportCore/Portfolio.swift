/// Figures across all clients: revenue, renewals, overdue contact and the day's visits.
public struct Portfolio: Sendable, Equatable {
    public var clients: [Client]
    public var settings: Settings

    public init(clients: [Client], settings: Settings) {
        self.clients = clients
        self.settings = settings
    }

    // MARK: - Revenue

    /// The clients whose agreement is active today.
    ///
    /// - Parameter today: the current day.
    /// - Returns: those clients, in store order.
    public func activeClients(today: Day) -> [Client] {
        clients.filter { $0.agreement(on: today)?.isActive(on: today) ?? false }
    }

    /// Monthly recurring revenue: the sum of the monthly fees of active agreements.
    ///
    /// - Parameter today: the current day.
    /// - Returns: the MRR.
    public func mrr(today: Day) -> Money {
        activeClients(today: today).reduce(.zero) { $0 + $1.agreement(on: today)!.monthlyFee }
    }

    /// Annual recurring revenue: twelve times the MRR.
    ///
    /// - Parameter today: the current day.
    /// - Returns: the ARR.
    public func arr(today: Day) -> Money { mrr(today: today) * 12 }

    // MARK: - Renewals

    /// Agreements that renew within a window, and lapsed ones, soonest (most lapsed) first.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - within: how many days ahead to look.
    /// - Returns: one entry per agreement.
    public func renewals(today: Day, within: Int) -> [Renewal] {
        clients.compactMap { client -> Renewal? in
            guard let agreement = client.agreement(on: today) else { return nil }
            let renewsOn = agreement.renewalDate
            let daysLeft = today.days(until: renewsOn)
            guard daysLeft <= within, agreement.start <= today || daysLeft >= 0 else { return nil }
            let survey = client.surveyStatus(today: today, defaults: settings.defaults) ?? .notYet
            let next = client.queuedRenewal(on: today)
            let stage: RenewalStage =
                next != nil
                ? .renewed
                : client.hasLapsed(on: today)
                    ? .lapsed : agreement.proposalSent != nil ? .proposalSent : RenewalStage(survey)
            let delivery = client.visitDelivery(today: today)
            return Renewal(
                client: client.id, name: client.name, renewsOn: renewsOn, daysLeft: daysLeft,
                monthlyFee: agreement.monthlyFee, surveyStatus: survey, stage: stage,
                score: client.surveyScore(in: agreement.start..<renewsOn),
                previousScore: client.previousTerm(on: today).flatMap { client.surveyScore(in: $0) },
                visitsDelivered: delivery.delivered, visitsPromised: delivery.promised,
                daysSinceContact: client.lastContact(today: today).map { $0.days(until: today) },
                health: client.health(today: today, defaults: settings.defaults) ?? .watch,
                proposalSent: agreement.proposalSent,
                nextTerm: next.map { NextTerm(start: $0.start, monthlyFee: $0.monthlyFee) })
        }.sorted { ($0.daysLeft, $0.name) < ($1.daysLeft, $1.name) }
    }

    // MARK: - Contact and visits

    /// Clients whose contact is overdue, longest silence first.
    ///
    /// - Parameter today: the current day.
    /// - Returns: each overdue client with its finding.
    public func overdue(today: Day) -> [(client: Client, finding: OverdueContact)] {
        clients.compactMap { client in
            client.overdueContact(today: today, defaults: settings.defaults).map { (client, $0) }
        }.sorted { ($0.finding.daysSince, $1.client.name) > ($1.finding.daysSince, $0.client.name) }
    }

    /// All clients' visits between two days, in calendar order.
    ///
    /// - Parameters:
    ///   - from: the first day.
    ///   - through: the last day.
    ///   - technician: only this technician's visits, when given.
    /// - Returns: each visit with its client.
    public func visits(from: Day, through: Day, technician: String? = nil) -> [(client: Client, visit: ScheduledVisit)]
    {
        clients.flatMap { client in
            client.schedule(from: from, through: through).map { (client: client, visit: $0) }
        }
        .filter { technician == nil || $0.visit.technician == technician }
        .sorted {
            ($0.visit.on, $0.visit.at?.minutes ?? -1, $0.client.name)
                < ($1.visit.on, $1.visit.at?.minutes ?? -1, $1.client.name)
        }
    }
}

/// An agreement coming up for renewal.
public struct Renewal: Sendable, Equatable {
    public var client: String
    public var name: String
    public var renewsOn: Day
    /// Days until the renewal date; zero or less once lapsed.
    public var daysLeft: Int
    public var monthlyFee: Money
    public var surveyStatus: SurveyStatus
    public var stage: RenewalStage
    /// This term's survey score, and the previous term's for comparison.
    public var score: Int?
    public var previousScore: Int?
    public var visitsDelivered: Int
    public var visitsPromised: Int
    public var daysSinceContact: Int?
    public var health: Health
    public var proposalSent: Day?
    /// The term a renewal has queued, once the client has renewed.
    public var nextTerm: NextTerm?

    /// The money at stake: a year of fees.
    public var annualValue: Money { monthlyFee * 12 }
}

/// The start and fee of a renewed agreement's next term.
public struct NextTerm: Encodable, Sendable, Equatable {
    public var start: Day
    public var monthlyFee: Money
}

/// Where a renewal stands in the pipeline.
public enum RenewalStage: String, Encodable, Sendable, Equatable {
    case upcoming
    case surveyDue = "survey-due"
    case surveySent = "survey-sent"
    case surveyAnswered = "survey-answered"
    case proposalSent = "proposal-sent"
    /// Renewed ahead of the renewal date: the next term is queued.
    case renewed
    case lapsed

    /// The stage a renewal that has not lapsed is at, given its survey.
    ///
    /// - Parameter survey: the survey status of the current term.
    init(_ survey: SurveyStatus) {
        self =
            switch survey {
            case .answered: .surveyAnswered
            case .sent: .surveySent
            case .due: .surveyDue
            case .notYet: .upcoming
            }
    }
}
