/// A day of the week, Monday first as in ISO 8601 and RFC 5545's default WKST.
public enum Weekday: String, CaseIterable, Codable, Sendable, Comparable {
    case monday = "MO", tuesday = "TU", wednesday = "WE", thursday = "TH", friday = "FR", saturday = "SA",
        sunday = "SU"

    /// 0 for Monday through 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    /// The three-letter English name, e.g. `Tue`.
    public var shortName: String { String(fullName.prefix(3)) }

    /// The full English name, e.g. `Tuesday`.
    public var fullName: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.index < rhs.index }
}
