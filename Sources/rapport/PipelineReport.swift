import RapportCore

/// `rapport pipeline`: every prospect with its stage, trigger, estimated fee and next step.
struct PipelineReport: Report {
    var date: Day
    /// The estimated monthly fees of the prospects still open.
    var openEstimatedMRR: Money
    var prospects: [Entry]
    /// Clients with the prospect status but no pipeline entry, such as one added with `client add --status
    /// prospect`; the text points them out. Not part of the JSON.
    var untracked: [String]

    struct Entry: Encodable {
        var client: String
        var name: String
        var trigger: ClientSource
        var stage: ProspectStage
        var estimatedMonthlyFee: Money?
        var nextStep: String?
        var nextStepOn: Day?
        /// Whether the prospect is open and its next step's date has passed.
        var overdue: Bool
        var lostReason: String?

        // Written by hand so that an unknown value is `null` rather than a missing key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(client, forKey: .client)
            try container.encode(name, forKey: .name)
            try container.encode(trigger, forKey: .trigger)
            try container.encode(stage, forKey: .stage)
            try container.encode(estimatedMonthlyFee, forKey: .estimatedMonthlyFee)
            try container.encode(nextStep, forKey: .nextStep)
            try container.encode(nextStepOn, forKey: .nextStepOn)
            try container.encode(overdue, forKey: .overdue)
            try container.encode(lostReason, forKey: .lostReason)
        }

        enum CodingKeys: String, CodingKey {
            case client, name, trigger, stage, estimatedMonthlyFee, nextStep, nextStepOn, overdue, lostReason
        }
    }

    init(_ portfolio: Portfolio, today: Day) {
        date = today
        untracked = portfolio.clients.filter { $0.status == .prospect && $0.pipeline == nil }.map(\.id)
        openEstimatedMRR = portfolio.openPipelineValue
        prospects = portfolio.prospects.map { client, prospect in
            Entry(
                client: client.id, name: client.name, trigger: prospect.trigger, stage: prospect.stage,
                estimatedMonthlyFee: prospect.estimatedMonthlyFee, nextStep: prospect.nextStep,
                nextStepOn: prospect.nextStepOn,
                overdue: prospect.stage.isOpen && prospect.nextStepOn.map { $0 < today } ?? false,
                lostReason: prospect.lostReason)
        }
    }

    enum CodingKeys: String, CodingKey { case date, openEstimatedMRR, prospects }

    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Pipeline, \(date.long)") + "\n\n"
        if prospects.isEmpty {
            out += "Nobody in the pipeline yet. Add a prospect with `rapport prospect add NAME --trigger referral`.\n"
        } else {
            var table = TextTable(
                ["CLIENT", "STAGE", "TRIGGER", "EST. MONTHLY", "NEXT STEP", "DUE"],
                alignments: [.left, .left, .left, .right, .left, .left])
            for entry in prospects {
                // A closed prospect has no next step; a lost one says why instead.
                let step: String? =
                    switch entry.stage {
                    case .won: nil
                    case .lost: entry.lostReason.map { "lost: \($0)" }
                    default: entry.nextStep
                    }
                let due = entry.stage.isOpen ? entry.nextStepOn.map(\.short) : nil
                table.add([
                    entry.name, entry.stage.rawValue, entry.trigger.rawValue,
                    entry.estimatedMonthlyFee?.shown(settings) ?? "-", step ?? "-",
                    (due ?? "-") + (entry.overdue ? "  overdue" : ""),
                ])
            }
            out += table.render(output)
            let open = prospects.filter(\.stage.isOpen).count
            out += "\nOpen: \(count(open, "prospect")), \(openEstimatedMRR.shown(settings)) a month estimated\n"
        }
        if !untracked.isEmpty {
            out += "\nProspects with no pipeline entry: \(untracked.joined(separator: ", ")); "
            out += "give one with `rapport prospect update ID --trigger audit`\n"
        }
        return out
    }
}
