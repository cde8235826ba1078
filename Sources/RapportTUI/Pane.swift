/// The dashboard's panes: four in the grid, and five owner's views that take the whole screen.
public enum Pane: Int, CaseIterable, Sendable, Equatable, Hashable {
    case clients, visits, overdue, renewals
    case pipeline, surveys, prospects, revenue, team

    /// The four panes of the 2×2 grid.
    public static let grid: [Pane] = [.clients, .visits, .overdue, .renewals]

    /// Whether the pane is one of the grid's four.
    public var isInGrid: Bool { rawValue < 4 }

    /// The digit key that focuses the pane.
    public var digit: Character { Character(String(rawValue + 1)) }

    /// The pane's title, with the digit key that focuses it.
    public var title: String { "\(digit) \(name)" }

    /// The pane's name.
    public var name: String {
        switch self {
        case .clients: "Clients"
        case .visits: "Upcoming visits"
        case .overdue: "Overdue contact"
        case .renewals: "Renewals"
        case .pipeline: "Renewal pipeline"
        case .surveys: "Surveys to send"
        case .prospects: "Sales pipeline: prospects"
        case .revenue: "Revenue"
        case .team: "Team"
        }
    }

    /// A one-word name for the tab strip.
    public var shortName: String {
        switch self {
        case .visits: "Visits"
        case .overdue: "Overdue"
        // Not "Pipeline", which `rapport pipeline` and the sales side mean.
        case .pipeline: "Renewal pipeline"
        case .surveys: "Surveys"
        case .prospects: "Prospects"
        default: name
        }
    }

    /// The pane after (or before) this one, wrapping around: through the grid's four, or through the owner's views.
    ///
    /// - Parameter forward: true for Tab, false for Shift-Tab.
    /// - Returns: the next pane.
    func cycled(forward: Bool) -> Pane {
        let ring = isInGrid ? Pane.grid : Pane.allCases.filter { !$0.isInGrid }
        let index = ring.firstIndex(of: self)!
        return ring[(index + (forward ? 1 : ring.count - 1)) % ring.count]
    }
}
