import Foundation
import RapportCore
import RapportTUI

extension SyncClient {
    /// The dashboard's way to the team's shared copy: the same sync as `rapport sync`, with the system git.
    ///
    /// - Parameter path: the store directory.
    /// - Returns: the client, or nil when the store is not a git repository yet.
    static func git(store path: String) -> SyncClient? {
        let repository = StoreRepository(path: path)
        guard repository.isRepository else { return nil }
        return SyncClient(
            standing: { (try? repository.standing()).map(SyncStatus.init) },
            sync: { () throws(SyncFailure) -> SyncReport in
                do {
                    let outcome = try repository.sync()
                    return SyncReport(summary: outcome.headline, offline: outcome.offline)
                } catch {
                    throw SyncFailure("\(error)")
                }
            })
    }
}

extension SyncStatus {
    /// The header's standing from git's: every change not yet pushed, committed or not, counts as going out.
    ///
    /// - Parameter standing: what `rapport sync status` reports.
    init(_ standing: SyncStanding) {
        self.init(
            ahead: standing.ahead + standing.uncommitted, behind: standing.behind,
            lastSync: standing.lastSync.flatMap(DayTime.local(iso:)))
    }
}
