import Testing

@testable import RapportCore

@Suite struct DisplayTextTests {
    @Test func escapeSequencesAreShownNotSent() {
        #expect(DisplayText.safe("Acme\u{1B}]52;c;ZXZpbA==\u{07}") == "Acme\\u{1B}]52;c;ZXZpbA==\\u{7}")
        #expect(DisplayText.safe("a\u{202E}b") == "a\\u{202E}b")
        #expect(DisplayText.safe("line\nbreak") == "line break")
    }

    @Test func longTextIsCut() {
        #expect(DisplayText.safe(String(repeating: "x", count: 10_000), limit: 5) == "xxxxx…")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayText.width("東京") == 4)
        #expect(DisplayText.width("Zürich") == 6)
        #expect(DisplayText.fit("東京 Office", 6) == "東京 …")
        #expect(DisplayText.fit("Bolt", 6) == "Bolt  ")
    }
}
