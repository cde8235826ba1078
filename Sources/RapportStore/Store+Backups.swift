import Foundation
import RapportCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Earlier versions of each client file

extension Store {
    /// How many earlier versions of each client file are kept.
    public static let backupsKept = 10

    /// The earlier versions of a client's file, newest first.
    ///
    /// - Parameter id: the client id.
    /// - Returns: each backup's number and when it was replaced.
    public func backups(of id: String) -> [Backup] {
        let directory = backupDirectory(id)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { name -> Backup? in
            guard name.hasSuffix(".json"), let number = Int(name.dropLast(5)) else { return nil }
            let attributes = try? FileManager.default.attributesOfItem(atPath: "\(directory)/\(name)")
            return Backup(number: number, path: "\(directory)/\(name)", saved: attributes?[.modificationDate] as? Date)
        }.sorted { $0.number > $1.number }
    }

    /// Reads one backup of a client.
    ///
    /// - Parameters:
    ///   - id: the client id.
    ///   - number: the backup's number, from `backups(of:)`.
    /// - Returns: the document as it was.
    /// - Throws: `StoreError.unreadable` when the backup is missing or broken.
    public func backup(of id: String, number: Int) throws(StoreError) -> Client {
        let file = "\(backupDirectory(id))/\(number).json"
        do throws(FileProblem) {
            guard let data = try DurableFile.read(file, shownAs: file) else {
                throw FileProblem(
                    path: file, line: 0, column: 0, reason: "no such backup; `rapport restore \(id) --list` shows them")
            }
            return try JSONDiagnostics.decode(Client.self, from: data, path: file)
        } catch {
            throw .unreadable(error)
        }
    }

    func backupDirectory(_ id: String) -> String { "\(path)/.backups/\(id)" }

    /// Keeps the current version of a client's file before it is replaced, then trims to the last ten.
    ///
    /// A hard link costs no copy: the rename that follows gives the client file a new inode and leaves the old one
    /// to the backup. A backup that cannot be made never stops the write itself.
    func keepBackup(of id: String) {
        let file = clientPath(id)
        guard FileManager.default.fileExists(atPath: file),
            (try? DurableFile.makePrivateDirectory("\(path)/.backups")) != nil,
            (try? DurableFile.makePrivateDirectory(backupDirectory(id))) != nil
        else { return }
        let next = (backups(of: id).first?.number ?? 0) + 1
        guard link(file, "\(backupDirectory(id))/\(next).json") == 0 else { return }
        for old in backups(of: id).dropFirst(Store.backupsKept) {
            unlink(old.path)
        }
    }
}

/// An earlier version of a client file.
public struct Backup: Sendable, Equatable {
    /// Counts up with each backup of the client; the highest is the newest.
    public var number: Int
    public var path: String
    /// When the version was replaced.
    public var saved: Date?
}
