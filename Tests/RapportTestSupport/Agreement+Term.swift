import RapportCore

extension Agreement {
    /// The agreement as a stored term of its own, from its start to its renewal date, for documents built by hand.
    ///
    /// - Parameters:
    ///   - until: the day it stops short of its renewal date, if it does.
    ///   - ending: set when the agreement ended then.
    /// - Returns: the term, with an id derived from its start.
    public func asTerm(until: Day? = nil, ending: Ending? = nil) -> Term {
        var term = Term(
            id: RecordID.derived(day: start, key: "test-term/\(start)"), agreement: self, start: start,
            renewsOn: renewalDate)
        term.until = until
        term.ending = ending
        return term
    }
}
