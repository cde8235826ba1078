import Foundation
import RapportCore
import RapportStore

/// Carries out the dashboard's writes on a thread of their own, so that a store lock held by another process never
/// stops the keys, and hands each outcome back to the input loop as an action.
///
/// The store is not safe to share between threads, so it has one user at a time: the writer's thread from a save
/// until the loop takes its outcome from `finished()`, and the loop the rest of the time. `isWriting` tells the loop
/// which; the lock around the outcome orders the writer's use of the store before the loop's next one.
final class StoreWriter: @unchecked Sendable {
    private let store: Store
    /// One write at a time, in the order asked: a form cannot be submitted while its save is out.
    private let queue = DispatchQueue(label: "rapport.store-writer")
    private let lock = NSLock()
    private var outcome: Action?
    /// Whether a write is out; set and cleared on the loop's thread only.
    private(set) var isWriting = false

    init(store: Store) {
        self.store = store
    }

    /// Starts writing a change to a client; its outcome waits in `finished()`.
    ///
    /// - Parameters:
    ///   - change: the change.
    ///   - id: the client it is for.
    ///   - today: the day of the change.
    func save(_ change: Change, to id: String, today: Day) {
        start { store throws(StoreError) in
            let outcome = try store.apply(change, to: id, today: today)
            var summary = "\(outcome.client.name): \(change.summary(today: today))"
            if !outcome.overwritten.isEmpty {
                summary += " (replaced someone else's \(outcome.overwritten.joined(separator: ", ")))"
            }
            return .changeSaved(store.portfolio(on: today), summary: summary, client: id)
        }
    }

    /// Starts writing a change to the settings; its outcome waits in `finished()`.
    ///
    /// - Parameters:
    ///   - change: the change.
    ///   - today: the day the portfolio is shown for.
    func save(_ change: SettingsChange, today: Day) {
        start { store throws(StoreError) in
            try store.apply(change)
            return .changeSaved(store.portfolio(on: today), summary: change.summary, client: "")
        }
    }

    /// The outcome of the write that was out, once it is done; the store is the loop's again from then on.
    func finished() -> Action? {
        guard isWriting, let action = lock.withLock({ outcome.take() }) else { return nil }
        isWriting = false
        return action
    }

    /// Waits for the write that is out, so that quitting loses nothing, and gives its outcome.
    func waitForOutcome() -> Action? {
        queue.sync {}
        return finished()
    }

    private func start(_ write: @escaping @Sendable (Store) throws(StoreError) -> Action) {
        isWriting = true
        queue.async { [self] in
            let action = outcome(of: write)
            lock.withLock { outcome = action }
        }
    }

    /// Runs a write on the writer's thread, turning a refusal into the action that reports it.
    private func outcome(of write: (Store) throws(StoreError) -> Action) -> Action {
        do {
            return try write(store)
        } catch .invalidChange(_, let refused) {
            return .changeFailed(refused.message, field: refused.field.flatMap(FieldID.init(rawValue:)))
        } catch {
            return .changeFailed(error.description, field: nil)
        }
    }
}
