import RapportCore

/// The result of a write.
public struct ApplyOutcome: Sendable, Equatable {
    /// The document as it was in the file just before the change, which an undo takes it back to; nil for a new
    /// client, or one whose file could not be read.
    public var before: Client?
    /// The document as written.
    public var client: Client
    /// Fields another process had changed since this one read the client, which this change has overwritten.
    public var overwritten: [String]
}
