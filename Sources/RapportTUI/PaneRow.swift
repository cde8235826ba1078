import RapportCore

/// One row of a pane: the client it is about, what it shows, and how.
public struct PaneRow: Sendable, Equatable {
    public var clientID: String
    /// Column texts; the view lays them out by the pane's column widths.
    public var cells: [String]
    /// Rows of today's visits and urgent findings are emphasised; the text says the same without the style.
    public var emphasised: Bool
    /// The visit day a visits-pane row stands for.
    public var visitDay: Day?
    /// The technician a team row stands for; such rows have no client.
    public var technicianID: String?
    /// Rows of a promise already broken, such as a missed response, are drawn red; the text says so too.
    public var alert: Bool
    /// The request a requests-view row stands for, which the respond and close forms act on.
    public var requestID: String?

    public init(
        clientID: String, cells: [String], emphasised: Bool = false, visitDay: Day? = nil, technicianID: String? = nil,
        alert: Bool = false, requestID: String? = nil
    ) {
        self.clientID = clientID
        self.cells = cells
        self.emphasised = emphasised
        self.visitDay = visitDay
        self.technicianID = technicianID
        self.alert = alert
        self.requestID = requestID
    }
}
