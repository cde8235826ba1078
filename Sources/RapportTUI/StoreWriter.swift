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
            let summary = "\(outcome.client.name): \(change.summary(today: today, in: outcome.before))"
            var status = summary
            if !outcome.overwritten.isEmpty {
                status += " (replaced someone else's \(outcome.overwritten.joined(separator: ", ")))"
            }
            let revision = Revision(.client(id: id, before: outcome.before, after: outcome.client), summary: summary)
            return .changeSaved(store.portfolio(on: today), summary: status, client: id, revision: revision)
        }
    }

    /// Starts writing a change to the settings; its outcome waits in `finished()`.
    ///
    /// - Parameters:
    ///   - change: the change.
    ///   - today: the day the portfolio is shown for.
    func save(_ change: SettingsChange, today: Day) {
        start { store throws(StoreError) in
            let (before, after) = try store.apply(change)
            let revision = Revision(.settings(before: before, after: after), summary: change.summary)
            return .changeSaved(store.portfolio(on: today), summary: change.summary, client: "", revision: revision)
        }
    }

    /// Starts taking back what a written change did, or making it again, through the store's one write path;
    /// what others wrote since stays. Its outcome waits in `finished()`.
    ///
    /// - Parameters:
    ///   - revision: what the change turned the document from and into.
    ///   - step: `.undo` or `.redo`.
    ///   - today: the day the portfolio is shown for.
    func revert(_ revision: Revision, step: HistoryStep, today: Day) {
        start { store throws(StoreError) in
            switch revision.document {
            case .client(let id, let before, let after):
                guard let before else { throw .invalidChange(client: id, ChangeError("undo never deletes a client")) }
                let outcome = try store.apply(.revert(before: before, after: after), to: id, today: today)
                // What was kept is worked out again from the file the revert was applied to.
                let kept = outcome.before.flatMap { try? $0.reverted(before: before, after: after).kept } ?? []
                let done = Revision(
                    .client(id: id, before: outcome.before, after: outcome.client), summary: revision.summary)
                return .changeSaved(
                    store.portfolio(on: today),
                    summary: ([revision.summary] + kept.map(\.description)).joined(separator: "; "), client: id,
                    revision: done, step: step)
            case .settings(let before, let after):
                let (fresh, written) = try store.apply(.revert(before: before, after: after))
                return .changeSaved(
                    store.portfolio(on: today), summary: revision.summary, client: "",
                    revision: Revision(.settings(before: fresh, after: written), summary: revision.summary), step: step)
            }
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
