import RapportCore

/// One client file as last read.
struct Entry: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case client(ClientSummary)
        case problem(FileProblem)
    }

    var fingerprint: FileFingerprint
    /// Whether the file was read long enough after it was written that its stat data alone vouches for it.
    var settled: Bool
    var content: Content

    var summary: ClientSummary? {
        if case .client(let summary) = content { return summary }
        return nil
    }

    var problem: FileProblem? {
        if case .problem(let problem) = content { return problem }
        return nil
    }
}
