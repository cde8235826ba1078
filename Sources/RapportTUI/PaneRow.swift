import RapportCore

/// One row of a pane: the client it is about, what it shows, and how.
///
/// The fields live in one shared box that is copied only when a row is changed, so that a filtering keystroke,
/// which copies every matching row of a thousand, copies a reference each rather than every string of every row.
public struct PaneRow: Sendable, Equatable {
    private var box: Box

    public init(
        clientID: String, cells: [String], emphasised: Bool = false, visitDay: Day? = nil, technicianID: String? = nil,
        alert: Bool = false, requestID: String? = nil
    ) {
        box = Box(
            Fields(
                clientID: clientID, cells: cells, emphasised: emphasised, visitDay: visitDay,
                technicianID: technicianID, alert: alert, requestID: requestID))
    }

    public var clientID: String {
        get { box.fields.clientID }
        set { unique().fields.clientID = newValue }
    }

    /// Column texts; the view lays them out by the pane's column widths.
    public var cells: [String] {
        get { box.fields.cells }
        set { unique().fields.cells = newValue }
    }

    /// Rows of today's visits and urgent findings are emphasised; the text says the same without the style.
    public var emphasised: Bool {
        get { box.fields.emphasised }
        set { unique().fields.emphasised = newValue }
    }

    /// The visit day a visits-pane row stands for.
    public var visitDay: Day? {
        get { box.fields.visitDay }
        set { unique().fields.visitDay = newValue }
    }

    /// The technician a team row stands for; such rows have no client.
    public var technicianID: String? {
        get { box.fields.technicianID }
        set { unique().fields.technicianID = newValue }
    }

    /// Rows of a promise already broken, such as a missed response, are drawn red; the text says so too.
    public var alert: Bool {
        get { box.fields.alert }
        set { unique().fields.alert = newValue }
    }

    /// The request a requests-view row stands for, which the respond and close forms act on.
    public var requestID: String? {
        get { box.fields.requestID }
        set { unique().fields.requestID = newValue }
    }

    public static func == (lhs: PaneRow, rhs: PaneRow) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// The box, copied first when another row shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    /// What a row holds.
    private struct Fields: Equatable {
        var clientID: String
        var cells: [String]
        var emphasised: Bool
        var visitDay: Day?
        var technicianID: String?
        var alert: Bool
        var requestID: String?
    }

    /// Holds a row's fields. A box is changed only through `unique()`, by the one row that holds it, so sharing it
    /// between threads is as safe as sharing the value.
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }
}
