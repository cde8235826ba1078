/// Why the benchmark cannot go on, in words for the person who ran it.
struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
