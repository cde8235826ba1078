import Testing

@testable import RapportTUI

/// A cell keeps its character as UTF-8 bytes in two words; it must give back exactly the character put in.
@Suite struct CellTests {
    @Test(
        arguments: [
            "a", " ", "~", "é", "e\u{301}", "漢", "…", "›", "🇳🇿", "\r\n", "👍🏽", "\u{FFFD}",
        ] as [Character])
    func characterComesBackAsItWent(_ character: Character) {
        var cell = Cell(character: character, style: .bold)
        #expect(cell.character == character)
        #expect(cell.style == .bold)
        cell.character = "x"
        #expect(cell.character == "x")
        cell.character = character
        #expect(cell == Cell(character: character, style: .bold))
    }

    /// Fifteen bytes is the most a cell holds; longer clusters, as emoji joined from several, show U+FFFD.
    @Test func aCharacterOfMoreThanFifteenBytesIsReplaced() {
        let fifteen: Character = "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}"
        #expect(fifteen.utf8.count == 15)
        #expect(Cell(character: fifteen).character == fifteen)
        let family: Character = "👨‍👩‍👧‍👦"
        #expect(family.utf8.count > 15)
        #expect(Cell(character: family).character == "\u{FFFD}")
    }

    @Test func cellsDifferByCharacterStyleOrContinuation() {
        let cell = Cell(character: "a")
        #expect(cell == Cell(ascii: 0x61, style: .plain))
        #expect(cell != Cell(character: "b"))
        #expect(cell != Cell(character: "a", style: .bold))
        #expect(Cell(character: " ") != Cell(character: " ", isContinuation: true))
        #expect(Cell() == Cell(character: " "))
    }
}
