/// The dashboard's panes: four in the grid, and the views that take the whole screen: the owner's five, a
/// technician's two, and the open requests.
public enum Pane: Int, CaseIterable, Sendable, Equatable, Hashable {
    case clients, visits, overdue, renewals
    case pipeline, surveys, prospects, revenue, team
    case today, week
    case requests

    /// The four panes of the 2×2 grid.
    public static let grid: [Pane] = [.clients, .visits, .overdue, .renewals]

    /// The owner's five views, on the keys 5 to 9.
    public static let owner: [Pane] = [.pipeline, .surveys, .prospects, .revenue, .team]

    /// Whether the pane is one of the grid's four.
    public var isInGrid: Bool { rawValue < 4 }

    /// Whether the pane is a technician's: today's agenda or a week of visits, which follow the technician filter.
    public var isTechnicians: Bool { self == .today || self == .week }

    /// The key that focuses the pane: its digit, 0 for today's agenda, w for the week, R for the requests.
    public var digit: Character {
        switch self {
        case .today: "0"
        case .week: "w"
        case .requests: "R"
        default: Character(String(rawValue + 1))
        }
    }

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
        case .requests: "Open requests"
        case .today: "Today"
        case .week: "Week"
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
        case .requests: "Requests"
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
