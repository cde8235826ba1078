import RapportCore

/// The changes of this dashboard session that `u` takes back, latest last, and those Ctrl-R makes again.
public struct History: Sendable, Equatable {
    public var undo: [Revision] = []
    public var redo: [Revision] = []
    /// The undo or redo whose write is out; its revision stays on its stack until the store has written it.
    public var moving: HistoryStep?

    /// How many changes the session keeps to take back.
    static let limit = 100

    public init() {}

    /// Records what a write that came back did.
    ///
    /// - Parameters:
    ///   - revision: what the write turned the document from and into.
    ///   - step: whether it was a new change, an undo or a redo.
    mutating func record(_ revision: Revision, as step: HistoryStep) {
        switch step {
        case .change:
            undo.append(revision)
            if undo.count > History.limit { undo.removeFirst(undo.count - History.limit) }
            redo = []
        case .undo:
            if !undo.isEmpty { undo.removeLast() }
            redo.append(revision)
        case .redo:
            if !redo.isEmpty { redo.removeLast() }
            undo.append(revision)
        }
        moving = nil
    }
}

/// Whether a write is a new change, or takes one back, or makes one again.
public enum HistoryStep: Sendable, Equatable {
    case change, undo, redo

    /// What the status line says before the change's summary once it is written.
    var done: String {
        switch self {
        case .change: "Saved"
        case .undo: "Undid"
        case .redo: "Redid"
        }
    }
}

/// One written change as the dashboard can take it back: the document just before it and as written.
public struct Revision: Sendable, Equatable {
    public enum Document: Sendable, Equatable {
        /// A client's document; `before` is nil when the change created the client, which undo does not delete.
        case client(id: String, before: Client?, after: Client)
        case settings(before: Settings, after: Settings)
    }

    public var document: Document
    /// What the change did, e.g. `Acme Dental: ended the agreement on Sun 6 Dec`.
    public var summary: String

    public init(_ document: Document, summary: String) {
        self.document = document
        self.summary = summary
    }
}

/// A question a destructive action waits on: `y` asks for its write, `n` or Esc leaves everything as it was.
public struct Confirmation: Sendable, Equatable {
    /// What will happen, e.g. `End Acme Dental's agreement on Sun 6 Dec?`
    public var question: String
    /// The write a yes asks for.
    public var effect: Effect

    public init(_ question: String, effect: Effect) {
        self.question = question
        self.effect = effect
    }

    /// The question a change asks before it is written, if it is one that loses something: ending an agreement,
    /// deleting an entry, removing a person, marking a prospect lost. Each can still be undone.
    ///
    /// - Parameters:
    ///   - change: the change.
    ///   - client: the client's document.
    /// - Returns: the question, or nil when the change goes ahead without one.
    static func question(for change: Change, of client: Client?) -> String? {
        let name = client?.name ?? "the client"
        switch change {
        case .endAgreement(let on, _):
            return "End \(name)'s agreement on \(on.short)?"
        case .deleteRecord(let id):
            return "Delete \(client?.describeRecord(id) ?? "the entry") from \(name)?"
        case .removePerson(let id):
            return "Remove \(client?.describeRecord(id) ?? "the person") from \(name)?"
        case .updateProspect(let edit) where edit.stage == .lost:
            return "Mark \(name) lost?"
        default:
            return nil
        }
    }
}
