/// The four panes of the dashboard.
public enum Pane: Int, CaseIterable, Sendable, Equatable, Hashable {
    case clients, visits, overdue, renewals

    /// The pane's title, with the digit key that focuses it.
    public var title: String {
        switch self {
        case .clients: "1 Clients"
        case .visits: "2 Upcoming visits"
        case .overdue: "3 Overdue contact"
        case .renewals: "4 Renewals"
        }
    }

    /// The pane after (or before) this one, wrapping around.
    ///
    /// - Parameter forward: true for Tab, false for Shift-Tab.
    /// - Returns: the next pane.
    func cycled(forward: Bool) -> Pane {
        let count = Pane.allCases.count
        return Pane(rawValue: (rawValue + (forward ? 1 : count - 1)) % count)!
    }
}
