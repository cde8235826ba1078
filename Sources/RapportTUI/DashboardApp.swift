import Foundation
import RapportCore
import RapportStore

/// Runs the dashboard: draws the state, turns keys into actions, carries out effects through the store, and
/// notices when another process changed the store.
///
/// Writes run on the `StoreWriter`'s thread, so keys keep working while another process holds the store lock; the
/// loop leaves the store alone until the write's outcome is back.
public final class DashboardApp {
    private let store: Store
    private let writer: StoreWriter
    private let terminal: any Terminal
    private let clock: (() -> DayTime)?
    /// How `S` reaches the team's shared copy; nil for a store that is not shared.
    private let syncClient: SyncClient?
    private var state: AppState
    /// How often the store is checked for changes made elsewhere.
    private let pollInterval: TimeInterval = 1

    /// Prepares the dashboard on an opened store.
    ///
    /// - Parameters:
    ///   - store: the store, already loaded.
    ///   - now: the day and time the dashboard opens on.
    ///   - terminal: where to draw and read keys.
    ///   - clock: the wall clock, read with the store's check, so that the requests' time left moves with it and a
    ///     dashboard left open moves on at midnight; nil keeps `now`, as `--today` asks.
    ///   - technician: the technician whose visits, agenda and week show at first, or nil for everyone's.
    ///   - sync: how `S` reaches the team's shared copy, or nil when the store is not shared.
    public init(
        store: Store, now: DayTime, terminal: any Terminal, clock: (() -> DayTime)? = nil, technician: String? = nil,
        sync: SyncClient? = nil
    ) {
        self.store = store
        writer = StoreWriter(store: store)
        self.terminal = terminal
        self.clock = clock
        syncClient = sync
        state = AppState(store: store, now: now)
        state.technicianFilter = technician
        state.sync = sync?.standing()
    }

    /// Runs until the user quits or a signal asks the program to stop, then restores the terminal. A write that is
    /// out when a signal comes is waited for, so nothing the user saved is lost.
    ///
    /// - Returns: the exit status, as a shell reports it: 0 after `q`, 130 after Ctrl-C, 128 plus the signal's
    ///   number after a signal (143 for SIGTERM).
    @discardableResult
    public func run() -> Int32 {
        defer { terminal.restore() }
        var lastPoll = Date()
        while !state.shouldQuit && terminal.stopSignal == nil {
            let frame = render(state, size: terminal.size)
            terminal.draw(frame.screen, cursor: frame.cursor)
            // A resize needs nothing but the redraw at the top of the loop, at the new size.
            if let key = terminal.readKey(timeout: 250), key != .resize, let action = KeyMap.action(for: key, in: state)
            {
                dispatch(action)
            }
            if let outcome = writer.finished() { dispatch(outcome) }
            if !writer.isWriting && Date().timeIntervalSince(lastPoll) >= pollInterval {
                lastPoll = Date()
                if let now = clock?(), now != state.now {
                    dispatch(now.day == state.today ? .clockMoved(now) : .dayBegan(now, store.portfolio(on: now.day)))
                }
                let changed = store.reload()
                if !changed.isEmpty {
                    dispatch(
                        .storeReloaded(store.portfolio(on: state.today), unreadable: store.problems, changed: changed))
                }
            }
        }
        for outcome in writer.waitForOutcomes() { dispatch(outcome) }
        return terminal.stopSignal.map { 128 + $0 } ?? state.exitStatus
    }

    private func dispatch(_ action: Action) {
        let (next, effects) = update(state, action)
        state = next
        for effect in effects {
            switch effect {
            case .redraw:
                terminal.invalidate()
            case .loadDocument(let id):
                dispatch(.documentLoaded(id: id, try? store.client(id)))
            case .openEditor(let text):
                terminal.suspend()
                let edited = ExternalEditor.edit(text)
                terminal.resume()
                switch edited {
                case .success(let text): dispatch(.editorReturned(text))
                case .failure(let error): dispatch(.changeFailed(error.message, field: nil))
                }
            case .save(let change, let id):
                writer.save(change, to: id, today: state.today)
            case .saveSettings(let change):
                writer.save(change, today: state.today)
            case .revert(let revision, let step):
                writer.revert(revision, step: step, today: state.today)
            case .sync:
                if let syncClient { writer.sync(syncClient, today: state.today) }
            case .readSyncStanding:
                if let syncClient { writer.readStanding(syncClient) }
            }
        }
    }
}
