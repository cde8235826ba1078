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

    /// A whole percentage from 0 to 100, such as a discount.
    static func percent(_ text: String) throws -> Int {
        guard let value = Int(text), (0...100).contains(value) else {
            throw ArgumentError("\"\(text)\" is not a percentage; use a whole number from 0 to 100, e.g. 15")
        }
        return value
    }

    /// A number of hours that may be zero or negative, such as a correction to an hours bank; the change itself
    /// checks the range, since what makes sense depends on the field.
    static func anyHours(_ text: String) throws -> Double {
        guard let hours = Double(text), hours.isFinite else {
            throw ArgumentError("\"\(text)\" is not a number of hours; use for example 10, 1.5 or -2")
        }
        return hours
    }
}
