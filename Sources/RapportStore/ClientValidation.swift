import Foundation
import RapportCore

/// Checks a decoded client document for problems JSON types cannot express, such as a duplicated visit id.
enum ClientValidation {
    /// The first problem in a client document, located in its file.
    ///
    /// - Parameters:
    ///   - client: the decoded document.
    ///   - data: the file's bytes, for locating the problem.
    ///   - expectedID: the id the file name gives.
    ///   - path: the file's path as shown.
    /// - Returns: the problem, or nil when the document is sound.
    static func problem(in client: Client, data: Data, expectedID: String, path: String) -> FileProblem? {
        guard let (keys, reason) = firstIssue(client, expectedID: expectedID) else { return nil }
        let location = JSONDiagnostics.location(of: keys, in: data) ?? (line: 1, column: 1)
        return FileProblem(path: path, line: location.line, column: location.column, reason: reason)
    }

    private static func firstIssue(_ client: Client, expectedID: String) -> ([any CodingKey], String)? {
        if client.id != expectedID {
            return ([PathKey("id")], "\"id\" is \"\(client.id)\" but the file is named \(expectedID).json")
        }
        if (try? ClientID.validate(client.id)) == nil {
            return ([PathKey("id")], "\"\(client.id)\" is not a valid client id (lowercase letters, digits, dashes)")
        }
        if client.name.trimmingCharacters(in: .whitespaces).isEmpty {
            return ([PathKey("name")], "\"name\" must not be empty")
        }
        if let duplicate = firstDuplicate(client.people.map(\.id), in: "people", what: "person")
            ?? firstDuplicate(client.terms.map(\.id), in: "terms", what: "term")
            ?? firstDuplicate(client.visits.map(\.id), in: "visits", what: "visit")
            ?? firstDuplicate(client.touchpoints.map(\.id), in: "touchpoints", what: "touchpoint")
            ?? firstDuplicate(client.surveys.map(\.id), in: "surveys", what: "survey")
            ?? firstDuplicate((client.requests ?? []).map(\.id), in: "requests", what: "request")
        {
            return duplicate
        }
        if let index = client.surveys.firstIndex(where: { !(0...10).contains($0.score ?? 0) }) {
            return ([PathKey("surveys"), PathKey(index), PathKey("score")], "\"score\" must be from 0 to 10")
        }
        if let index = client.visits.firstIndex(where: { ($0.hours ?? 0) < 0 || !($0.hours ?? 0).isFinite }) {
            return ([PathKey("visits"), PathKey(index), PathKey("hours")], "\"hours\" must not be negative")
        }
        if let index = client.terms.firstIndex(where: { $0.termMonths < 1 }) {
            return ([PathKey("terms"), PathKey(index), PathKey("termMonths")], "\"termMonths\" must be at least 1")
        }
        if let index = client.terms.indices.first(where: { client.terms[$0].end < client.terms[$0].start }) {
            return ([PathKey("terms"), PathKey(index)], "the term ends before it starts")
        }
        if let index = client.terms.indices.dropFirst().first(where: {
            client.terms[$0].start < client.terms[$0 - 1].end
        }) {
            return (
                [PathKey("terms"), PathKey(index), PathKey("start")], "the term starts before the one before it ends"
            )
        }
        return nil
    }

    private static func firstDuplicate(_ ids: [String], in list: String, what: String) -> ([any CodingKey], String)? {
        var seen = Set<String>()
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            return ([PathKey(list), PathKey(index), PathKey("id")], "\(what) id \"\(id)\" appears more than once")
        }
        return nil
    }
}

/// A coding key made by hand, for locating a value in a file.
struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init(_ index: Int) {
        stringValue = String(index)
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}
