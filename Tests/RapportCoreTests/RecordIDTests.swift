import Testing

@testable import RapportCore

@Suite struct RecordIDTests {
    /// 48 bits of milliseconds, then 80 random bits, in lowercase Crockford base 32, as a ULID spells them.
    @Test func anIDIsTheTimeThenTheRandomBitsInCrockfordBase32() {
        #expect(RecordID.make(milliseconds: 0, high: 0, low: 0) == "00000000000000000000000000")
        #expect(
            RecordID.make(milliseconds: 1_796_115_600_000, high: 0x1234, low: 0x0123_4567_89AB_CDEF)
                == "01m8rda4m028t028t5cy4tqkff")
    }

    /// Ids made one after the other sort in the order they were made, and never repeat.
    @Test func idsFromOneSourceSortInTheOrderTheyWereMade() {
        var ids = RecordIDs(milliseconds: 1_796_115_600_000, seed: 7)
        let made = (0..<1_000).map { _ in ids.next() }
        #expect(made == made.sorted())
        #expect(Set(made).count == made.count)
    }

    /// An id derived from a record's place and day is the same every time, and sorts by the day.
    @Test func derivedIDsAreStableAndSortByDay() {
        let day = Day("2026-12-01")!
        #expect(
            RecordID.derived(day: day, key: "acme/touchpoints/t9")
                == RecordID.derived(day: day, key: "acme/touchpoints/t9"))
        #expect(
            RecordID.derived(day: day, key: "acme/touchpoints/t9")
                != RecordID.derived(day: day, key: "acme/touchpoints/t10"))
        #expect(RecordID.derived(day: day, key: "b") < RecordID.derived(day: day.adding(days: 1), key: "a"))
    }

    @Test func aStartThatOneIDHasNamesIt() throws {
        let ids = ["01m8rda4m028t028t5cy4tqkff", "01m8rda4m1aaaaaaaaaaaaaaaa", "01m9000000bbbbbbbbbbbbbbbb"]
        #expect(try RecordID.resolve("01M9", among: ids, field: "--id") == ids[2])
        #expect(try RecordID.resolve(ids[0], among: ids, field: "--id") == ids[0])
        #expect(
            throws: ChangeError(
                field: "--id", "\"01m8rda4m\" starts 2 ids (01m8rda4m0, 01m8rda4m1); type more of it")
        ) { try RecordID.resolve("01m8rda4m", among: ids, field: "--id") }
        #expect(throws: ChangeError(field: "--id", "no record has an id starting \"x\"")) {
            try RecordID.resolve("x", among: ids, field: "--id")
        }
    }

    /// Lists show the shortest start that no other id shares, eight characters at least.
    @Test func theShortFormIsTheShortestUnsharedStart() {
        let ids = ["01m8rda4m028t028t5cy4tqkff", "01m8rda4m1aaaaaaaaaaaaaaaa", "01m9000000bbbbbbbbbbbbbbbb"]
        #expect(ids.map { RecordID.short($0, among: ids) } == ["01m8rda4m0", "01m8rda4m1", "01m90000"])
    }
}
