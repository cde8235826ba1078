import Foundation
import RapportCore
import RapportTestSupport
import Testing

@testable import RapportStore

// Property tests for the loader: random bytes, damaged client documents, every truncation of one, very deep nesting,
// random valid clients, and whole stores full of damaged files. Inputs come from a seeded generator, so every run
// tries the same ones and a failure can be replayed. No input may crash or hang the loader; each must either load or
// be reported as a located problem in our own words.
//
// `RAPPORT_FUZZ_SEED=<number>` runs other inputs than the fixed ones, and `RAPPORT_FUZZ_SCALE=<factor>` runs more of
// them, for a longer search on a developer's machine; the defaults keep the suite fast enough for every `swift test`.

/// Bytes shown as a Swift string literal, printable ASCII as it is and everything else escaped, cut short when long.
///
/// - Parameter bytes: the input.
/// - Returns: the literal, in double quotes.
private func literal<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    var result = "\""
    for byte in bytes.prefix(160) {
        switch byte {
        case UInt8(ascii: "\""): result += "\\\""
        case UInt8(ascii: "\\"): result += "\\\\"
        case 0x20...0x7E: result.unicodeScalars.append(Unicode.Scalar(byte))
        default: result += "\\x" + String(byte, radix: 16, uppercase: true)
        }
    }
    return result + (bytes.count > 160 ? "…(\(bytes.count) bytes)\"" : "\"")
}

// MARK: - Checking one file

/// Phrases that only Foundation or the standard library write; a message for a person must never contain them.
private let foreignPhrases = [
    "The given data", "Swift.", "DecodingError", "NSCocoaErrorDomain", "Optional(", "CodingKeys", "debugDescription",
]

/// The file name every generated document is loaded as.
private let shownPath = "clients/fuzz.json"

/// What is wrong with a problem report for a file's bytes, or nil when it is sound: shown at the file's path, in our
/// own words, and at a line and column that exist in the file (or just past its end).
///
/// - Parameters:
///   - problem: the report.
///   - bytes: the file's bytes.
///   - path: the path the file was read as.
/// - Returns: a description of the flaw, or nil.
private func flaw(in problem: FileProblem, bytes: [UInt8], path: String = shownPath) -> String? {
    if problem.path != path {
        return "reported at \(problem.path)"
    }
    if problem.reason.trimmingCharacters(in: .whitespaces).isEmpty {
        return "reported with an empty reason"
    }
    if let phrase = foreignPhrases.first(where: { problem.reason.contains($0) }) {
        return "reported with Foundation's words (\(phrase)): \(problem.description)"
    }
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard problem.line >= 1, problem.line <= lines.count, problem.column >= 1,
        problem.column <= lines[problem.line - 1].count + 1
    else {
        return "reported at line \(problem.line), column \(problem.column), which is not in the file: \(problem)"
    }
    return nil
}

/// Runs the loader on one file's bytes and checks what it says.
///
/// Whatever the bytes, `syntaxProblem` and `decode` must return; bytes our strict check accepts must also be JSON to
/// Foundation; every problem must be sound (see `flaw(in:bytes:path:)`); and a client the loader accepts must survive
/// being written and read again unchanged.
///
/// - Parameters:
///   - bytes: the file's bytes.
///   - findings: where to record what went wrong.
///   - random: decides whether to also decode bytes that fail the syntax check; `decode` runs the same check first,
///     so a sample of them is enough to confirm it reports the same problem, and skipping the rest halves the cost.
///   - rewrites: whether to write an accepted client back and read it again.
/// - Returns: the decoded client, or the problem reported.
@discardableResult
private func load(
    _ bytes: [UInt8], _ findings: inout Findings, _ random: inout SplitMix64, rewrites: Bool = true
) -> Result<Client, FileProblem> {
    findings.tried()
    let data = Data(bytes)
    if let syntax = JSONDiagnostics.syntaxProblem(in: data, path: shownPath) {
        findings.check(flaw(in: syntax, bytes: bytes) == nil, "\(literal(bytes)): \(flaw(in: syntax, bytes: bytes)!)")
        if random.chance(0.1) {
            let decoded = decodeClient(data)
            findings.check(
                decoded == .failure(syntax),
                "\(literal(bytes)): decode gave \(decoded), not the syntax problem \(syntax)")
        }
        return .failure(syntax)
    }
    // RFC 8259 lets a reader refuse numbers beyond the range it can hold, and Foundation refuses those beyond
    // Double's; our check leaves them to the decoder, which reports them where a field reads them.
    let isJSON = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
    findings.check(
        isJSON || holdsNumberBeyondDouble(bytes),
        "\(literal(bytes)): passed the syntax check, but Foundation does not read it as JSON")
    let result = decodeClient(data)
    switch result {
    case .success(let client) where rewrites:
        let again = try? JSONDiagnostics.decode(Client.self, from: CanonicalJSON.encode(client), path: shownPath)
        findings.check(again == client, "\(literal(bytes)): decoded, but does not survive a write and a read")
    case .success:
        break
    case .failure(let problem):
        findings.check(flaw(in: problem, bytes: bytes) == nil, "\(literal(bytes)): \(flaw(in: problem, bytes: bytes)!)")
    }
    return result
}

/// Decodes a client document as the store does.
///
/// - Parameter data: the file's bytes.
/// - Returns: the client, or the problem the loader reports.
private func decodeClient(_ data: Data) -> Result<Client, FileProblem> {
    do {
        return .success(try JSONDiagnostics.decode(Client.self, from: data, path: shownPath))
    } catch {
        return .failure(error)
    }
}

/// Whether a well-formed document holds a number too large for a `Double`, such as `1e999`.
///
/// - Parameter bytes: a document that passes the syntax check.
/// - Returns: true when some number in it is infinite as a `Double`.
private func holdsNumberBeyondDouble(_ bytes: [UInt8]) -> Bool {
    func check(_ node: JSONDiagnostics.Node) -> Bool {
        switch node.value {
        case .object(let members): members.contains { check($0.value) }
        case .array(let elements): elements.contains(where: check)
        case .number(let text): Double(text).map { !$0.isFinite } ?? true
        case .string, .bool, .null: false
        }
    }
    return (try? JSONDiagnostics.Parser.tree(of: bytes)).map(check) ?? false
}

// MARK: - Documents

/// Text that is hard to write as JSON and to read back: quotes, backslashes, slashes, control characters, the two
/// line separators JavaScript treats as line ends, a byte order mark, combining marks and characters outside the BMP.
private let awkwardText = [
    "Acme \"Dental\"", "C:\\Users\\dana", "a/b</script>", "tab\there", "line\nbreak", "nul\u{0}byte", "bell\u{7}",
    "\u{2028}\u{2029}", "\u{FEFF}bom", "Zürich e\u{301}", "😀👩‍💻🇨🇭", "{[\"]}:,", "", " ", "\\u0041", "\u{7F}\u{80}\u{9F}",
]

/// A client that uses every part of the format, with text that is awkward to escape.
func richClient() -> Client {
    var client = Client(
        id: "acme-dental", name: "Acme \"Dental\" Zürich 😀", status: .active, source: .referral,
        size: CompanySize(workstations: 18, servers: 1, wan: true), address: "1 Main St\nSuite 2\\3",
        travelMinutes: 25, notes: "tab\there \u{0}\u{1F} \u{2028} e\u{301} {[\"]}:, \\u0041 /slash/")
    client.uid = "01kdv0y8009zd5v7cy3emqyq5e"
    client.people = [
        Person(
            id: "01kdv0y800ja1h2mh7qv0kz5wq", name: "Dana Ortiz", role: "Office manager", phone: "+1 555 0100",
            email: "dana@acme.example", primary: true),
        Person(id: "01kdv0y800rm4q6ewc87ys3vbn", name: "李雷", role: nil, phone: nil, email: nil, primary: false),
    ]
    let rule = try! RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=1TU,3TU")
    let agreement = Agreement(
        kind: .block, monthlyFee: Money(cents: 125_050), start: Day(year: 2026, month: 1, day: 15)!, termMonths: 12,
        visits: VisitPlan(rule: rule, time: TimeOfDay("09:00"), technician: "js"), contactEveryDays: 14,
        surveyLeadDays: 60, response: ResponseTimes(onsiteHours: 4, phoneMinutes: 30, remoteHours: 1.5),
        hourlyDiscountPercent: 15, afterHoursPremiumWaived: true, tripCharge: Money(cents: -4_550),
        minimumHours: 0.25,
        hoursBank: HoursBank(
            purchased: 40,
            adjustments: [
                HoursAdjustment(id: "01kdv0y800a3xkzq9g4g4qg2xv", on: Day(year: 2026, month: 3, day: 1)!, hours: -2.5)
            ]))
    client.terms = [
        Agreement(kind: .fixed, monthlyFee: Money(900), start: Day(year: 2025, month: 1, day: 15)!).asTerm(
            until: Day(year: 2026, month: 1, day: 14)!, ending: Ending(reason: "price \"up\"")),
        agreement.asTerm(),
    ]
    client.visits = [
        Visit(
            id: "v1", occurrence: Day(year: 2026, month: 2, day: 3)!, on: Day(year: 2026, month: 2, day: 4)!,
            at: TimeOfDay("14:30"), technician: "js", status: .done, hours: 1.75, note: "moved\none day"),
        Visit(id: "v2", on: Day(year: 2026, month: 2, day: 17)!, status: .cancelled),
    ]
    client.touchpoints = [
        Touchpoint(
            id: "t1", on: Day(year: 2026, month: 2, day: 1)!, via: .dropBy, by: "js", note: "\u{1F}",
            followUp: Day(year: 2026, month: 2, day: 15)!)
    ]
    client.surveys = [
        Survey(
            id: "s1", sent: Day(year: 2026, month: 2, day: 1)!, answered: Day(year: 2026, month: 2, day: 2)!, score: 9,
            comment: "😀")
    ]
    return client
}

/// A random valid client: every optional part sometimes present, text drawn from awkward samples and random
/// characters, numbers at their extremes.
func randomClient(_ random: inout SplitMix64, id: String = "acme-dental") -> Client {
    func text() -> String {
        if random.chance(0.5) { return random.pick(awkwardText) }
        return String(
            String.UnicodeScalarView(
                (0..<random.int(0...12)).map { _ in
                    Unicode.Scalar(UInt32(random.pick([random.int(0...0x7F), random.int(0...0xD7FF)])))!
                }))
    }
    func day() -> Day {
        Day(ordinal: random.int(-25_567...47_482))  // 1900 to 2099
    }
    func hours() -> Double {
        random.pick([0, 0.25, 1.5, 1e-7, 123_456.789, Double(random.int(0...400)) / 4])
    }
    func maybe<T>(_ make: () -> T) -> T? {
        random.chance(0.5) ? make() : nil
    }
    var client = Client(
        id: id, name: text() + "x", status: random.pick(ClientStatus.allCases),
        source: maybe { random.pick(ClientSource.allCases) },
        size: CompanySize(
            workstations: random.int(0...100_000), servers: random.int(0...10_000), wan: random.chance(0.5)),
        address: maybe(text), travelMinutes: maybe { random.pick([0, 25, 1_440, Int.max, Int.min]) }, notes: maybe(text)
    )
    client.uid = RecordID.derived(day: Day(year: 2026, month: 1, day: 1)!, key: id)
    client.people = (0..<random.int(0...3)).map { index in
        Person(
            id: RecordID.derived(day: Day(year: 2026, month: 1, day: 1)!, key: "\(id)/people/\(index)"), name: text(),
            role: maybe(text), phone: maybe(text), email: maybe(text), primary: random.chance(0.3))
    }
    if random.chance(0.7) {
        let rules = RecurrenceRule.presets.map(\.rule) + [try! RecurrenceRule(parsing: "FREQ=WEEKLY;COUNT=3;WKST=SU")]
        let cents = random.pick([0, 1, -1, 999_999_999_999_999, Int64(random.int(0...10_000_000))])
        client.terms = [
            Agreement(
                kind: random.pick(AgreementKind.allCases), monthlyFee: Money(cents: cents), start: day(),
                termMonths: random.int(1...120),
                visits: maybe { VisitPlan(rule: random.pick(rules), time: maybe { TimeOfDay(hour: 23, minute: 59)! }) },
                contactEveryDays: maybe { random.int(1...365) }, tripCharge: maybe { Money(cents: 4_550) },
                minimumHours: maybe(hours), hoursBank: maybe { HoursBank(purchased: hours()) }
            ).asTerm()
        ]
    }
    client.visits = (0..<random.int(0...4)).map { index in
        Visit(
            id: "v\(index)", occurrence: maybe(day), on: day(), at: maybe { TimeOfDay(hour: 0, minute: 0)! },
            status: random.pick(VisitStatus.allCases), hours: maybe(hours), note: maybe(text))
    }
    client.touchpoints = (0..<random.int(0...3)).map { index in
        Touchpoint(id: "t\(index)", on: day(), via: random.pick(ContactChannel.allCases), note: maybe(text))
    }
    client.surveys = (0..<random.int(0...2)).map { index in
        Survey(id: "s\(index)", sent: maybe(day), score: maybe { random.int(0...10) }, comment: maybe(text))
    }
    return client
}

// MARK: - Mutations

/// Byte sequences that mean something to a JSON reader, or break UTF-8, or are common hand-editing slips.
private let tokens: [[UInt8]] =
    textTokens.map { Array($0.utf8) } + [
        [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0xFE, 0xFF], [0xF4, 0x90, 0x80, 0x80],
    ]

/// The tokens that are text: punctuation, escapes, literals, odd numbers, comments, invisible characters, keys.
private let textTokens = [
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD83D", "\\uDE00", "\\u00e9", "null", "true", "false", "0",
    "-", "-0", "1e999", "1.5", "01", "NaN", "\"x\"", "//", "/*", "\u{FEFF}", "\r\n", "\t", "é", "'", "“", "[]", "{}",
    "\"\": 1,", "\"revision\": 1,", "\"visits\": [],",
]

/// Values of every JSON type, to put where a value of another type was.
private let replacementValues: [[UInt8]] = [
    "null", "true", "0", "-1", "3.5", "1e2", "9223372036854775808", "\"\"", "\"text\"", "\"2026-02-30\"", "[]",
    "[1]", "{}", "{\"a\": 1}", "\"FREQ=YEARLY\"", "\"25:00\"", "\"1,2.345\"",
].map { Array($0.utf8) }

/// Where the JSON value that starts at an offset ends, skipping strings and nested containers.
///
/// - Parameters:
///   - bytes: the document.
///   - start: where the value starts.
/// - Returns: the offset just past the value.
private func valueEnd(in bytes: [UInt8], from start: Int) -> Int {
    var index = start
    var depth = 0
    var inString = false
    while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if inString {
            if byte == UInt8(ascii: "\\") {
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                inString = false
                if depth == 0 { return index }
            }
            continue
        }
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            if depth <= 0 { return depth < 0 ? index - 1 : index }
        case UInt8(ascii: ","), UInt8(ascii: "\n"):
            if depth == 0 { return index - 1 }
        default: break
        }
    }
    return bytes.count
}

/// Client documents for mutating: the rich client and some random ones.
///
/// - Parameters:
///   - count: how many random clients.
///   - random: the generator.
/// - Returns: the documents as the store writes them.
func documentsToDamage(randomOnes count: Int, _ random: inout SplitMix64) throws -> [[UInt8]] {
    var bases = [[UInt8](try CanonicalJSON.encode(richClient()))]
    for _ in 0..<count {
        bases.append([UInt8](try CanonicalJSON.encode(randomClient(&random))))
    }
    return bases
}

/// One random edit of a document: a bit flipped, a byte or token put in or taken out, a stretch repeated, a line
/// repeated (which repeats a key), two lines swapped, a value replaced by one of another type, or the end cut off.
func mutate(_ bytes: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
    var bytes = bytes
    guard !bytes.isEmpty else { return random.pick(tokens) }
    let position = random.int(0...(bytes.count - 1))
    switch random.int(0...9) {
    case 0:
        bytes[position] ^= UInt8(1) << UInt8(random.int(0...7))
    case 1:
        bytes[position] = random.chance(0.5) ? UInt8(random.int(0...255)) : random.pick(tokens)[0]
    case 2:
        bytes.insert(contentsOf: random.pick(tokens), at: position)
    case 3:
        bytes.removeSubrange(position..<min(bytes.count, position + random.int(1...16)))
    case 4:
        let stretch = Array(bytes[position..<min(bytes.count, position + random.int(1...40))])
        bytes.insert(contentsOf: stretch, at: random.int(0...bytes.count))
    case 5, 6:
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let line = random.int(0...(lines.count - 1))
        if random.chance(0.7) {
            lines.insert(lines[line], at: line)
        } else {
            lines.swapAt(line, random.int(0...(lines.count - 1)))
        }
        bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    case 7, 8:
        // Replace the value after a random `": `, whole containers included.
        let colons = bytes.indices.dropLast(2).filter {
            bytes[$0] == UInt8(ascii: "\"") && bytes[$0 + 1] == UInt8(ascii: ":") && bytes[$0 + 2] == 0x20
        }
        guard let colon = colons.isEmpty ? nil : random.pick(colons) else { break }
        let start = colon + 3
        bytes.replaceSubrange(start..<valueEnd(in: bytes, from: start), with: random.pick(replacementValues))
    default:
        bytes.removeSubrange(position...)
    }
    return bytes
}

// MARK: - Tests

@Suite struct LoaderFuzzTests {
    /// Random bytes, mostly JSON punctuation and words, are always reported as a located problem, never a crash.
    @Test(.timeLimit(fuzzTimeLimit))
    func randomBytesAreReported() {
        let seed = fuzzSeed(0xB17E5)
        var random = SplitMix64(seed: seed)
        var findings = Findings("loader on random bytes", seed: seed)
        let pieces = tokens + [[0x20], [0x0A], Array("\"id\": ".utf8)]
        for _ in 0..<fuzzCount(5_000) {
            var bytes: [UInt8] = []
            for _ in 0..<random.int(0...200) {
                if random.chance(0.2) {
                    bytes.append(UInt8(random.int(0...255)))
                } else {
                    bytes += random.pick(pieces)
                }
            }
            load(bytes, &findings, &random)
        }
        findings.report()
    }

    /// Damaged client documents, one to three edits each, either load or are reported as a located problem.
    @Test(.timeLimit(fuzzTimeLimit))
    func damagedDocumentsLoadOrAreReported() throws {
        let seed = fuzzSeed(0xD0C)
        var random = SplitMix64(seed: seed)
        var findings = Findings("loader on damaged client documents", seed: seed)
        var loaded = 0
        let bases = try documentsToDamage(randomOnes: 20, &random)
        for _ in 0..<fuzzCount(3_000) {
            var bytes = random.pick(bases)
            for _ in 0..<random.int(1...3) {
                bytes = mutate(bytes, &random)
            }
            if case .success = load(bytes, &findings, &random) {
                loaded += 1
            }
        }
        print("fuzz: \(loaded) of \(findings.inputs) damaged documents still loaded")
        findings.report()
    }

    /// A document cut off at any byte is reported as cut short, at the place where it stops.
    @Test(.timeLimit(fuzzTimeLimit))
    func everyTruncationIsReportedWhereTheFileStops() throws {
        let seed = fuzzSeed(0x7C)
        var random = SplitMix64(seed: seed)
        var findings = Findings("loader on every truncation of a client document", seed: seed)
        // Every kind of escape, a surrogate pair among them, a number with a fraction and an exponent, and literals.
        let handWritten = Array(
            """
            {"id": "acme-dental", "name": "A\\"c\\\\m\\/e \\u00e9 \\uD83D\\uDE00 \\b\\f\\n\\r\\t é😀", "revision": -1.5e+2,
             "status": "active", "size": {"servers": 0, "wan": false, "workstations": 18}, "people": [null, true]}
            """.utf8)
        for document in [[UInt8](try CanonicalJSON.encode(richClient())), handWritten] {
            // Without the trailing newline the canonical document is still whole, so stop before its last brace.
            let whole = document.lastIndex(of: UInt8(ascii: "}"))!
            for length in 0...whole {
                let prefix = Array(document[..<length])
                guard case .failure(let problem) = load(prefix, &findings, &random) else {
                    findings.check(false, "\(literal(prefix)): loaded although it was cut short")
                    continue
                }
                // The problem belongs just after the last visible character, where the missing text would go.
                var end = prefix.count
                while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(prefix[end - 1]) {
                    end -= 1
                }
                let before = prefix[..<end]
                let line = before.count { $0 == UInt8(ascii: "\n") } + 1
                let column = before.reversed().prefix { $0 != UInt8(ascii: "\n") }.count { $0 & 0xC0 != 0x80 } + 1
                let isCutShort = problem.reason.contains("cut short") || problem.reason == "the file is empty"
                findings.check(
                    isCutShort && (problem.line, problem.column) == (line, column),
                    "\(literal(prefix)): reported as \(problem), expected cut short at \(line):\(column)")
            }
        }
        findings.report()
    }

    /// Nesting far deeper than any real document is refused with a problem, without running out of stack, in
    /// lists, objects and both, open or closed, at the top or inside a client document.
    @Test(.timeLimit(fuzzTimeLimit))
    func deepNestingIsRefusedWithoutExhaustingTheStack() throws {
        let seed = fuzzSeed(0xDEE9)
        var random = SplitMix64(seed: seed)
        var findings = Findings("loader on deeply nested documents", seed: seed)
        let client = String(decoding: try CanonicalJSON.encode(richClient()), as: UTF8.self)
        let limit = JSONDiagnostics.Parser.maximumDepth
        // What each shape opens, what closes it, and how many levels it opens.
        let shapes: [(open: String, close: String, levels: Int)] = [
            ("[", "]", 1), ("{\"a\": ", "}", 1), ("[{\"a\": ", "}]", 2),
        ]
        for depth in [limit - 1, limit, limit + 1, 10_000] {
            for shape in shapes {
                let opened = String(repeating: shape.open, count: depth)
                let closed = opened + "0" + String(repeating: shape.close, count: depth)
                // Inside a client the document's own object is one level more.
                let inClient = client.replacingOccurrences(
                    of: "\"notes\": \"", with: "\"notes\": \(closed), \"x\": \"")
                let levels = depth * shape.levels
                for (text, levels) in [(opened, levels), (closed, levels), (inClient, levels + 1)] {
                    let bytes = Array(text.utf8)
                    guard case .failure(let problem) = load(bytes, &findings, &random) else {
                        findings.check(false, "\(literal(bytes)): loaded")
                        continue
                    }
                    findings.check(
                        levels <= limit || problem.reason.contains("nested more than \(limit) levels"),
                        "\(levels) levels of \(shape.open): reported as \(problem)")
                }
            }
        }
        // A million unclosed lists: the parser must stop at its limit rather than recurse to the end.
        let million = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        let result = load(million, &findings, &random)
        findings.check(
            (try? result.get()) == nil && "\(result)".contains("nested more than"),
            "a million \"[\": reported as \(result)")
        findings.report()
    }

    /// Every valid client, written in the store's format, passes the strict syntax check and reads back equal.
    @Test(.timeLimit(fuzzTimeLimit))
    func randomClientsRoundTrip() throws {
        let seed = fuzzSeed(0xC11E)
        var random = SplitMix64(seed: seed)
        var findings = Findings("loader on random valid clients", seed: seed)
        for _ in 0..<fuzzCount(800) {
            let client = randomClient(&random)
            let bytes = [UInt8](try CanonicalJSON.encode(client))
            let result = load(bytes, &findings, &random, rewrites: false)
            findings.check(
                (try? result.get()) == client, "\(literal(bytes)): read back as \(result), not as \(client)")
        }
        findings.report()
    }

    /// A store whose client files are damaged still opens: it lists every good client, and reports every bad file
    /// once, at a line and column in it, as a problem in our own words.
    @Test(.timeLimit(fuzzTimeLimit))
    func storeOpensWithDamagedClientFiles() throws {
        let seed = fuzzSeed(0x5704E)
        var random = SplitMix64(seed: seed)
        var findings = Findings("Store(opening:) with damaged client files", seed: seed)
        for _ in 0..<2 {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-fuzz-\(UUID())").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = try Store.create(at: path, settings: Settings(business: "Fuzz IT"))
            var intact: [String: Client] = [:]
            var files: [String: [UInt8]] = [:]
            for index in 0..<fuzzCount(100) {
                let id = "client-\(index)"
                let client = randomClient(&random, id: id)
                var bytes = [UInt8](try CanonicalJSON.encode(client))
                if random.chance(0.6) {
                    for _ in 0..<random.int(1...3) {
                        bytes = mutate(bytes, &random)
                    }
                } else {
                    intact[id] = client
                }
                let file = "\(path)/clients/\(id).json"
                files[file] = bytes
                try Data(bytes).write(to: URL(fileURLWithPath: file))
            }
            let store = try Store(opening: path)
            let clients = Dictionary(store.documents().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let problems = Dictionary(store.problems.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            findings.check(
                store.documents().count + store.problems.count == files.count
                    && clients.count + problems.count == files.count,
                "\(files.count) files gave \(store.documents().count) clients and \(store.problems.count) problems")
            for (file, bytes) in files.sorted(by: { $0.key < $1.key }) {
                findings.tried()
                let id = String(file.split(separator: "/").last!.dropLast(".json".count))
                if let client = intact[id] {
                    findings.check(clients[id] == client, "\(file): the intact client is not listed as written")
                } else if let problem = problems[file] {
                    findings.check(
                        flaw(in: problem, bytes: bytes, path: file) == nil,
                        "\(literal(bytes)): \(flaw(in: problem, bytes: bytes, path: file) ?? "")")
                } else {
                    // A damaged file the store lists must be one the loader accepts on its own, read the same.
                    let alone = try? JSONDiagnostics.decode(Client.self, from: Data(bytes), path: file)
                    findings.check(
                        clients[id] != nil && clients[id] == alone, "\(literal(bytes)): neither listed nor reported")
                }
            }
        }
        findings.report()
    }
}
