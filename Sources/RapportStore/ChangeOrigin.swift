import Foundation
import RapportCore

#if canImport(Glibc)
    import Glibc
#endif

/// Who makes a change and when: the stamp the store puts on every record the change touches, and where the ids of
/// the records it creates come from.
struct ChangeOrigin {
    let stamp: Stamp
    /// Seeded from the clock and the system's randomness; nil when `SOURCE_DATE_EPOCH` asks for reproducible files,
    /// and the ids then derive from the document and the day.
    let ids: RecordIDs?

    /// The origin of a change made now, on this machine.
    ///
    /// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) pins the time, written in UTC,
    /// and makes the ids reproducible, for tests and for files that must come out the same on every run and machine. `RAPPORT_USER` names who
    /// changes things; otherwise it is `$USER@host`.
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: the origin.
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChangeOrigin {
        let pinned = environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        let seconds = pinned ?? Int(time.tv_sec)
        let milliseconds = Int64(seconds) * 1000 + (pinned == nil ? Int64(time.tv_nsec / 1_000_000) : 0)
        let by = environment["RAPPORT_USER"] ?? "\(environment["USER"] ?? "someone")@\(hostName())"
        return ChangeOrigin(
            stamp: Stamp(at: timestamp(seconds, utc: pinned != nil), by: by),
            ids: pinned == nil ? RecordIDs(milliseconds: milliseconds, seed: UInt64.random(in: .min ... .max)) : nil)
    }

    /// A moment as ISO 8601 local (or UTC) time with its offset, e.g. `2026-12-01T09:30:00+01:00`.
    private static func timestamp(_ seconds: Int, utc: Bool) -> String {
        var moment = time_t(seconds)
        var parts = tm()
        if utc { gmtime_r(&moment, &parts) } else { localtime_r(&moment, &parts) }
        var buffer = [CChar](repeating: 0, count: 32)
        strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &parts)
        let text = cText(buffer)
        // strftime writes the offset as +0100; ISO 8601 as written in files has a colon.
        return String(text.dropLast(2)) + ":" + String(text.suffix(2))
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
        return cText(buffer)
    }

    /// The text a C call wrote into a buffer, up to its terminating zero.
    private static func cText(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
