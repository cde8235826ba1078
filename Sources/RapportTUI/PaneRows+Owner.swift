import RapportCore
import RapportReports

// MARK: - What the owner's views list

extension PaneRows {
    /// The renewal pipeline: each renewal's stage, health, score, delivery and last contact.
    ///
    /// - Parameters:
    ///   - report: the renewals of the settings' window.
    ///   - symbol: the currency symbol.
    /// - Returns: one row per renewal, in the renewals' order.
    static func pipelineRows(_ report: RenewalsReport, symbol: String) -> [PaneRow] {
        report.renewals.map { renewal in
            PaneRow(
                clientID: renewal.client,
                cells: [
                    renewal.name, renewal.daysLeftText, renewal.annualValue.compact(symbol: symbol),
                    renewal.stageText(symbol: symbol), renewal.health.mark, renewal.scoreText, renewal.visitsText,
                    renewal.contactText,
                ],
                emphasised: renewal.needsAttention)
        }
    }

    /// The surveys to send this week.
    ///
    /// - Parameter report: the surveys due.
    /// - Returns: one row per survey due.
    static func surveyRows(_ report: SurveysReport) -> [PaneRow] {
        report.surveys.map { survey in
            PaneRow(
                clientID: survey.client,
                cells: [
                    survey.name, survey.due.short(near: report.date), report.whenText(survey),
                    survey.renewsOn.short(near: report.date),
                    survey.cadence.rawValue,
                ],
                emphasised: survey.due < report.date)
        }
    }

    /// The prospects pipeline.
    ///
    /// - Parameters:
    ///   - report: the prospects.
    ///   - symbol: the currency symbol.
    /// - Returns: one row per prospect.
    static func prospectRows(_ report: PipelineReport, symbol: String) -> [PaneRow] {
        report.prospects.map { prospect in
            PaneRow(
                clientID: prospect.client,
                cells: [
                    prospect.name, prospect.stage.rawValue, prospect.trigger.rawValue,
                    prospect.estimatedMonthlyFee?.compact(symbol: symbol) ?? "",
                    prospect.dueText(today: report.date) ?? "", prospect.stepText ?? "",
                ],
                emphasised: prospect.overdue)
        }
    }

    /// The team, each technician with the visits planned for the coming week.
    ///
    /// - Parameter report: the team.
    /// - Returns: one row per technician, in the settings' order.
    static func teamRows(_ report: TeamReport) -> [PaneRow] {
        report.technicians.map { technician in
            PaneRow(
                clientID: "",
                cells: [
                    technician.id, technician.name, "\(technician.visitsThisWeek)",
                    technician.skills.joined(separator: ", "), technician.certifications.joined(separator: ", "),
                ],
                technicianID: technician.id)
        }
    }
}
