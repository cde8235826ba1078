// MARK: - Stamping what a change touched

extension Change {
    /// The document this change made, stamped: every record it touched gets the stamp, except that what a revert
    /// puts back exactly as it was goes back with the stamp it had, so that taking back a change that nobody built
    /// on leaves the file as it was before it.
    ///
    /// - Parameters:
    ///   - client: the document `apply` made.
    ///   - old: the document before, or nil for a new client.
    ///   - stamp: when and by whom.
    /// - Returns: the stamped document.
    public func stamped(_ client: Client, against old: Client?, _ stamp: Stamp) -> Client {
        let stamped = client.stamped(against: old, stamp)
        guard case .revert(let before, _) = self else { return stamped }
        return stamped.withStamps(of: before)
    }
}

extension Client {
    /// The document with every record that is new or changed since an earlier version stamped, and the profile
    /// stamped when it changed; untouched records keep their stamps.
    ///
    /// - Parameters:
    ///   - old: the document before the change, or nil for a new client.
    ///   - stamp: when and by whom.
    /// - Returns: the stamped document.
    public func stamped(against old: Client?, _ stamp: Stamp) -> Client {
        var client = self
        client.people = people.stamped(against: old?.people ?? [], stamp)
        client.terms = terms.map { term in
            let before = old?.terms.first { $0.id == term.id }
            var term = term
            if let adjustments = term.hoursBank?.adjustments {
                term.hoursBank?.adjustments = adjustments.stamped(
                    against: before?.hoursBank?.adjustments ?? [], stamp)
            }
            return term.stamped(against: before, stamp)
        }
        client.visits = visits.stamped(against: old?.visits ?? [], stamp)
        client.touchpoints = touchpoints.stamped(against: old?.touchpoints ?? [], stamp)
        client.surveys = surveys.stamped(against: old?.surveys ?? [], stamp)
        client.requests = requests?.stamped(against: old?.requests ?? [], stamp)
        client.pipeline = pipeline?.stamped(against: old?.pipeline, stamp)
        if old.map(\.profile) != profile {
            client.changedAt = stamp.at
            client.changedBy = stamp.by
        }
        return client
    }

    /// The profile alone: the document without its records, stamps or version.
    var profile: Client {
        var profile = self
        profile.schemaVersion = 0
        profile.people = []
        profile.terms = []
        profile.visits = []
        profile.touchpoints = []
        profile.surveys = []
        profile.requests = nil
        profile.pipeline = nil
        profile.changedAt = nil
        profile.changedBy = nil
        profile.conflicts = nil
        return profile
    }
}
