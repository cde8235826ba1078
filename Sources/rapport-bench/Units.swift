import Foundation

/// How figures are written in the tables: durations in the unit that keeps three digits, sizes in MB.
///
/// A megabyte here is 2^20 bytes, the unit `ru_maxrss` and `ls -h` use, so file sizes and peak memory compare.
enum Units {
    /// For example `840 µs`, `12.5 ms`, `1.24 s`.
    ///
    /// - Parameter seconds: the duration.
    /// - Returns: the text.
    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<0.001: String(format: "%.0f µs", seconds * 1_000_000)
        case ..<0.01: String(format: "%.2f ms", seconds * 1000)
        case ..<1: String(format: "%.1f ms", seconds * 1000)
        default: String(format: "%.2f s", seconds)
        }
    }

    /// For example `112.4 MB`.
    ///
    /// - Parameter bytes: the size.
    /// - Returns: the text.
    static func megabytes(_ bytes: Int64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    /// A count with thousands separated by commas, for example `482,311`.
    ///
    /// - Parameter value: the count.
    /// - Returns: the text.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A ratio with two decimals, for example `0.18×`.
    ///
    /// - Parameter value: the ratio.
    /// - Returns: the text.
    static func ratio(_ value: Double) -> String {
        String(format: value < 0.01 ? "%.4f×" : "%.2f×", value)
    }
}
