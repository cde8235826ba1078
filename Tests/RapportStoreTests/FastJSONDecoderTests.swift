import Foundation
import RapportCore
import RapportTestSupport
import Testing

@testable import RapportStore

// The fast decoder against the strict path it stands in for: for every input, either the same value or an error,
// never a value where the strict path reports a problem, and through its fallback always the very same result.

/// What is wrong with the fast decoder's answer for some bytes, or nil when it agrees with the strict path.
///
/// - Parameters:
///   - type: the type to decode.
///   - bytes: the file's bytes.
/// - Returns: a description of the disagreement, or nil.
private func disagreement<T: Decodable & Equatable>(_ type: T.Type, _ bytes: [UInt8]) -> String? {
    let data = Data(bytes)
    let strict = Result { () throws(FileProblem) -> T in try JSONDiagnostics.decode(type, from: data, path: "x.json") }
    let fast = try? FastJSONDecoder.value(type, from: data)
    let fallback = Result { () throws(FileProblem) -> T in try FastJSONDecoder.decode(type, from: data, path: "x.json")
    }
    switch (strict, fast) {
    case (.success(let expected), let fast?) where fast != expected:
        return "the fast decoder gave \(fast), the strict path \(expected)"
    case (.failure(let problem), let fast?):
        return "the fast decoder gave \(fast) where the strict path reports \(problem)"
    default:
        return fallback == strict ? nil : "with its fallback it gave \(fallback), the strict path \(strict)"
    }
}

/// Records a disagreement for one input.
///
/// - Returns: whether the fast decoder declined a document the strict path decodes, leaving it to the fallback.
@discardableResult
private func check<T: Decodable & Equatable>(_ type: T.Type, _ bytes: [UInt8], _ findings: inout Findings) -> Bool {
    findings.tried()
    if let problem = disagreement(type, bytes) {
        findings.check(false, "\(String(decoding: bytes.prefix(200), as: UTF8.self)): \(problem)")
    }
    let data = Data(bytes)
    return (try? FastJSONDecoder.value(type, from: data)) == nil
        && (try? JSONDiagnostics.decode(type, from: data, path: "x.json")) != nil
}

/// A small record of every kind of field the store's records use.
private struct Sample: Codable, Equatable {
    var int: Int?
    var small: UInt8?
    var wide: Int64?
    var double: Double?
    var float: Float?
    var flag: Bool?
    var text: String?
    var day: Day?
    var money: Money?
    var list: [Int]?
    var nested: [String: [Double?]]?
}

@Suite struct FastJSONDecoderTests {
    /// Small documents at every edge of the syntax and of Foundation's reading of numbers and strings decode to the
    /// strict path's values, or fail where it reports a problem.
    @Test func edgeCasesAgreeWithTheStrictPath() {
        let documents = [
            #"{"int": 3}"#, #"{"int": 3.0}"#, #"{"int": 1e2}"#, #"{"int": 1E+2}"#, #"{"int": 3.5}"#, #"{"int": -0}"#,
            #"{"int": 9223372036854775807}"#, #"{"int": 9223372036854775808}"#, #"{"int": -9223372036854775808}"#,
            #"{"int": 1e19}"#, #"{"int": 1e999}"#, #"{"int": "3"}"#, #"{"int": null}"#, #"{"int": true}"#,
            #"{"small": 255}"#, #"{"small": 256}"#, #"{"small": -1}"#, #"{"small": 2.55e2}"#,
            #"{"wide": 123456789012345678}"#, #"{"wide": -1234567890123456789}"#,
            #"{"double": 0.1}"#, #"{"double": -0}"#, #"{"double": -0.0}"#, #"{"double": 1e-400}"#,
            #"{"double": 1e308}"#, #"{"double": 1e309}"#, #"{"double": 123456789012345678}"#,
            #"{"double": 999999999999999}"#, #"{"double": 9007199254740993}"#, #"{"double": 2.5e-3}"#,
            #"{"float": 16777217}"#, #"{"float": 3.4e39}"#, #"{"float": 0.1}"#,
            #"{"flag": true}"#, #"{"flag": false}"#, #"{"flag": 1}"#, #"{"flag": "true"}"#,
            #"{"text": "plain"}"#, #"{"text": "a\"b\\c\/d\b\f\n\r\t"}"#, #"{"text": "\u00e9\uD83D\uDE00\u0000"}"#,
            #"{"text": "\uD83D"}"#, #"{"text": "\uDE00"}"#, #"{"text": "\x"}"#, #"{"text": "\u00G0"}"#,
            "{\"text\": \"tab\there\"}", "{\"text\": \"é😀\"}", "{\"text\": \"\u{7F}\"}",
            #"{"day": "2026-02-28"}"#, #"{"day": "2026-02-30"}"#, #"{"money": "900.00"}"#, #"{"money": "9,00"}"#,
            #"{"list": [1, 2, 3]}"#, #"{"list": [1, 2, 3,]}"#, #"{"list": [1 2]}"#, #"{"list": [01]}"#,
            #"{"list": [1, null]}"#, #"{"list": {}}"#, #"{"nested": {"a": [1, null, 2.5], "b": []}}"#,
            #"{"nested": {"a": [], "a": []}}"#, #"{"int": 1, "int": 1}"#, #"{"int": 1,}"#, #"{"int" 1}"#,
            #"{"é": 1}"#, #"{"e\u0301": 1, "é": 2}"#, #"{"\u0069nt": 4}"#, #"{}"#, #"[]"#, #"null"#, "",
            " ", "\u{FEFF}{}", "{} x", "{} // note", #"{"int": tru}"#, #"{"int": truex}"#, #"{"int": NaN}"#,
            #"{"int": -}"#, #"{"int": 0x1F}"#, #"{"int": 1.}"#, #"{"int": .5}"#, #"{"int": 1e}"#, "{\"int\": 1",
            "{\"text\": \"cut", "{\"int\": 1}\n\n", "\t{\r\n\"int\"\t:\t1 }",
        ]
        var findings = Findings("fast decoder on edge cases", seed: 0)
        var declined: [String] = []
        for document in documents {
            for type: any (Decodable & Equatable).Type in [Sample.self, JSONValue.self]
            where check(type, Array(document.utf8), &findings) {
                declined.append("\(type) \(document)")
            }
        }
        for bytes: [UInt8] in [[0xFF], [0x7B, 0x22, 0xC3, 0x22, 0x3A, 0x31, 0x7D], [0xFF, 0xFE, 0x7B, 0x00]] {
            check(JSONValue.self, bytes, &findings)
        }
        findings.report()
        // Only a byte order mark and keys beyond plain ASCII are left to the strict path.
        #expect(
            declined == [
                #"Sample {"é": 1}"#, #"JSONValue {"é": 1}"#, #"Sample {"\u0069nt": 4}"#, #"JSONValue {"\u0069nt": 4}"#,
                "Sample \u{FEFF}{}", "JSONValue \u{FEFF}{}",
            ])
    }

    /// Every fixture of a broken file fails in the fast decoder, and through its fallback is reported exactly as
    /// the strict path reports it.
    @Test func brokenFixturesFallBackToTheStrictMessages() throws {
        let names = [
            "bad-date", "bad-escape", "bare-nan", "control-character", "duplicate-key", "empty", "fraction",
            "garbage-after", "leading-zero", "missing-comma", "missing-key", "missing-nested-key", "not-utf8",
            "null-value", "trailing-comma", "truncated", "unknown-enum", "utf16", "wrong-type",
        ]
        for name in names {
            let data = try fixture(name)
            #expect((try? FastJSONDecoder.value(Doc.self, from: data)) == nil, "\(name)")
            let strict = #expect(throws: FileProblem.self) {
                try JSONDiagnostics.decode(Doc.self, from: data, path: "bad/\(name).json")
            }
            let fast = #expect(throws: FileProblem.self) {
                try FastJSONDecoder.decode(Doc.self, from: data, path: "bad/\(name).json")
            }
            #expect(fast == strict, "\(name)")
        }
    }

    /// The rich client and random valid clients decode to the same values as through the strict path.
    @Test(.timeLimit(fuzzTimeLimit))
    func generatedClientsDecodeAlike() throws {
        let seed = fuzzSeed(0xFA57)
        var random = SplitMix64(seed: seed)
        var findings = Findings("fast decoder on generated clients", seed: seed)
        var declined = check(Client.self, [UInt8](try CanonicalJSON.encode(richClient())), &findings) ? 1 : 0
        for _ in 0..<fuzzCount(300)
        where check(Client.self, [UInt8](try CanonicalJSON.encode(randomClient(&random))), &findings) {
            declined += 1
        }
        findings.report()
        #expect(declined == 0)
    }

    /// Damaged client documents (bytes dropped, repeated or replaced, trailing commas, repeated keys, bad escapes,
    /// broken UTF-8) give the strict path's value or an error, never a value the strict path does not give.
    @Test(.timeLimit(fuzzTimeLimit))
    func damagedClientsNeverDecodeToAnotherValue() throws {
        let seed = fuzzSeed(0xDA3A6E)
        var random = SplitMix64(seed: seed)
        var findings = Findings("fast decoder on damaged clients", seed: seed)
        var declined = 0
        let bases = try documentsToDamage(randomOnes: 10, &random)
        for _ in 0..<fuzzCount(2_000) {
            var bytes = random.pick(bases)
            for _ in 0..<random.int(1...3) {
                bytes = mutate(bytes, &random)
            }
            if check(Client.self, bytes, &findings) {
                declined += 1
            }
        }
        print("fuzz: \(declined) of \(findings.inputs) damaged clients that still decode were left to the strict path")
        findings.report()
    }

    /// A store read on all cores lists exactly the clients and problems that decoding its files one by one through
    /// the strict path gives, in the same order, and check reports the same problems on every opening.
    @Test(.timeLimit(fuzzTimeLimit))
    func parallelLoadGivesWhatTheStrictPathGivesFileByFile() throws {
        var random = SplitMix64(seed: 0x9A7A11E1)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-parallel-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try Store.create(at: path, settings: Settings(business: "Parallel IT"))
        var expectedClients: [Client] = []
        var expectedProblems: [FileProblem] = []
        for index in 0..<40 {
            let id = "client-\(index)"
            var bytes = [UInt8](try CanonicalJSON.encode(randomClient(&random, id: id)))
            if index % 3 == 0 {
                bytes = mutate(bytes, &random)
            }
            let file = "\(path)/clients/\(id).json"
            try Data(bytes).write(to: URL(fileURLWithPath: file))
            switch Result(catching: { () throws(FileProblem) in
                try JSONDiagnostics.decode(Client.self, from: Data(bytes), path: file)
            }) {
            case .success(let client): expectedClients.append(client)
            case .failure(let problem): expectedProblems.append(problem)
            }
        }
        expectedClients.sort { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        expectedProblems.sort { $0.path < $1.path }
        let first = try Store(opening: path, usesIndex: false)
        let second = try Store(opening: path, usesIndex: false)
        #expect(first.documents() == expectedClients)
        #expect(first.problems == expectedProblems)
        #expect(second.problems == expectedProblems)
        #expect(first.check() == second.check())
        #expect(expectedProblems.count == 11)
    }
}
