import Foundation
import Testing

@testable import RapportStore

// MARK: - Test documents

/// A small stand-in for a client document, so that these tests do not move with the real format.
///
/// Every fixture in `Fixtures/bad` is this document, pretty-printed with sorted keys, with one thing broken:
/// ```
/// {
///   "name": "Acme Dental",
///   "size": {
///     "servers": 1,
///     "workstations": 18
///   },
///   "start": "2026-01-15",
///   "status": "active",
///   "tags": [
///     "dental",
///     "retainer"
///   ]
/// }
/// ```
struct Doc: Decodable, Equatable {
    struct Size: Decodable, Equatable {
        var servers: UInt8?
        var workstations: Int
    }

    enum Status: String, Decodable {
        case prospect, active, former
    }

    var name: String
    var size: Size
    var start: CalendarDay
    var status: Status
    var tags: [String]
}

/// A date that rejects bad input in our own words, the way RapportCore's `Day` does.
struct CalendarDay: Decodable, Equatable {
    var text: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let isValid =
            parts.count == 3
            && DateComponents(year: parts[0], month: parts[1], day: parts[2])
                .isValidDate(in: Calendar(identifier: .gregorian))
        guard isValid else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        self.text = text
    }
}

/// A rule whose decoder explains itself in uppercase keywords, the way RapportCore's `RecurrenceRule` does.
private struct Plan: Decodable {
    struct Rule: Decodable {
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if try container.decode(String.self).contains("UNTIL") {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "COUNT and UNTIL cannot both be given")
            }
        }
    }

    var rule: Rule
    var id: UUID?
}

/// Two numbers written as a list, to run a list out of items.
private struct Pair: Decodable {
    var first: Int
    var second: Int

    init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        first = try container.decode(Int.self)
        second = try container.decode(Int.self)
    }
}

private let validDocument = """
    {
      "name": "Acme Dental",
      "size": {
        "servers": 1,
        "workstations": 18
      },
      "start": "2026-01-15",
      "status": "active",
      "tags": [
        "dental",
        "retainer"
      ]
    }

    """

func fixture(_ name: String) throws -> Data {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/bad"))
    return try Data(contentsOf: url)
}

/// Decodes a fixture as a `Doc` and returns the problem it must be reported with.
private func problem(inFixture name: String) throws -> FileProblem {
    let data = try fixture(name)
    return try #require(throws: FileProblem.self) {
        try JSONDiagnostics.decode(Doc.self, from: data, path: "bad/\(name).json")
    }
}

/// Decodes inline text and returns the problem it must be reported with.
private func problem<T: Decodable>(in text: String, as type: T.Type = Doc.self) throws -> FileProblem {
    try #require(throws: FileProblem.self) {
        try JSONDiagnostics.decode(type, from: Data(text.utf8), path: "x.json")
    }
}

// MARK: - Files

@Test func validDocumentHasNoProblem() throws {
    let data = Data(validDocument.utf8)
    #expect(JSONDiagnostics.syntaxProblem(in: data, path: "ok.json") == nil)
    let doc = try JSONDiagnostics.decode(Doc.self, from: data, path: "ok.json")
    #expect(doc.name == "Acme Dental")
    #expect(doc.size == Doc.Size(servers: 1, workstations: 18))
    #expect(doc.tags == ["dental", "retainer"])
}

@Test func emptyFileSaysSo() throws {
    #expect(try problem(inFixture: "empty").description == "bad/empty.json:1:1: the file is empty")
    #expect(try problem(in: "  \n\t ").description == "x.json:1:1: the file is empty")
}

@Test func truncatedFileSaysItWasCutShort() throws {
    #expect(
        try problem(inFixture: "truncated").description
            == "bad/truncated.json:8:22: the file ends in the middle of an object; it may have been cut short"
            + " (expected \"}\")")
}

@Test func trailingCommaIsLocatedAtTheComma() throws {
    #expect(
        try problem(inFixture: "trailing-comma").description
            == "bad/trailing-comma.json:5:23: trailing comma before \"}\"; remove the comma")
}

@Test func trailingCommaIsReportedEvenThoughFoundationAcceptsIt() throws {
    let text = #"{"name": "a", "size": {"workstations": 1}, "start": "2026-01-15", "status": "active", "tags": [],}"#
    #expect(try problem(in: text).description == "x.json:1:97: trailing comma before \"}\"; remove the comma")
}

@Test func latin1FileIsNotUTF8() throws {
    #expect(try problem(inFixture: "not-utf8").description == "bad/not-utf8.json:2:15: not UTF-8 text (byte 0xE9)")
}

@Test func utf16FileIsNotUTF8() throws {
    #expect(
        try problem(inFixture: "utf16").description
            == "bad/utf16.json:1:1: not UTF-8 text (it looks like UTF-16); save it as UTF-8")
}

@Test func wrongTypeNamesTheKeyAndBothTypes() throws {
    #expect(
        try problem(inFixture: "wrong-type").description
            == "bad/wrong-type.json:5:21: \"workstations\" should be a whole number, found a string")
}

@Test func fractionForAWholeNumberIsLocated() throws {
    // Foundation reports this one as "not valid JSON" with no coding path at all.
    #expect(
        try problem(inFixture: "fraction").description
            == "bad/fraction.json:5:21: \"workstations\" should be a whole number, found 18.5")
}

@Test func duplicateKeyIsReported() throws {
    #expect(
        try problem(inFixture: "duplicate-key").description
            == "bad/duplicate-key.json:9:3: key \"name\" appears twice (first at line 2, column 3)")
}

@Test func duplicateKeyIsFoundInAFileFoundationWouldDecode() throws {
    let data = try fixture("duplicate-key")
    #expect((try? JSONDecoder().decode(Doc.self, from: data)) != nil)
    let problem = JSONDiagnostics.syntaxProblem(in: data, path: "bad/duplicate-key.json")
    #expect(
        problem?.description == "bad/duplicate-key.json:9:3: key \"name\" appears twice (first at line 2, column 3)")
}

@Test func missingKeyPointsAtItsObject() throws {
    #expect(
        try problem(inFixture: "missing-key").description == "bad/missing-key.json:1:1: missing \"name\" in this object"
    )
    #expect(
        try problem(inFixture: "missing-nested-key").description
            == "bad/missing-nested-key.json:3:11: missing \"workstations\" in \"size\"")
}

@Test func unknownEnumValueIsNotAllowed() throws {
    #expect(
        try problem(inFixture: "unknown-enum").description
            == "bad/unknown-enum.json:8:13: \"status\": \"retired\" is not one of the allowed values")
}

@Test func nullForARequiredValueSaysItMustBeSet() throws {
    #expect(
        try problem(inFixture: "null-value").description
            == "bad/null-value.json:8:13: \"status\" is null but must be set")
}

@Test func ownDecoderMessageIsKeptAndNamesTheKey() throws {
    #expect(
        try problem(inFixture: "bad-date").description
            == "bad/bad-date.json:7:12: \"start\": expected a date as YYYY-MM-DD, found \"2026-02-30\"")
}

@Test func ownDecoderMessageIsKeptWhateverItsCase() throws {
    let text = #"{"rule": "FREQ=WEEKLY;COUNT=3;UNTIL=20261231"}"#
    #expect(
        try problem(in: text, as: Plan.self).description
            == #"x.json:1:10: "rule": COUNT and UNTIL cannot both be given"#)
}

@Test func foundationMessageIsReplaced() throws {
    // UUID's own decoder says "Attempted to decode UUID from invalid UUID string."
    let text = #"{"rule": "FREQ=WEEKLY", "id": "not-a-uuid"}"#
    #expect(try problem(in: text, as: Plan.self).description == #"x.json:1:31: "id": "not-a-uuid" is not valid here"#)
}

@Test func garbageAfterTheDocumentIsReported() throws {
    #expect(
        try problem(inFixture: "garbage-after").description
            == "bad/garbage-after.json:14:1: unexpected text after the end of the JSON document")
}

@Test func badEscapeIsLocatedAtTheBackslash() throws {
    #expect(
        try problem(inFixture: "bad-escape").description
            == #"bad/bad-escape.json:2:17: unknown escape "\q" in a string; write a backslash as \\"#)
}

@Test func controlCharacterInAStringIsReported() throws {
    #expect(
        try problem(inFixture: "control-character").description
            == #"bad/control-character.json:2:16: tab character inside a string; write it as \t"#)
}

@Test func bareValuesThatAreNotJSONAreReported() throws {
    #expect(try problem(inFixture: "bare-nan").description == "bad/bare-nan.json:4:16: expected a value, found \"NaN\"")
    #expect(
        try problem(inFixture: "leading-zero").description
            == "bad/leading-zero.json:4:16: invalid number \"01\": leading zeros are not allowed")
}

@Test func missingCommaIsPlacedAfterThePreviousValue() throws {
    #expect(
        try problem(inFixture: "missing-comma").description
            == "bad/missing-comma.json:2:24: missing \",\" after the value of \"name\"")
}

// MARK: - Syntax, inline

@Test(arguments: [
    (#"{"a": 1,}"#, #"1:8: trailing comma before "}"; remove the comma"#),
    (#"[1, 2,]"#, #"1:6: trailing comma before "]"; remove the comma"#),
    (#"[1, 2"#, #"1:6: the file ends in the middle of a list; it may have been cut short (expected "]")"#),
    (
        #"{"a": "b"#,
        #"1:9: the file ends in the middle of a string; it may have been cut short (expected a closing quote)"#
    ),
    (#"{"a": tru"#, #"1:10: the file ends in the middle of an object; it may have been cut short (expected "}")"#),
    (#"{"a": 1."#, #"1:9: the file ends in the middle of an object; it may have been cut short (expected "}")"#),
    (#"NaN"#, #"1:1: expected a value, found "NaN""#),
    (#"01"#, #"1:1: invalid number "01": leading zeros are not allowed"#),
    (#"-Infinity"#, #"1:1: expected a value, found "-Infinity""#),
    (#"{"a": True}"#, #"1:7: expected a value, found "True"; write it in lowercase as true"#),
    (#"{"a": 1.}"#, #"1:7: invalid number "1.": expected a digit after ".""#),
    (#"{"a": .5}"#, #"1:7: invalid number ".5": a number cannot start with ".""#),
    (#"{"a": +5}"#, #"1:7: invalid number "+5": a number cannot start with "+""#),
    (#"{"a": 1e}"#, #"1:7: invalid number "1e": expected a digit in the exponent"#),
    (#"{"a": 0x1F}"#, #"1:7: invalid number "0x1F""#),
    (#"{"a": }"#, #"1:7: expected a value, found "}""#),
    (#"{"a": "\u12G4"}"#, #"1:8: bad escape "\u12G": \u must be followed by four hex digits"#),
    (#"{"a": "\uD83D"}"#, #"1:8: "\uD83D" is half of a surrogate pair; the other half is missing"#),
    (
        "{\"a\": \"line\nbreak\"}",
        #"1:12: line break inside a string; the closing quote may be missing (write a line break as \n)"#
    ),
    ("{\"a\": \"\u{1}\"}", #"1:8: control character U+0001 inside a string; write it as \u0001"#),
    (#"{"a" 1}"#, #"1:6: expected ":" after the key "a", found "1""#),
    (#"{a: 1}"#, #"1:2: expected a key in double quotes, found "a""#),
    (#"{'a': 1}"#, #"1:2: expected a key in double quotes, found "'"; use straight double quotes (") around text"#),
    (#"{"a": “b”}"#, #"1:7: expected a value, found "“"; use straight double quotes (") around text"#),
    ("{\"a\": \u{A0}1}", #"1:7: expected a value, found an invisible character (U+00A0)"#),
    (#"{"a": [1, 2}"#, #"1:12: "}" does not match the "[" at line 1, column 7"#),
    (#"[{"a": 1]"#, #"1:9: "]" does not match the "{" at line 1, column 2"#),
    (#"[1 2]"#, #"1:3: missing "," between list items"#),
    (#"[1 :]"#, #"1:4: expected "," or "]" after a list item, found ":""#),
    (#"{"a": 1 = 2}"#, #"1:9: expected "," or "}" after the value of "a", found "=""#),
    (#"{"a": 1} // note"#, #"1:10: comments are not allowed in JSON"#),
    (#"{"a": 1}}"#, #"1:9: unexpected text after the end of the JSON document"#),
    (#"{"a": 1, "a": 2}"#, #"1:10: key "a" appears twice (first at line 1, column 2)"#),
    (#"{"a": {"b": 1}, "b": {"b": 2}}"#, ""),
    ("\u{FEFF}{\"a\": 1,}", #"1:8: trailing comma before "}"; remove the comma"#),
    (#"{"é": 1,}"#, #"1:8: trailing comma before "}"; remove the comma"#),
    (String(repeating: "[", count: 600), "1:513: the document is nested more than 512 levels deep"),
])
func syntaxProblemIsLocatedAndWorded(text: String, expected: String) {
    let problem = JSONDiagnostics.syntaxProblem(in: Data(text.utf8), path: "x.json")
    #expect(problem?.description ?? "" == (expected.isEmpty ? "" : "x.json:\(expected)"))
}

@Test func escapedKeysCountAsDuplicates() {
    let problem = JSONDiagnostics.syntaxProblem(in: Data(#"{"a": 1, "\u0061": 2}"#.utf8), path: "x.json")
    #expect(problem?.description == #"x.json:1:10: key "a" appears twice (first at line 1, column 2)"#)
}

@Test func validSyntaxOfEveryKindHasNoProblem() {
    let text =
        #"[{"s": "\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00 é", "n": [0, -0.5, 1e10, 2E-3, 10], "l": [true, false, null]}]"#
    #expect(JSONDiagnostics.syntaxProblem(in: Data(text.utf8), path: "x.json") == nil)
}

// MARK: - Decoding, inline

@Test func wrongTypeInAListNamesTheItem() throws {
    let text =
        #"{"name": "a", "size": {"workstations": 1}, "start": "2026-01-15", "status": "active", "tags": ["a", 5]}"#
    #expect(try problem(in: text).description == #"x.json:1:101: item 2 of "tags" should be text, found a number"#)
}

@Test func wrongContainerTypesAreNamed() throws {
    #expect(try problem(in: "[]").description == "x.json:1:1: the document should be an object, found a list")
    let text = #"{"name": "a", "size": [], "start": "2026-01-15", "status": "active", "tags": []}"#
    #expect(try problem(in: text).description == #"x.json:1:23: "size" should be an object, found a list"#)
    let flag = #"{"name": true, "size": {"workstations": 1}, "start": "2026-01-15", "status": "active", "tags": []}"#
    #expect(try problem(in: flag).description == #"x.json:1:10: "name" should be text, found true"#)
}

@Test func numberOutOfRangeIsLocated() throws {
    let text =
        #"{"name": "a", "size": {"servers": 300, "workstations": 1}, "start": "2026-01-15", "status": "active", "tags": []}"#
    #expect(try problem(in: text).description == #"x.json:1:35: "servers": the number 300 is out of range"#)
}

@Test func shortListSaysItHasTooFewItems() throws {
    #expect(try problem(in: "[1]", as: Pair.self).description == "x.json:1:1: the document has too few items")
}

@Test func reasonsNeverLeakFoundationText() throws {
    let texts = [
        #"{"name": "a", "size": {"workstations": 1e400}, "start": "2026-01-15", "status": "active", "tags": []}"#,
        #"{"name": "a", "size": {"workstations": 1}, "start": "x", "status": "former", "tags": []}"#,
        #"{"name": "a", "size": {"workstations": 1}, "start": "2026-01-15", "status": 7, "tags": []}"#,
    ]
    for text in texts {
        let reason = try problem(in: text).reason
        #expect(!reason.contains("Swift."))
        #expect(!reason.contains("JSON."))
        #expect(!reason.contains("Cannot"))
        #expect(!reason.contains("Expected"))
    }
}

// MARK: - Locations

@Test func locationOfNestedArrayElement() {
    let text = """
        {
          "visits": [
            {"id": "v1"},
            {"id": "v2"},
            {"id": "v1"}
          ]
        }
        """
    let location = JSONDiagnostics.location(of: ["visits", 2, "id"], in: Data(text.utf8))
    #expect(location?.line == 5)
    #expect(location?.column == 12)
}

@Test func locationOfACodingPathFromADecodingError() throws {
    let data = Data(#"{"tags": ["a", 5]}"#.utf8)
    struct Tags: Decodable { var tags: [String] }
    let error = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Tags.self, from: data) }
    guard case .typeMismatch(_, let context) = error else {
        Issue.record("expected a type mismatch, got \(error)")
        return
    }
    let location = JSONDiagnostics.location(of: context.codingPath, in: data)
    #expect(location?.line == 1)
    #expect(location?.column == 16)
}

@Test func locationCountsUnicodeScalarsAndSkipsAByteOrderMark() {
    let data = Data("\u{FEFF}{\"naïve\": [\"日本\", 1]}".utf8)
    let location = JSONDiagnostics.location(of: ["naïve", 1], in: data)
    #expect(location?.line == 1)
    #expect(location?.column == 18)
}

@Test func locationOfTheWholeDocumentIsItsFirstCharacter() {
    let location = JSONDiagnostics.location(of: [] as [JSONDiagnostics.PathComponent], in: Data("\n  {}".utf8))
    #expect(location?.line == 2)
    #expect(location?.column == 3)
}

@Test func locationIsNilForAMissingPathOrBadJSON() {
    #expect(JSONDiagnostics.location(of: ["tags", 3], in: Data(validDocument.utf8)) == nil)
    #expect(JSONDiagnostics.location(of: ["name", "first"], in: Data(validDocument.utf8)) == nil)
    #expect(JSONDiagnostics.location(of: ["name"], in: Data(#"{"name": 1,}"#.utf8)) == nil)
}

// MARK: - FileProblem

@Test func problemWithoutAPlaceOmitsLineAndColumn() {
    let problem = FileProblem(path: "clients/acme.json", line: 0, column: 0, reason: "permission denied")
    #expect(problem.description == "clients/acme.json: permission denied")
}

@Test func problemWithAPlaceLooksLikeACompilerMessage() {
    let problem = FileProblem(path: "clients/acme.json", line: 4, column: 17, reason: "trailing comma")
    #expect(problem.description == "clients/acme.json:4:17: trailing comma")
}
