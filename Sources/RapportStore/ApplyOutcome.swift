import RapportCore

/// The result of a write.
public struct ApplyOutcome: Sendable, Equatable {
    /// The document as written.
    public var client: Client
    /// Fields another process had changed since this one read the client, which this change has overwritten.
    public var overwritten: [String]
}
