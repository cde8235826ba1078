extension JSONDiagnostics {
    /// A JSON value with the byte offset where it starts in the file.
    struct Node: Sendable {
        enum Value: Sendable {
            /// Members in file order; keys are unique because the parser rejects duplicates.
            case object([Member])
            case array([Node])
            case string(String)
            /// The number exactly as written, so that each target type can judge it.
            case number(String)
            case bool(Bool)
            case null
        }

        var value: Value
        var offset: Int

        /// The value at a path below this one.
        ///
        /// A key that spells a whole number also indexes a list, for coding keys from decoders that do not name list
        /// elements `Index N` as Foundation's does.
        ///
        /// - Parameter path: keys and 0-based indices.
        /// - Returns: the value, or nil when the path leads nowhere.
        func descendant<Path: Collection<PathComponent>>(at path: Path) -> Node? {
            guard let step = path.first else { return self }
            return child(at: step)?.descendant(at: path.dropFirst())
        }

        /// The value one step below this one.
        ///
        /// - Parameter step: a key or a 0-based index.
        /// - Returns: the value, or nil when there is none.
        private func child(at step: PathComponent) -> Node? {
            switch (value, step) {
            case (.object(let members), .key(let key)):
                return members.first { $0.key == key }?.value
            case (.array(let elements), .index(let index)):
                return elements.indices.contains(index) ? elements[index] : nil
            case (.array(let elements), .key(let key)):
                guard let index = Int(key), elements.indices.contains(index) else { return nil }
                return elements[index]
            default:
                return nil
            }
        }
    }

    /// One key and value of an object.
    struct Member: Sendable {
        var key: String
        var value: Node
    }
}
