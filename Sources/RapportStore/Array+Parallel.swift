import Foundation

extension Array where Element: Sendable {
    /// Transforms every element on all cores, for work such as reading files that shares nothing between elements.
    ///
    /// - Parameter transform: the work for one element; it runs on several threads at once.
    /// - Returns: the results in the elements' order, whatever order they were computed in.
    func parallelMap<T>(_ transform: @Sendable (Element) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots[index] = transform(self[index])
            }
        }
        return results.map { $0! }
    }
}
