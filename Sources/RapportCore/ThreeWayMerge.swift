/// A three-way merge of two edited copies of one JSON document against the copy both started from.
///
/// Objects merge key by key; lists of records (objects with an `id`) merge record by record, matched by id; any
/// other value is one field. A field changed on one side takes that side's value. A field changed on both sides to
/// different values takes the later change, by the stamp (`changedAt`, then `changedBy`) of the record holding it,
/// and the other value becomes a `Conflict`. An edit against a deletion keeps the deletion and becomes a conflict.
/// The result does not depend on which side is "ours": merging the two the other way round gives the same value.
struct ThreeWayMerge {
    /// The conflicts found so far, in the order the document holds them.
    private(set) var conflicts: [Conflict] = []

    /// The stamp of one side's record, which orders two edits of a field in it.
    private struct Stamp: Comparable {
        var at: String?
        var by: String?

        init(_ value: JSONValue?, inherited: Stamp) {
            guard let members = value?.members, members["changedAt"] != nil || members["changedBy"] != nil else {
                self = inherited
                return
            }
            at = members["changedAt"].flatMap(Stamp.string)
            by = members["changedBy"].flatMap(Stamp.string)
        }

        init() {}

        private static func string(_ value: JSONValue) -> String? {
            if case .string(let text) = value { return text }
            return nil
        }

        static func < (left: Stamp, right: Stamp) -> Bool {
            let (one, other) = (left.at.flatMap(seconds), right.at.flatMap(seconds))
            if let one, let other, one != other { return one < other }
            return (left.at ?? "", left.by ?? "") < (right.at ?? "", right.by ?? "")
        }

        /// A timestamp such as `2026-12-01T09:30:00+01:00` as seconds since 1970 UTC, so that two machines writing
        /// their local times with different offsets are ordered by when the edits really happened.
        static func seconds(_ timestamp: String) -> Int? {
            let characters = Array(timestamp)
            guard characters.count == 25, let day = Day(String(characters[0..<10])) else { return nil }
            func number(_ range: Range<Int>) -> Int? { Int(String(characters[range])) }
            guard let hours = number(11..<13), let minutes = number(14..<16), let seconds = number(17..<19),
                let offsetHours = number(20..<22), let offsetMinutes = number(23..<25)
            else { return nil }
            let sign = characters[19] == "-" ? -1 : 1
            let local = RecordID.epoch.days(until: day) * 86_400 + hours * 3_600 + minutes * 60 + seconds
            return local - sign * (offsetHours * 3_600 + offsetMinutes * 60)
        }
    }

    /// The keys a merge sets itself rather than merging.
    private static let stampKeys: Set<String> = ["changedAt", "changedBy"]

    /// Merges a whole document.
    ///
    /// - Parameters:
    ///   - base: the document both sides started from, or nil when neither had it.
    ///   - ours: one side's document, or nil when it deleted it.
    ///   - theirs: the other side's.
    /// - Returns: the merged document, or nil when it is deleted.
    mutating func merge(base: JSONValue?, ours: JSONValue?, theirs: JSONValue?) -> JSONValue? {
        let inherited = Stamp()
        return value(
            base: base, ours: ours, theirs: theirs, path: [],
            stamps: (Stamp(ours, inherited: inherited), Stamp(theirs, inherited: inherited)))
    }

    private mutating func value(
        base: JSONValue?, ours: JSONValue?, theirs: JSONValue?, path: [String], stamps: (ours: Stamp, theirs: Stamp)
    ) -> JSONValue? {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        if case .object(let mine)? = ours, case .object(let other)? = theirs {
            return .object(object(base: base?.members, ours: mine, theirs: other, path: path, stamps: stamps))
        }
        if case .array(let mine)? = ours, case .array(let other)? = theirs,
            let records = records(base: base, ours: mine, theirs: other, path: path, stamps: stamps)
        {
            return .array(records)
        }
        let oursWins = (stamps.ours, ours?.text ?? "") > (stamps.theirs, theirs?.text ?? "")
        let (kept, lost, lostStamp) = oursWins ? (ours, theirs, stamps.theirs) : (theirs, ours, stamps.ours)
        record(.changedOnBoth, path: path, kept: kept, other: lost, stamp: lostStamp)
        return kept
    }

    private mutating func object(
        base: [String: JSONValue]?, ours: [String: JSONValue], theirs: [String: JSONValue], path: [String],
        stamps: (ours: Stamp, theirs: Stamp)
    ) -> [String: JSONValue] {
        let stamps = (
            ours: Stamp(.object(ours), inherited: stamps.ours), theirs: Stamp(.object(theirs), inherited: stamps.theirs)
        )
        var merged: [String: JSONValue] = [:]
        let keys = Set(ours.keys).union(theirs.keys).union(base?.keys ?? [:].keys).subtracting(Self.stampKeys)
        for key in keys.sorted() {
            if base == nil, path.isEmpty, key == "uid", let mine = ours[key], let other = theirs[key], mine != other {
                let (kept, lost) = stamps.ours > stamps.theirs ? (mine, other) : (other, mine)
                record(
                    .addedTwice, path: [key], kept: kept, other: lost,
                    stamp: stamps.ours > stamps.theirs ? stamps.theirs : stamps.ours)
                merged[key] = kept
                continue
            }
            merged[key] = value(
                base: base?[key], ours: ours[key], theirs: theirs[key], path: path + [key], stamps: stamps)
        }
        let later = max(stamps.ours, stamps.theirs)
        if let at = later.at { merged["changedAt"] = .string(at) }
        if let by = later.by { merged["changedBy"] = .string(by) }
        return merged
    }

    /// Merges lists of records by id, or returns nil when the lists are not all records.
    private mutating func records(
        base: JSONValue?, ours: [JSONValue], theirs: [JSONValue], path: [String], stamps: (ours: Stamp, theirs: Stamp)
    ) -> [JSONValue]? {
        var baseList: [JSONValue] = []
        if case .array(let list)? = base { baseList = list }
        func byID(_ list: [JSONValue]) -> [String: JSONValue]? {
            var found: [String: JSONValue] = [:]
            for element in list {
                guard let id = element.recordID, found[id] == nil else { return nil }
                found[id] = element
            }
            return found
        }
        guard let old = byID(baseList), let mine = byID(ours), let other = byID(theirs) else { return nil }
        let added = Set(mine.keys).union(other.keys).subtracting(old.keys).sorted()
        var merged: [JSONValue] = []
        for id in baseList.compactMap(\.recordID) + added {
            let (before, left, right) = (old[id], mine[id], other[id])
            let recordStamps = (Stamp(left, inherited: stamps.ours), Stamp(right, inherited: stamps.theirs))
            switch (left, right) {
            case (let left?, let right?):
                if let record = value(
                    base: before, ours: left, theirs: right, path: path + [id], stamps: recordStamps)
                {
                    merged.append(record)
                }
            case (let left?, nil) where before != nil && before != left:
                record(.editedAndDeleted, path: path + [id], kept: nil, other: left, stamp: recordStamps.0)
            case (nil, let right?) where before != nil && before != right:
                record(.editedAndDeleted, path: path + [id], kept: nil, other: right, stamp: recordStamps.1)
            case (let left?, nil) where before == nil:
                merged.append(left)
            case (nil, let right?) where before == nil:
                merged.append(right)
            default:
                break
            }
        }
        return merged
    }

    private mutating func record(
        _ kind: ConflictKind, path: [String], kept: JSONValue?, other: JSONValue?, stamp: Stamp
    ) {
        let joined = path.joined(separator: "/")
        let keptText = kept?.text ?? "null"
        let otherText = other?.text ?? "null"
        let hash = RecordID.fnv1a("\(kind.rawValue)/\(joined)/\(keptText)/\(otherText)")
        let id = RecordID.make(
            milliseconds: Int64(hash >> 16), high: UInt16(truncatingIfNeeded: hash), low: hash &* 0x9E37_79B9_7F4A_7C15)
        conflicts.append(
            Conflict(
                id: id, kind: kind, path: joined, kept: keptText, other: otherText, otherBy: stamp.by,
                otherAt: stamp.at))
    }
}
