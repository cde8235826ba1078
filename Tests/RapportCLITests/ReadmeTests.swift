import Foundation
import Testing

/// The README's walkthrough is run command by command, and each output must match what the README prints.
@Suite struct ReadmeTests {
    /// One `$ rapport …` line of the README and the lines printed under it.
    struct Example {
        var arguments: [String]
        var expected: String
    }

    /// The examples of every `sh` block, in order; `export RAPPORT_STORE=…` names the store they share.
    static func examples(in readme: String) -> (store: String?, examples: [Example]) {
        var store: String?
        var examples: [Example] = []
        var inBlock = false
        // Output belongs to the example above it in the same block; a later block's lines are not its output.
        var exampleOpen = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inBlock = line == "```sh"
                exampleOpen = false
                continue
            }
            guard inBlock else { continue }
            if line.hasPrefix("$ export RAPPORT_STORE=") {
                store = String(line.dropFirst("$ export RAPPORT_STORE=".count))
            } else if line.hasPrefix("$ rapport ") {
                examples.append(
                    Example(arguments: shellWords(String(line.dropFirst("$ rapport ".count))), expected: ""))
                exampleOpen = true
            } else if exampleOpen, !line.hasPrefix("$ ") {
                examples[examples.count - 1].expected += line + "\n"
            }
        }
        return (store, examples)
    }

    /// Splits a command line into words the way a shell does for double-quoted arguments.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                inWord = true
            } else if character == " " && !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    @Test func walkthroughPrintsExactlyWhatTheReadmeShows() throws {
        let readmeURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md")
        let readme = try String(contentsOf: readmeURL, encoding: .utf8)
        let (storeInReadme, examples) = ReadmeTests.examples(in: readme)
        let readmeStore = try #require(storeInReadme, "the README walkthrough exports RAPPORT_STORE")
        #expect(examples.count >= 10)
        let temp = try TemporaryStore()
        for example in examples {
            let result = try temp.cli.run(example.arguments + ["--store", temp.path])
            // CSV rows end in CRLF, which a README cannot show; ProfitBillTests holds the bytes to it.
            let printed = result.stdout.replacingOccurrences(of: temp.path, with: readmeStore)
                .replacingOccurrences(of: "\r\n", with: "\n")
            #expect(result.status == 0, "rapport \(example.arguments.joined(separator: " ")): \(result.stderr)")
            #expect(printed == example.expected, "rapport \(example.arguments.joined(separator: " "))")
        }
    }
}
