/// SplitMix64: a tiny, fast generator whose output depends only on its seed, so a generated store, or a property
/// test's inputs, are the same on every run and every machine and a failure can be replayed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in a range.
    ///
    /// - Parameter range: the bounds, both included.
    /// - Returns: the number.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with a probability.
    ///
    /// - Parameter probability: from 0 (never) to 1 (always).
    /// - Returns: the outcome.
    public mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// One of some items.
    ///
    /// - Parameter items: the items; there must be at least one.
    /// - Returns: the item drawn.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(0...(items.count - 1))]
    }
}
