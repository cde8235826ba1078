import Foundation
// The seeded generator comes with this support, for every property test that imports it.
@_exported import SeededRandom
import Testing

// Shared by the property tests of several test targets: a seeded generator, so every run tries the same inputs and a
// failure can be replayed, and a way to report a property's counterexamples.
//
// `RAPPORT_FUZZ_SEED=<number>` runs other inputs than the fixed ones, and `RAPPORT_FUZZ_SCALE=<factor>` runs more.

// MARK: - Seeds and sizes

/// The seed for one property: its own fixed number, varied by `RAPPORT_FUZZ_SEED` when that is set.
///
/// - Parameter base: the property's fixed seed.
/// - Returns: the seed to use.
public func fuzzSeed(_ base: UInt64) -> UInt64 {
    let extra = ProcessInfo.processInfo.environment["RAPPORT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0
    return base ^ extra
}

/// How many times the default number of inputs to run: `RAPPORT_FUZZ_SCALE`, or 1.
public let fuzzScale = max(1, ProcessInfo.processInfo.environment["RAPPORT_FUZZ_SCALE"].flatMap { Int($0) } ?? 1)

/// How many inputs to run: the default, multiplied by `RAPPORT_FUZZ_SCALE` when that is set.
///
/// - Parameter count: the default number of inputs.
/// - Returns: the number to run.
public func fuzzCount(_ count: Int) -> Int {
    count * fuzzScale
}

/// How long one property may run before it counts as stuck: many times what it takes on a busy machine, so that it
/// flags a loop that stopped advancing rather than a slow run.
public let fuzzTimeLimit = TimeLimitTrait.Duration.minutes(2 * fuzzScale)

// MARK: - Reporting

/// The inputs that broke a property, collected so that a failing run shows a few counterexamples and a total instead
/// of thousands of separate issues.
public struct Findings {
    public let property: String
    public let seed: UInt64
    public private(set) var inputs = 0
    public private(set) var failures = 0
    public private(set) var examples: [String] = []

    public init(_ property: String, seed: UInt64) {
        self.property = property
        self.seed = seed
    }

    /// Counts one input tried.
    public mutating func tried() {
        inputs += 1
    }

    /// Records a counterexample unless the property holds.
    ///
    /// - Parameters:
    ///   - holds: whether the property holds for this input.
    ///   - failure: the input and what went wrong, built only when it is needed.
    public mutating func check(_ holds: Bool, _ failure: @autoclosure () -> String) {
        guard !holds else { return }
        failures += 1
        if examples.count < 8 {
            examples.append(failure())
        }
    }

    /// Prints how many inputs ran, for the README's figures, and fails the test if any input broke the property.
    public func report(sourceLocation: SourceLocation = #_sourceLocation) {
        print("fuzz: \(property): \(inputs) inputs, seed \(seed), \(failures) failures")
        let summary = "\(property): \(failures) of \(inputs) inputs failed (seed \(seed)), e.g.\n"
        #expect(
            failures == 0, Comment(rawValue: summary + examples.joined(separator: "\n")),
            sourceLocation: sourceLocation)
    }
}
