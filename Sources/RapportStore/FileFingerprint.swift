import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What identifies one version of a file on disk, so that only files changed by someone else are read again.
struct FileFingerprint: Codable, Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedNanoseconds: Int64
    /// A hash of the content, kept because a rewrite within the file system's timestamp granularity can leave
    /// inode-less stat data looking unchanged.
    var contentHash: UInt64

    /// The stat part of a file's fingerprint, without reading it.
    ///
    /// - Parameter path: the file.
    /// - Returns: the fingerprint with a zero hash, or nil when the file is gone.
    static func stat(_ path: String) -> FileFingerprint? {
        var info = Glibc.stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileFingerprint(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            contentHash: 0)
    }

    /// Whether the stat data alone cannot prove the file unchanged: it was modified so recently that another write
    /// in the same timestamp tick would look the same.
    ///
    /// - Parameter now: the current time in nanoseconds since 1970.
    /// - Returns: true when the content hash must be compared too.
    func isAmbiguous(now: Int64) -> Bool {
        now - modifiedNanoseconds < 2_000_000_000
    }

    /// A 64-bit hash in the manner of FNV-1a, eight bytes at a time: cheap, and only ever compared against the same
    /// file's earlier hash.
    ///
    /// Byte by byte, FNV-1a took a tenth of a cold load; a shift after each multiply carries the high bits back down,
    /// so a change anywhere in a word reaches every bit of the hash.
    ///
    /// - Parameter bytes: the bytes.
    /// - Returns: the hash.
    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.withContiguousStorageIfAvailable { hash(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes { hash($0) }
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* prime
            hash ^= hash >> 29
            offset += 8
        }
        for byte in bytes[offset...] {
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash ^ hash >> 32
    }
}

extension FileFingerprint {
    /// Whether two fingerprints have the same stat data, the content hash aside: what a file that was read long
    /// enough after it was written is trusted on.
    func sameStat(as other: FileFingerprint) -> Bool {
        device == other.device && inode == other.inode && size == other.size
            && modifiedNanoseconds == other.modifiedNanoseconds
    }
}
