import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Low-level file operations with the durability SQLite would expect: nothing half-written is ever visible.
enum DurableFile {
    /// The suffix marker of temp files, so that leftovers from a killed writer can be found and removed.
    static let tempMarker = ".tmp-"

    /// Replaces a file atomically and durably.
    ///
    /// The bytes go to a unique temp file in the same directory, which is fsynced, renamed over the target, and
    /// then the directory is fsynced so the rename itself survives a power cut (Foundation's `.atomic` skips that
    /// last step). On any failure the temp file is removed and the old file is left as it was.
    ///
    /// - Parameters:
    ///   - data: the new content.
    ///   - path: the file to replace.
    ///   - flushed: whether to fsync; derived files that are checked when read and rebuilt when lost skip it, and
    ///     stay atomic.
    ///   - faults: a test seam that makes chosen steps fail.
    /// - Throws: `StoreError.io` naming the step and the system's reason.
    static func write(
        _ data: Data, to path: String, flushed: Bool = true, faults: FaultInjection = .none
    ) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = "\(directory)/.\(name)\(tempMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ioError(path, "create a temp file for", errno) }
        var closed = false
        func fail(_ operation: String, _ code: Int32) -> StoreError {
            if !closed { close(fd) }
            unlink(temp)
            return ioError(path, operation, code)
        }
        // The mode is set explicitly because open() honours the umask.
        guard fchmod(fd, 0o600) == 0 else { throw fail("set permissions on", errno) }
        if let code = faults.writeError { throw fail("write", code) }
        let written = data.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return 0
        }
        if written != 0 { throw fail("write", written) }
        if let code = faults.fsyncError { throw fail("flush to disk", code) }
        guard !flushed || fsync(fd) == 0 else { throw fail("flush to disk", errno) }
        closed = true
        guard close(fd) == 0 else { throw fail("close", errno) }
        if let code = faults.renameError { throw fail("replace", code) }
        guard rename(temp, path) == 0 else { throw fail("replace", errno) }
        if flushed { try syncDirectory(directory) }
    }

    /// Flushes a directory's entries to disk, making renames and creations in it durable.
    ///
    /// - Parameter path: the directory.
    /// - Throws: `StoreError.io` when it cannot be opened or flushed.
    static func syncDirectory(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError(path, "open directory", errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ioError(path, "flush directory", errno) }
    }

    /// Creates a directory readable by its owner only, whatever the umask, and makes an existing one so.
    ///
    /// - Parameter path: the directory.
    /// - Throws: `StoreError.io` when it cannot be created.
    static func makePrivateDirectory(_ path: String) throws(StoreError) {
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw ioError(path, "create directory", errno)
        }
        guard chmod(path, 0o700) == 0 else { throw ioError(path, "set permissions on", errno) }
    }

    /// Reads a whole regular file, refusing symbolic links so a planted link cannot redirect a read or a write.
    ///
    /// - Parameter path: the file.
    /// - Returns: the bytes, or nil when the file does not exist.
    /// - Throws: `FileProblem` for a link, a non-regular file or a read error.
    static func read(_ path: String, shownAs shown: String) throws(FileProblem) -> Data? {
        var info = stat()
        if lstat(path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw FileProblem(path: shown, line: 0, column: 0, reason: "cannot be read: \(errorText(errno))")
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw FileProblem(
                path: shown, line: 0, column: 0,
                reason: "is a symbolic link; rapport refuses to follow links in its store")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw FileProblem(path: shown, line: 0, column: 0, reason: "is not a regular file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileProblem(path: shown, line: 0, column: 0, reason: "cannot be read: \(errorText(errno))")
        }
        return data
    }

    static func ioError(_ path: String, _ operation: String, _ code: Int32) -> StoreError {
        .io(path: path, operation: operation, message: errorText(code))
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// Makes chosen steps of a durable write fail, so tests can prove that a failed write leaves the old file intact.
public struct FaultInjection: Sendable, Equatable {
    /// The errno to fail `write` with, e.g. `ENOSPC` for a full disk.
    public var writeError: Int32?
    /// The errno to fail `fsync` with, e.g. `EIO`.
    public var fsyncError: Int32?
    /// The errno to fail `rename` with.
    public var renameError: Int32?

    public init(writeError: Int32? = nil, fsyncError: Int32? = nil, renameError: Int32? = nil) {
        self.writeError = writeError
        self.fsyncError = fsyncError
        self.renameError = renameError
    }

    public static let none = FaultInjection()
}
