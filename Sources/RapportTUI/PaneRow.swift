import RapportCore

/// One row of a pane: the client it is about, what it shows, and how.
///
/// The fields live in one shared box that is copied only when a row is changed, so that a filtering keystroke,
/// which copies every matching row of a thousand, copies a reference each rather than every string of every row.
/// They read and write as the row's own properties (`row.cells`), through `Fields`.
@dynamicMemberLookup
public struct PaneRow: Sendable, Equatable {
    /// What a row holds.
    public struct Fields: Sendable, Equatable {
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
    }

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

    /// A field of the row; setting one copies the box first when another row shares it.
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.fields[keyPath: field] }
        set {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            box.fields[keyPath: field] = newValue
        }
    }

    public static func == (lhs: PaneRow, rhs: PaneRow) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Holds a row's fields. A box is changed only by the one row that holds it, after `isKnownUniquelyReferenced`,
    /// so sharing it between threads is as safe as sharing the value.
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }
}
