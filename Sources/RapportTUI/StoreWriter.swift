import Foundation
import RapportCore
import RapportStore

/// Carries out the dashboard's writes on a thread of their own, so that a store lock held by another process never
/// stops the keys, and hands each outcome back to the input loop as an action. Syncs with the team run here too, in
/// turn with the writes.
///
/// The store is not safe to share between threads, so it has one user at a time: the writer's thread from a job
/// until the loop takes the last outcome from `finished()`, and the loop the rest of the time. `isWriting` tells the loop
/// which; the lock around the outcome orders the writer's use of the store before the loop's next one.
final class StoreWriter: @unchecked Sendable {
    private let store: Store
    /// One job at a time, in the order asked.
    private let queue = DispatchQueue(label: "rapport.store-writer")
    private let lock = NSLock()
    /// The outcomes of the jobs done, oldest first, until the loop takes them.
    private var outcomes: [Action] = []
    /// How many jobs are out; counted on the loop's thread only.
    private var jobsOut = 0
    /// Whether a job is out, so the loop leaves the store alone.
    var isWriting: Bool { jobsOut > 0 }

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

    /// Starts a sync with the team's shared copy, then reloads the store from what the merge left; its outcome waits
    /// in `finished()`. It runs in turn with the writes, so that git never merges a file a save is writing.
    ///
    /// - Parameters:
    ///   - client: how to reach the shared copy.
    ///   - today: the day the portfolio is shown for.
    func sync(_ client: SyncClient, today: Day) {
        run { store in
            let report: SyncReport
            do throws(SyncFailure) {
                report = try client.sync()
            } catch {
                return .syncFailed(error.message)
            }
            var standing = client.standing()
            standing?.offline = report.offline
            let changed = store.reload()
            return .syncFinished(
                standing, summary: report.summary, store.portfolio(on: today), unreadable: store.problems,
                changed: changed)
        }
    }

    /// Starts reading the store's standing against the shared copy; its outcome waits in `finished()`.
    ///
    /// - Parameter client: how to reach the shared copy.
    func readStanding(_ client: SyncClient) {
        run { _ in .syncStandingRead(client.standing()) }
    }

    /// The outcome of the oldest job that is done, if any; the store is the loop's again once no job is out.
    func finished() -> Action? {
        guard isWriting, let action = lock.withLock({ outcomes.isEmpty ? nil : outcomes.removeFirst() }) else {
            return nil
        }
        jobsOut -= 1
        return action
    }

    /// Waits for every job that is out, so that quitting loses nothing, and gives their outcomes in order.
    func waitForOutcomes() -> [Action] {
        queue.sync {}
        var all: [Action] = []
        while let action = finished() { all.append(action) }
        return all
    }

    private func start(_ write: @escaping @Sendable (Store) throws(StoreError) -> Action) {
        run { [self] store in outcome(of: write, on: store) }
    }

    /// Queues a job on the writer's thread and keeps its outcome for the loop.
    private func run(_ job: @escaping @Sendable (Store) -> Action) {
        jobsOut += 1
        queue.async { [self] in
            let action = job(store)
            lock.withLock { outcomes.append(action) }
        }
    }

    /// Runs a write on the writer's thread, turning a refusal into the action that reports it.
    private func outcome(of write: (Store) throws(StoreError) -> Action, on store: Store) -> Action {
        do {
            return try write(store)
        } catch .invalidChange(_, let refused) {
            return .changeFailed(refused.message, field: refused.field.flatMap(FieldID.init(rawValue:)))
        } catch {
            return .changeFailed(error.description, field: nil)
        }
    }
}
