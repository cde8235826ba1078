/// The help screen's sections, in the order it shows them.
enum HelpSection: Sendable, Equatable, CaseIterable {
    case move, record, add, forms, screen

    /// The section's heading.
    var title: String {
        switch self {
        case .move: "Move"
        case .record: "Record"
        case .add: "Add: a, then"
        case .forms: "Forms"
        case .screen: "Screen"
        }
    }
}
