import RapportCore

/// Where the store stands against the team's shared copy, as the header shows it.
public struct SyncStatus: Sendable, Equatable {
    /// Changes here that the shared copy has not got: commits not pushed, and files changed since the last commit.
    public var ahead: Int
    /// Commits fetched from the shared copy that are not merged here yet.
    public var behind: Int
    /// When the last sync reached the shared copy, on the local clock; nil before the first.
    public var lastSync: DayTime?
    /// Whether the last sync could not reach the shared copy.
    public var offline: Bool

    /// Creates a standing.
    ///
    /// - Parameters:
    ///   - ahead: changes waiting to go out.
    ///   - behind: commits waiting to be merged.
    ///   - lastSync: the last sync that reached the shared copy.
    ///   - offline: whether the last sync could not reach it.
    public init(ahead: Int, behind: Int, lastSync: DayTime?, offline: Bool = false) {
        self.ahead = ahead
        self.behind = behind
        self.lastSync = lastSync
        self.offline = offline
    }

    /// The header's words, such as "↑2 ↓0 synced 10:42"; a sync of another day shows its date instead of its time.
    ///
    /// - Parameter today: the dashboard's day.
    /// - Returns: the text.
    func headerText(today: Day) -> String {
        if offline { return "↑\(ahead) offline" }
        guard let lastSync else { return "↑\(ahead) ↓\(behind) never synced" }
        return "↑\(ahead) ↓\(behind) synced \(lastSync.day == today ? "\(lastSync.time)" : lastSync.day.short)"
    }
}
