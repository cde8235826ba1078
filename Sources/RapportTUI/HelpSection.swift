/// The help screen's sections, in the order it shows them.
enum HelpSection: Sendable, Equatable, CaseIterable {
    case move, record, forms, screen

    /// The section's heading.
    var title: String {
        switch self {
        case .move: "Move"
        case .record: "Record"
        case .forms: "Forms"
        case .screen: "Screen"
        }
    }
}
