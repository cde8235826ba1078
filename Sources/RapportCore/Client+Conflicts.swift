import Foundation

/// Which of a conflict's two values to keep: the one the merge kept (`ours`) or the other one (`theirs`).
public enum ConflictSide: String, Sendable, Equatable, CaseIterable {
    case ours, theirs
}

// MARK: - Settling the conflicts a merge left open

extension Client {
    /// Settles one open conflict: keeping ours drops it; keeping theirs puts the other value back where the
    /// conflict says (a field, a deleted record, the other uid) and drops it.
    ///
    /// - Parameters:
    ///   - typed: the conflict's id, or the start of it.
    ///   - keep: which value stays.
    /// - Throws: `ChangeError` when no open conflict has that id or the other value no longer fits.
    mutating func resolveConflict(_ typed: String, keep: ConflictSide) throws(ChangeError) {
        let id = try RecordID.resolve(typed, among: openConflicts.map(\.id), field: "conflict")
        let conflict = openConflicts.first { $0.id == id }!
        openConflicts.removeAll { $0.id == id }
        guard keep == .theirs else { return }
        do {
            let encoder = JSONEncoder()
            var tree = try JSONDecoder().decode(JSONValue.self, from: try encoder.encode(self))
            let other = try JSONDecoder().decode(JSONValue.self, from: Data("[\(conflict.other)]".utf8))
            guard case .array(let values) = other, let value = values.first,
                tree.set(value, at: conflict.path.split(separator: "/").map(String.init))
            else {
                throw ChangeError(field: "conflict", "\(conflict.path) is no longer in the file")
            }
            self = try JSONDecoder().decode(Client.self, from: try encoder.encode(tree))
        } catch let error as ChangeError {
            throw error
        } catch {
            throw ChangeError(field: "conflict", "the other value of \(conflict.path) no longer fits the file")
        }
    }
}

extension JSONValue {
    /// Puts a value at a path of keys and record ids; the last step into a list of records adds the record or
    /// replaces the one with its id.
    ///
    /// - Returns: false when the path leads nowhere.
    mutating func set(_ value: JSONValue, at path: [String]) -> Bool {
        guard let step = path.first else {
            self = value
            return true
        }
        switch self {
        case .object(var members):
            if path.count == 1 {
                members[step] = value == .null ? nil : value
            } else {
                guard var child = members[step], child.set(value, at: Array(path.dropFirst())) else { return false }
                members[step] = child
            }
            self = .object(members)
            return true
        case .array(var elements):
            let index = elements.firstIndex { $0.recordID == step }
            if path.count == 1 {
                if let index { elements[index] = value } else { elements.append(value) }
            } else {
                guard let index, elements[index].set(value, at: Array(path.dropFirst())) else { return false }
            }
            self = .array(elements)
            return true
        default:
            return false
        }
    }
}
