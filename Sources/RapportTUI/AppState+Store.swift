import RapportCore
import RapportStore

// MARK: - Opening on a store

extension AppState {
    /// The state of a dashboard freshly opened on a store.
    ///
    /// - Parameters:
    ///   - store: the opened store.
    ///   - now: the day and time the dashboard shows.
    public init(store: Store, now: DayTime) {
        self.init(
            now: now, portfolio: store.portfolio(on: now.day), unreadable: store.problems,
            readOnlyReason: store.readOnlyReason)
    }
}
