#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The monotonic clock, which wall-clock changes and NTP steps cannot move, for timing.
enum Monotonic {
    /// Seconds since an arbitrary fixed point.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }

    /// Runs some work and says how long it took.
    ///
    /// - Parameter work: the work.
    /// - Returns: what the work returned and the seconds it took.
    /// - Throws: what the work throws.
    static func time<T, E: Error>(_ work: () throws(E) -> T) throws(E) -> (value: T, seconds: Double) {
        let start = now()
        let value = try work()
        return (value, now() - start)
    }
}
