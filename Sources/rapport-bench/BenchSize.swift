import ArgumentParser

/// The sizes the issue names: a one-person shop's store and a large consultancy's.
enum BenchSize: String, CaseIterable, ExpressibleByArgument {
    case small = "S"
    case large = "L"

    init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }

    var clients: Int { self == .small ? 50 : 1000 }
    var years: Int { self == .small ? 3 : 5 }
    /// Fewer runs for the large store, whose runs are longer and steadier.
    var defaultRuns: Int { self == .small ? 7 : 5 }
}
