// MARK: - Saying in words what changed in a client file

extension Client {
    /// What changed between two versions of a client file, in a few words each, for a sync's commit message:
    /// "call logged", "3 calls logged", "visit done", "address changed".
    ///
    /// - Parameters:
    ///   - old: the file as it was, or nil when it is new.
    ///   - new: the file as it is, or nil when it was deleted.
    /// - Returns: the phrases, in a fixed order; empty when nothing but stamps changed.
    public static func changes(from old: Client?, to new: Client?) -> [String] {
        guard let new else { return ["removed"] }
        guard let old else { return ["added"] }
        var phrases: [String] = []
        let oldTouchpoints = Set(old.touchpoints.map(\.id))
        let logged = new.touchpoints.filter { !oldTouchpoints.contains($0.id) }
        for channel in ContactChannel.allCases {
            let count = logged.filter { $0.via == channel }.count
            if count > 0 {
                phrases.append(count == 1 ? "\(channel.rawValue) logged" : "\(count) \(channel.rawValue)s logged")
            }
        }
        let before = Dictionary(old.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for visit in new.visits where before[visit.id]?.unstamped != visit.unstamped {
            let was = before[visit.id]
            if visit.status != was?.status, visit.status != .planned {
                phrases.append("visit \(visit.status.rawValue)")
            } else if was == nil {
                phrases.append("visit planned")
            } else if was?.on != visit.on {
                phrases.append("visit moved")
            } else {
                phrases.append("visit edited")
            }
        }
        for field in changedProfileFields(old, new) { phrases.append("\(field) changed") }
        if old.people.map(\.unstamped) != new.people.map(\.unstamped) { phrases.append("people changed") }
        if old.terms.map(\.unstamped) != new.terms.map(\.unstamped) { phrases.append("agreement changed") }
        if old.surveys.map(\.unstamped) != new.surveys.map(\.unstamped) { phrases.append("survey recorded") }
        if old.pipeline?.unstamped != new.pipeline?.unstamped { phrases.append("pipeline changed") }
        if new.touchpoints.count - logged.count < old.touchpoints.count || new.visits.count < old.visits.count {
            phrases.append("record deleted")
        }
        if old.openConflicts.count > new.openConflicts.count { phrases.append("conflict resolved") }
        var seen = Set<String>()
        return phrases.filter { seen.insert($0).inserted }
    }

    /// The names of the profile fields that differ.
    private static func changedProfileFields(_ old: Client, _ new: Client) -> [String] {
        var fields: [String] = []
        if old.name != new.name { fields.append("name") }
        if old.status != new.status { fields.append("status") }
        if old.source != new.source { fields.append("source") }
        if old.size != new.size { fields.append("size") }
        if old.address != new.address { fields.append("address") }
        if old.travelMinutes != new.travelMinutes { fields.append("travel time") }
        if old.notes != new.notes { fields.append("notes") }
        return fields
    }
}
