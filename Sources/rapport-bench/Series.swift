/// Repeated whole-process runs of one command: the median time, and the peak memory of one more run.
struct Series {
    /// The seconds each timed run took.
    var seconds: [Double]
    /// The peak memory in bytes, or nil when GNU time is not installed to measure it.
    var maxRSS: Int64?

    /// The median of the run times, in seconds.
    var median: Double { Series.median(seconds) }

    /// Runs a command once to warm up, a number of times for the figures, then once more under GNU time for its
    /// peak memory, so that the timed runs carry none of its cost.
    ///
    /// The warm-up run pays for what a first run pays once: filling the page cache, and building any derived
    /// index the store keeps.
    ///
    /// - Parameters:
    ///   - count: how many runs to time.
    ///   - warmUp: whether to run it once first, untimed.
    ///   - prepare: what to do before each run, untimed.
    ///   - executable: a path, or a name to look up in `PATH`.
    ///   - arguments: the arguments.
    ///   - timeout: seconds after which a run is stopped and the measurement fails.
    /// - Returns: the figures.
    /// - Throws: `BenchError` when a run fails.
    static func measure(
        _ count: Int, warmUp: Bool = true, prepare: () -> Void = {}, _ executable: String, _ arguments: [String],
        timeout: Double = 600
    ) throws(BenchError) -> Series {
        if warmUp {
            prepare()
            try ChildProcess.run(executable, arguments, timeout: timeout)
        }
        var seconds: [Double] = []
        for _ in 0..<count {
            prepare()
            seconds.append(try ChildProcess.run(executable, arguments, timeout: timeout))
        }
        prepare()
        let peak = try ChildProcess.peakMemory(executable, arguments, timeout: timeout)
        return Series(seconds: seconds, maxRSS: peak)
    }

    /// The middle value, or the mean of the two middle values.
    ///
    /// - Parameter values: at least one value.
    /// - Returns: the median.
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The value that a share of the values are at or below, by the nearest rank.
    ///
    /// - Parameters:
    ///   - share: from 0 to 1, such as 0.99.
    ///   - values: at least one value.
    /// - Returns: the percentile.
    static func percentile(_ share: Double, of values: [Double]) -> Double {
        let sorted = values.sorted()
        let rank = Int((share * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
