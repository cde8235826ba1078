import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The store's advisory write lock: an exclusive `flock` on `.lock`, held only while writing.
struct StoreLock {
    private let fd: Int32

    /// Takes the lock, waiting up to a timeout.
    ///
    /// - Parameters:
    ///   - path: the lock file, created if missing.
    ///   - timeout: seconds to wait before giving up.
    /// - Throws: `StoreError.lockTimeout` when another process keeps it, `StoreError.io` when it cannot be opened.
    init(path: String, timeout: Double) throws(StoreError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw DurableFile.ioError(path, "open the lock file", errno) }
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 1_000
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let code = errno
                close(fd)
                throw DurableFile.ioError(path, "lock", code)
            }
            guard Date() < deadline else {
                close(fd)
                throw StoreError.lockTimeout(path: path, seconds: timeout)
            }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        self.fd = fd
    }

    /// Releases the lock.
    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
