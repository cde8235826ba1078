import Foundation
import RapportCore
import RapportStore
import Testing

@testable import RapportTUI

/// `S` shares the store with the team: one sync at a time, its outcome on the status line, the store reloaded from
/// what the merge left, and the header's standing kept up to date.
@Suite struct SyncUpdateTests {
    /// A shared store with two changes waiting to go out, last synced at 10:42 today.
    static var shared: AppState {
        var state = Fixture.state
        state.sync = SyncStatus(ahead: 2, behind: 0, lastSync: DayTime("2026-12-01 10:42"))
        return state
    }

    let synced = SyncStatus(ahead: 0, behind: 0, lastSync: DayTime("2026-12-01 11:05"))

    @Test func syncKeyStartsOneSyncAtATime() {
        let (syncing, effects) = update(Self.shared, .syncRequested)
        #expect(effects == [.sync])
        #expect(syncing.syncing)
        #expect(syncing.status == Status("syncing…"))
        let (again, more) = update(syncing, .syncRequested)
        #expect(more == [])
        #expect(again.status == Status("syncing… already"))
    }

    @Test func syncOnAStoreNotSharedSaysHowToShareIt() {
        let (after, effects) = update(Fixture.state, .syncRequested)
        #expect(effects == [])
        #expect(!after.syncing)
        #expect(
            after.status == Status("Not shared: run rapport sync init --remote URL to share the store", isError: true))
    }

    @Test func syncOnAReadOnlyStoreIsRefused() {
        var state = Self.shared
        state.readOnlyReason = "written by a newer rapport"
        let (after, effects) = update(state, .syncRequested)
        #expect(effects == [])
        #expect(after.status == Status("Read-only: written by a newer rapport", isError: true))
    }

    @Test func finishedSyncReloadsTheStoreAndSaysWhatCameIn() {
        var portfolio = Fixture.portfolio
        portfolio.clients.removeLast()
        let opened = update(update(Self.shared, .clientOpened).0, .syncRequested).0
        let (done, effects) = update(
            opened,
            .syncFinished(
                synced, summary: "synced: 1 in, 0 out", portfolio, unreadable: [], changed: ["acme-dental"]))
        #expect(!done.syncing)
        #expect(done.sync == synced)
        #expect(done.portfolio == portfolio)
        #expect(done.status == Status("synced: 1 in, 0 out"))
        // The open client came in changed, so its whole document is read again.
        #expect(effects == [.loadDocument("acme-dental")])
    }

    @Test func failedSyncSaysWhyAndAllowsAnother() {
        let syncing = update(Self.shared, .syncRequested).0
        let failed = update(syncing, .syncFailed("the merge of the shared copy failed and was undone")).0
        #expect(!failed.syncing)
        #expect(failed.sync == Self.shared.sync)
        #expect(
            failed.status == Status("Not synced: the merge of the shared copy failed and was undone", isError: true))
        #expect(update(failed, .syncRequested).1 == [.sync])
    }

    @Test func saveOnASharedStoreReadsTheStandingAgain() {
        let saved = Action.changeSaved(Fixture.portfolio, summary: "logged", client: "bolt-law")
        #expect(update(Self.shared, saved).1 == [.readSyncStanding])
        #expect(update(Fixture.state, saved).1 == [])
    }

    @Test func standingReadAfterASaveStaysOfflineUntilASyncReachesTheSharedCopy() {
        var offline = Self.shared
        offline.sync?.offline = true
        let read = SyncStatus(ahead: 3, behind: 0, lastSync: DayTime("2026-12-01 10:42"))
        let after = update(offline, .syncStandingRead(read)).0
        #expect(after.sync == SyncStatus(ahead: 3, behind: 0, lastSync: DayTime("2026-12-01 10:42"), offline: true))
        #expect(update(Self.shared, .syncStandingRead(read)).0.sync == read)
    }
}

/// The header's standing against the shared copy, which gives way first on a narrow screen.
@Suite struct SyncHeaderTests {
    func header(_ state: AppState, width: Int = 100) -> String {
        String(render(state, size: Size(width: width, height: 30)).screen.text.prefix { $0 != "\n" })
    }

    func state(_ sync: SyncStatus?, syncing: Bool = false) -> AppState {
        var state = Fixture.state
        state.sync = sync
        state.syncing = syncing
        return state
    }

    @Test func headerShowsChangesWaitingAndTheTimeOfTheLastSync() {
        #expect(
            header(state(SyncUpdateTests.shared.sync))
                == " Northwind IT │ ↑2 ↓0 synced 10:42 │ Tue 1 Dec 2026 │ 3 active │ capacity 4% of 75% │ MRR $3,600")
    }

    @Test func headerShowsTheDayOfASyncBeforeToday() {
        let yesterday = SyncStatus(ahead: 0, behind: 4, lastSync: DayTime("2026-11-30 17:10"))
        #expect(header(state(yesterday)).hasPrefix(" Northwind IT │ ↑0 ↓4 synced Mon 30 Nov │ Tue 1 Dec 2026 │"))
        let never = SyncStatus(ahead: 5, behind: 0, lastSync: nil)
        #expect(header(state(never)).hasPrefix(" Northwind IT │ ↑5 ↓0 never synced │ Tue 1 Dec 2026 │"))
    }

    @Test func headerSaysSyncingThenOffline() {
        #expect(header(state(SyncUpdateTests.shared.sync, syncing: true)).hasPrefix(" Northwind IT │ syncing… │ Tue"))
        let offline = SyncStatus(ahead: 3, behind: 0, lastSync: nil, offline: true)
        #expect(header(state(offline)).hasPrefix(" Northwind IT │ ↑3 offline │ Tue 1 Dec 2026 │"))
    }

    @Test func narrowHeaderDropsTheStandingFirstAndAStoreNotSharedShowsNone() {
        #expect(
            header(state(SyncUpdateTests.shared.sync), width: 60)
                == " Northwind IT │ Tue 1 Dec 2026 │ 3 active │ MRR $3,600")
        #expect(header(state(nil)) == header(Fixture.state))
        #expect(!header(state(nil)).contains("sync"))
    }
}

/// The dashboard runs the sync off the input loop and shows the store as the merge left it.
@Suite struct SyncRunTests {
    @Test func syncKeyRunsTheSyncInTheBackgroundAndShowsWhatCameIn() throws {
        let scratch = try ScratchStore()
        let path = scratch.path
        let released = DispatchSemaphore(value: 0)
        // Stands in for git: waits until the test has pressed a key during the sync, then merges in a client that
        // a teammate added, as a merge would, through another process's store.
        let client = SyncClient(
            standing: { SyncStatus(ahead: 0, behind: 0, lastSync: DayTime("2026-12-01 11:05")) },
            sync: { () throws(SyncFailure) -> SyncReport in
                released.wait()
                guard let other = try? Store(opening: path),
                    (try? other.apply(
                        .addClient(Client(id: "bolt-law", name: "Bolt Law")), to: "bolt-law", today: ScratchStore.today))
                        != nil
                else { throw SyncFailure("the stand-in could not write") }
                return SyncReport(summary: "synced: 1 in, 0 out", offline: false)
            })
        let terminal = ScriptedTerminal([
            .press(.character("S")), .press(.character("j")), .run { released.signal() },
            .waitFor("synced: 1 in, 0 out"), .press(.character("q")),
        ])
        DashboardApp(store: scratch.store, now: ScratchStore.now, terminal: terminal, sync: client).run()

        #expect(terminal.unmet == [])
        #expect(ScriptedTerminal.statusLine(terminal.framesAfterKeys[0]) == "syncing…")
        #expect(terminal.framesAfterKeys[0].hasPrefix(" Test IT │ syncing… │ Tue 1 Dec 2026"))
        // Keys still work while git runs.
        #expect(ScriptedTerminal.statusLine(terminal.framesAfterKeys[1]) == "syncing…")
        let done = try #require(terminal.frames.last { $0.contains("synced: 1 in, 0 out") })
        #expect(done.hasPrefix(" Test IT │ ↑0 ↓0 synced 11:05 │ Tue 1 Dec 2026"))
        #expect(done.contains("Bolt Law"))
    }

    @Test func quitDuringASyncWaitsForIt() throws {
        let scratch = try ScratchStore()
        let finished = Flag()
        let client = SyncClient(
            standing: { SyncStatus(ahead: 1, behind: 0, lastSync: nil) },
            sync: { () throws(SyncFailure) -> SyncReport in
                usleep(200_000)
                finished.set()
                return SyncReport(summary: "synced: 0 in, 1 out", offline: false)
            })
        let terminal = ScriptedTerminal([.press(.character("S")), .press(.character("q"))])
        DashboardApp(store: scratch.store, now: ScratchStore.now, terminal: terminal, sync: client).run()
        #expect(finished.isSet)
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
