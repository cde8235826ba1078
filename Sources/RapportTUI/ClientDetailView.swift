import RapportCore
import RapportReports

/// One client: profile, people, agreement and hours bank, then the timeline, newest first; scrolls with ↑↓.
enum ClientDetailView {
    static func draw(_ client: Client, detail: Detail, state: AppState, in body: Rect, into screen: inout Screen) {
        screen.box(
            x: body.x, y: body.y, width: body.width, height: body.height,
            title: "\(client.name) (\(client.id), \(client.status.rawValue))", focused: true)
        let lines = self.lines(client, state: state)
        let inner = Rect(x: body.x + 2, y: body.y + 1, width: body.width - 4, height: body.height - 2)
        // The view scrolls as far as it must to show the selected line, as the panes do.
        let selected = detail.cursor.flatMap { cursor in lines.firstIndex { $0.item == cursor } }
        let scroll = max(0, min((selected ?? 0) - inner.height + 1, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            var style = line.style
            if line.item != nil && line.item == detail.cursor {
                style.reverse = true
                screen.fill(x: inner.x - 1, y: y, width: inner.width + 1, height: 1, style: style)
                // The marker shows the selection without relying on reverse video or colour.
                screen.put("›", x: inner.x - 1, y: y, style: style)
            }
            var x = inner.x + line.indent
            if let label = line.label {
                var labelStyle = style
                if !labelStyle.reverse { labelStyle = .dim }
                screen.put(DisplayText.fit(label, 18), x: x, y: y, width: 18, style: labelStyle)
                x += 19
            }
            screen.put(line.text, x: x, y: y, width: inner.x + inner.width - x, style: style)
        }
        if lines.count > inner.height {
            let more = "\(scroll + 1)-\(min(lines.count, scroll + inner.height)) of \(lines.count)"
            screen.put(" \(more) ", x: body.x + body.width - more.count - 4, y: body.y + body.height - 1, style: .dim)
        }
    }

    /// This month's work to bill beyond the agreement, as `rapport bill --client` gives it; nothing when there is none.
    static func billLines(_ client: Client, state: AppState) -> [Line] {
        let settings = state.portfolio.settings
        let report = BillReport(
            Portfolio(clients: [client], settings: settings), month: state.today.startOfMonth, client: client.id)
        guard let bill = report.clients.first else { return [] }
        let symbol = settings.currencySymbol
        var lines = [Line(text: "To bill for \(report.month), beyond the agreement", style: .title)]
        for line in bill.lines {
            let hours = line.hours.map { "\(formatHours($0)) h" }
            let rate = line.rate.map { "at \($0.formatted(symbol: symbol))" }
            let figures = [hours, rate].compactMap { $0 }.joined(separator: " ")
            lines.append(
                Line(
                    label: line.day.short(near: state.today),
                    text:
                        "\(line.amount.formatted(symbol: symbol))  \(line.work)\(figures.isEmpty ? "" : " (\(figures))")",
                    indent: 2))
        }
        lines.append(Line(label: "Total", text: bill.total.formatted(symbol: symbol), style: .bold, indent: 2))
        lines.append(Line(text: ""))
        return lines
    }

    struct Line {
        var label: String?
        var text: String
        var style: Style = .plain
        var indent = 0
        /// The line's place in `AppState.detailItems` when it can be selected: a person or a timeline entry.
        var item: Int?
    }

    static func lines(_ client: Client, state: AppState) -> [Line] {
        let report = ClientDetailReport(client, settings: state.portfolio.settings, today: state.today)
        var lines: [Line] = []
        var items = 0
        for section in report.sections {
            lines.append(Line(text: section.title, style: .title))
            if section.rows.isEmpty {
                lines.append(Line(text: "none yet; press p to add someone", style: .dim, indent: 2))
            }
            for row in section.rows {
                lines.append(
                    Line(
                        label: row.label, text: row.value, style: row.alert ? .alert : .plain, indent: 2,
                        item: row.recordID.map { _ in items }))
                if row.recordID != nil { items += 1 }
            }
            lines.append(Line(text: ""))
        }
        let next = report.upcomingVisits.prefix(4)
        lines.append(Line(text: "Next visits", style: .title))
        if next.isEmpty {
            let none = "none planned in the next \(ClientDetailReport.upcomingDays) days"
            lines.append(Line(text: none, style: .dim, indent: 2))
        }
        for visit in next {
            let at = visit.at.map { " \($0)" } ?? ""
            let who = visit.technician.map { ", \($0)" } ?? ""
            lines.append(
                Line(
                    text: "\(visit.on.short)\(at)\(who)" + (visit.note.map { ": \($0)" } ?? ""),
                    style: visit.on == state.today ? .bold : .plain, indent: 2))
        }
        lines.append(Line(text: ""))
        lines += billLines(client, state: state)
        lines.append(Line(text: "Timeline", style: .title))
        let timeline = report.timeline
        if timeline.isEmpty {
            lines.append(Line(text: "nothing yet; press l to log a contact", style: .dim, indent: 2))
        }
        for entry in timeline {
            lines.append(Line(label: entry.on.short(near: state.today), text: entry.text, indent: 2, item: items))
            items += 1
        }
        return lines
    }
}
