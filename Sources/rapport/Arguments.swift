import ArgumentParser
import RapportCore

// MARK: - Domain values as option values

extension ClientStatus: ExpressibleByArgument {}
extension ClientSource: ExpressibleByArgument {}
extension AgreementKind: ExpressibleByArgument {}
extension ContactChannel: ExpressibleByArgument {}

/// Option parsers: `Input`'s, with its wording; ArgumentParser adds the option's name.
enum Parse {
    static func money(_ text: String) throws -> Money {
        try argument { () throws(ChangeError) in try Input.money(text) }
    }
    static func rule(_ text: String) throws -> RecurrenceRule {
        try argument { () throws(ChangeError) in try Input.rule(text) }
    }
    static func time(_ text: String) throws -> TimeOfDay {
        try argument { () throws(ChangeError) in try Input.time(text) }
    }
    /// A time, or `none` to clear one.
    static func timeOrNone(_ text: String) throws -> Clearable<TimeOfDay> {
        text == "none" ? .clear : .set(try time(text))
    }
    static func score(_ text: String) throws -> Int { try argument { () throws(ChangeError) in try Input.score(text) } }
    static func hours(_ text: String) throws -> Double {
        try argument { () throws(ChangeError) in try Input.hours(text) }
    }
    static func workload(_ text: String) throws -> Workload {
        try argument { () throws(ChangeError) in try Input.workload(text) }
    }
    static func month(_ text: String) throws -> Day {
        try argument { () throws(ChangeError) in try Input.month(text) }
    }
    static func count(_ text: String) throws -> Int { try argument { () throws(ChangeError) in try Input.count(text) } }
    static func percent(_ text: String) throws -> Int {
        try argument { () throws(ChangeError) in try Input.percent(text) }
    }
    static func hoursCorrection(_ text: String) throws -> Double {
        try argument { () throws(ChangeError) in try Input.hoursCorrection(text) }
    }

    /// Runs a parser, turning its refusal into the message ArgumentParser shows after the option's name.
    private static func argument<T>(_ parse: () throws(ChangeError) -> T) throws -> T {
        do {
            return try parse()
        } catch {
            throw ArgumentError(error.message)
        }
    }
}

/// An option of an edit that sets a value, or clears it when given as `none`.
///
/// A property of this type, optional, tells the three cases apart: not given, a value, and `none`.
enum Clearable<Value> {
    case set(Value)
    case clear

    /// The value to set, nil to clear.
    var value: Value? {
        if case .set(let value) = self { return value }
        return nil
    }
}

/// The reason an option value was refused, shown after ArgumentParser's "The value … is invalid for --option".
struct ArgumentError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
