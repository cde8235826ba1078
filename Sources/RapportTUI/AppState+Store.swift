import RapportCore
import RapportStore

// MARK: - Opening on a store

extension AppState {
    /// The state of a dashboard freshly opened on a store.
    ///
    /// - Parameters:
    ///   - store: the opened store.
    ///   - today: the day the dashboard shows.
    public init(store: Store, today: Day) {
        self.init(
            today: today, portfolio: store.portfolio(on: today), unreadable: store.problems,
            readOnlyReason: store.readOnlyReason)
    }
}
