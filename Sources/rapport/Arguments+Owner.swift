import ArgumentParser
import RapportCore

// MARK: - Option values for the owner's commands

extension SurveyCadence: ExpressibleByArgument {}
extension ProspectStage: ExpressibleByArgument {}

extension Parse {
    /// What brought a prospect: a client source other than `other`, which says nothing about the sale.
    static func trigger(_ text: String) throws -> ClientSource {
        guard let source = ClientSource(rawValue: text), source != .other else {
            throw ArgumentError("\"\(text)\" is not a trigger; use emergency, audit, unhappy-with-provider or referral")
        }
        return source
    }
}
