/// A satisfaction survey: "how can we improve?", sent ahead of the renewal.
public struct Survey: Codable, Sendable, Equatable, Record {
    public var id: String
    public var sent: Day?
    public var answered: Day?
    /// 0 (worst) to 10 (best).
    public var score: Int?
    public var comment: String?

    public var changedAt: String?
    public var changedBy: String?

    public init(id: String, sent: Day? = nil, answered: Day? = nil, score: Int? = nil, comment: String? = nil) {
        self.id = id
        self.sent = sent
        self.answered = answered
        self.score = score
        self.comment = comment
    }
}
