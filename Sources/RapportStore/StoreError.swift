import RapportCore

/// Why a store operation failed, in words that name the file or the input at fault.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The directory holds no store.
    case notAStore(path: String)
    /// `init` was asked to create a store where one exists.
    case alreadyAStore(path: String)
    /// The store was written by a newer rapport, so this one must not write to it.
    case readOnly(reason: String)
    /// Another process held the lock for longer than the timeout.
    case lockTimeout(path: String, seconds: Double)
    /// A system call failed, e.g. a full disk.
    case io(path: String, operation: String, message: String)
    /// The change itself was refused.
    case invalidChange(client: String, ChangeError)
    case unknownClient(id: String, suggestions: [String])
    /// The client's file cannot be read, so it is left untouched.
    case unreadable(FileProblem)

    public var description: String {
        switch self {
        case .notAStore(let path):
            "no rapport store at \(path); create one with `rapport init --store \(path)`"
        case .alreadyAStore(let path):
            "a rapport store already exists at \(path); nothing was changed"
        case .readOnly(let reason):
            "the store is read-only: \(reason)"
        case .lockTimeout(let path, let seconds):
            "another rapport process has held the store lock \(path) for over \(formatSeconds(seconds)) s; "
                + "nothing was written. Try again, or look for a stuck rapport process"
        case .io(let path, let operation, let message):
            "could not \(operation) \(path): \(message); nothing was changed"
        case .invalidChange(let client, let error):
            "\(client): \(error)"
        case .unknownClient(let id, let suggestions):
            "no client \"\(id)\""
                + (suggestions.isEmpty
                    ? "; `rapport client list` shows them all"
                    : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .unreadable(let problem):
            "\(problem); fix the file (see `rapport check`) before changing this client"
        }
    }
}

private func formatSeconds(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
}
