/// How the dashboard reaches the team's shared copy: the program gives it git, and tests a stand-in, so that the
/// dashboard never runs git itself.
public struct SyncClient: Sendable {
    /// Reads where the store stands, without the network; nil when the store is not shared.
    public var standing: @Sendable () -> SyncStatus?
    /// Commits, fetches, merges and pushes; gives the outcome in one line and whether the shared copy was out of
    /// reach, or throws why the sync failed.
    public var sync: @Sendable () throws(SyncFailure) -> SyncReport

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - standing: reads the standing.
    ///   - sync: runs a sync.
    public init(
        standing: @escaping @Sendable () -> SyncStatus?,
        sync: @escaping @Sendable () throws(SyncFailure) -> SyncReport
    ) {
        self.standing = standing
        self.sync = sync
    }
}

/// What one sync did, in the words of `rapport sync`.
public struct SyncReport: Sendable, Equatable {
    /// The outcome in one line, such as "synced: 1 in, 2 out".
    public var summary: String
    /// Whether the shared copy could not be reached; the local changes are committed and wait.
    public var offline: Bool

    /// Creates a report.
    ///
    /// - Parameters:
    ///   - summary: the outcome in one line.
    ///   - offline: whether the shared copy was out of reach.
    public init(summary: String, offline: Bool) {
        self.summary = summary
        self.offline = offline
    }
}

/// Why a sync failed, in words for the status line.
public struct SyncFailure: Error, Sendable, Equatable {
    public var message: String

    /// Creates a failure.
    ///
    /// - Parameter message: what went wrong.
    public init(_ message: String) {
        self.message = message
    }
}
