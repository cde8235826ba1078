// MARK: - The relationship's history

extension Client {
    /// Visits that happened or were cancelled, touchpoints, surveys and top-ups of the hours bank, newest first.
    ///
    /// - Returns: one entry per event, each with its day and a line of text.
    public func timeline() -> [TimelineEntry] {
        var items: [TimelineEntry] = []
        for visit in visits where visit.status != .planned {
            let hours = visit.hours.map { ", \(formatHours($0)) h" } ?? ""
            let who = visit.technician.map { " by \($0)" } ?? ""
            items.append(
                TimelineEntry(
                    on: visit.on, kind: .visit, recordID: visit.id,
                    text: "visit \(visit.status.rawValue)\(who)\(hours)" + (visit.note.map { ": \($0)" } ?? "")))
        }
        for touch in touchpoints {
            let who = touch.by.map { " by \($0)" } ?? ""
            let follow = touch.followUp.map { " (follow up \($0.short))" } ?? ""
            items.append(
                TimelineEntry(
                    on: touch.on, kind: .contact, recordID: touch.id,
                    text: "\(touch.via.rawValue)\(who)" + (touch.note.map { ": \($0)" } ?? "") + follow))
        }
        for survey in surveys {
            if let sent = survey.sent {
                items.append(TimelineEntry(on: sent, kind: .survey, recordID: survey.id, text: "survey sent"))
            }
            if let answered = survey.answered {
                let score = survey.score.map(String.init) ?? "?"
                items.append(
                    TimelineEntry(
                        on: answered, kind: .survey, recordID: survey.id,
                        text: "survey answered: \(score)/10" + (survey.comment.map { ", \($0)" } ?? "")))
            }
        }
        for adjustment in terms.flatMap({ $0.hoursBank?.adjustments ?? [] }) {
            let sign = adjustment.hours < 0 ? "" : "+"
            items.append(
                TimelineEntry(
                    on: adjustment.on, kind: .hours, recordID: adjustment.id,
                    text: "hours bank \(sign)\(formatHours(adjustment.hours)) h"
                        + (adjustment.note.map { ": \($0)" } ?? "")))
        }
        // Stable for equal days: the later-recorded event first.
        return items.enumerated().sorted { ($0.element.on, $0.offset) > ($1.element.on, $1.offset) }.map(\.element)
    }
}

/// One event in a client's history.
public struct TimelineEntry: Sendable, Equatable {
    public var on: Day
    /// A visit, a contact, a survey or an hours top-up.
    public var kind: RecordKind
    /// The id of the visit, touchpoint, survey or hours top-up the event is about.
    public var recordID: String
    public var text: String
}

extension Client {
    /// Every record id in the document, for telling short forms of ids apart.
    public var recordIDs: [String] { RecordKind.allCases.flatMap(recordIDs(of:)) }
}
