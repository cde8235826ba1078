import RapportCore
import RapportStore

/// A data or store error: printed as `Error: …`, and the process exits with status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    /// Creates an error; stored text inside it is escaped so it cannot drive the terminal.
    init(_ description: String) {
        self.description = DisplayText.safe(description, limit: 2_000)
    }

    /// Wraps a store error, naming the options behind the change's fields.
    ///
    /// - Parameter error: the store's error.
    init(_ error: StoreError) {
        if case .invalidChange(let client, let change) = error {
            let positional: Set<String> = ["client", "name"]
            let field = change.field.map { positional.contains($0) ? "\($0): " : "--\($0): " } ?? ""
            self.init("\(client): \(field)\(change.message)")
        } else {
            self.init(error.description)
        }
    }
}
