import ArgumentParser
import RapportCore

// MARK: - Domain values as option values

extension ClientStatus: ExpressibleByArgument {}
extension ClientSource: ExpressibleByArgument {}
extension AgreementKind: ExpressibleByArgument {}
extension ContactChannel: ExpressibleByArgument {}

/// Option parsers that say what a good value looks like; ArgumentParser adds the option's name.
enum Parse {
    static func money(_ text: String) throws -> Money {
        guard let money = Money(text), money >= .zero else {
            throw ArgumentError("\"\(text)\" is not an amount; use for example 900 or 1,250.00")
        }
        return money
    }

    static func rule(_ text: String) throws -> RecurrenceRule {
        do {
            return try RecurrenceRule(parsing: text)
        } catch {
            throw ArgumentError("\(error.message); for example FREQ=MONTHLY;BYDAY=1TU,3TU")
        }
    }

    static func time(_ text: String) throws -> TimeOfDay {
        guard let time = TimeOfDay(text) else {
            throw ArgumentError("\"\(text)\" is not a time; use HH:MM on a 24-hour clock, e.g. 09:00 or 14:30")
        }
        return time
    }

    static func score(_ text: String) throws -> Int {
        guard let score = Int(text), (0...10).contains(score) else {
            throw ArgumentError("\"\(text)\" is not a score; use a whole number from 0 to 10, e.g. 9")
        }
        return score
    }

    static func hours(_ text: String) throws -> Double {
        guard let hours = Double(text), hours.isFinite, hours > 0, hours <= 10_000 else {
            throw ArgumentError("\"\(text)\" is not a number of hours; use for example 1.5")
        }
        return hours
    }

    static func count(_ text: String) throws -> Int {
        guard let value = Int(text), value >= 0, value <= 100_000 else {
            throw ArgumentError("\"\(text)\" is not a whole number; use for example 12")
        }
        return value
    }
}

/// The reason an option value was refused, shown after ArgumentParser's "The value … is invalid for --option".
struct ArgumentError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
