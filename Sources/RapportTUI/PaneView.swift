import RapportCore

/// One pane: a box with a title, its rows in columns, the selection and the filter.
enum PaneView {
    /// A column of a pane: how wide, whether it takes the spare width, and its alignment.
    struct Column {
        var width: Int
        var flexible = false
        var right = false
    }

    /// Columns in display order; when space runs short, columns are dropped from the end, so the order is also
    /// their priority.
    static func columns(_ pane: Pane) -> [Column] {
        switch pane {
        case .clients:
            [
                Column(width: 8, flexible: true), Column(width: 3), Column(width: 8), Column(width: 7, right: true),
                Column(width: 4, right: true),
            ]
        case .visits:
            [
                Column(width: 10), Column(width: 5), Column(width: 14, flexible: true), Column(width: 3),
                Column(width: 4),
            ]
        case .overdue:
            [
                Column(width: 10, flexible: true), Column(width: 4, right: true), Column(width: 3),
                Column(width: 14, flexible: true),
            ]
        case .renewals:
            [
                Column(width: 8, flexible: true), Column(width: 6, right: true), Column(width: 8, right: true),
                Column(width: 8), Column(width: 8, right: true), Column(width: 10),
            ]
        case .pipeline:
            [
                Column(width: 12, flexible: true), Column(width: 6, right: true), Column(width: 8, right: true),
                Column(width: 15, flexible: true), Column(width: 9), Column(width: 9), Column(width: 7, right: true),
                Column(width: 7, right: true),
            ]
        case .surveys:
            [
                Column(width: 16, flexible: true), Column(width: 10), Column(width: 12), Column(width: 10),
                Column(width: 12),
            ]
        case .prospects:
            [
                Column(width: 14, flexible: true), Column(width: 15), Column(width: 21), Column(width: 7, right: true),
                Column(width: 18), Column(width: 14, flexible: true),
            ]
        case .team:
            [
                Column(width: 4), Column(width: 12, flexible: true), Column(width: 4, right: true),
                Column(width: 14, flexible: true), Column(width: 14, flexible: true),
            ]
        case .requests:
            [
                Column(width: 18), Column(width: 12, flexible: true), Column(width: 7), Column(width: 16),
                Column(width: 12, flexible: true), Column(width: 16),
            ]
        case .today:
            [Column(width: 9), Column(width: 20, flexible: true), Column(width: 4)]
        case .week:
            [
                Column(width: 10), Column(width: 5), Column(width: 20, flexible: true), Column(width: 3),
                Column(width: 4),
            ]
        case .revenue:
            [Column(width: 10, flexible: true)]
        }
    }

    /// The dim header row of each pane, one title per column.
    static func headers(_ pane: Pane) -> [String] {
        switch pane {
        case .clients: ["Client", "", "Kind", "Fee", "v/mo"]
        case .visits: ["Day", "Time", "Client", "By", ""]
        case .overdue: ["Client", "Days", "Max", "Why"]
        case .renewals: ["Client", "Left", "Annual", "Survey", "Rate/h", "Renews"]
        case .pipeline: ["Client", "Left", "Annual", "Stage", "Health", "Score", "Visits", "Contact"]
        case .surveys: ["Client", "Due", "", "Renews", "Cadence"]
        case .prospects: ["Prospect", "Stage", "Trigger", "Est/mo", "Next step", ""]
        case .team: ["ID", "Name", "Wk", "Skills", "Certifications"]
        case .requests: ["Standing", "Client", "Via", "Due", "Summary", "Asked"]
        case .today: ["When", "What", ""]
        case .week: ["Day", "Time", "Client", "By", ""]
        case .revenue: []
        }
    }

    static func draw(_ pane: Pane, state: AppState, in area: Rect, into screen: inout Screen) {
        let focused = pane == state.focus && state.detail == nil
        let rows = state.rows(pane)
        // The revenue view's rows are lines of text, not things to count.
        var title = pane == .revenue ? pane.title : "\(pane.title) (\(rows.count))"
        if pane == .renewals {
            let atStake = state.paneRows.summary.atStake.compact(symbol: state.symbol)
            title = "\(pane.title) (\(rows.count), \(atStake) at stake)"
        }
        if pane == .visits || pane.isTechnicians, let technician = state.technicianFilter {
            title += " for \(technician)"
        }
        if let filter = state.filters[pane], !filter.isEmpty { title += " /\(filter)" }
        screen.box(x: area.x, y: area.y, width: area.width, height: area.height, title: title, focused: focused)
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        guard inner.height > 0, inner.width > 2 else { return }
        if rows.isEmpty {
            screen.put(
                emptyText(pane, filtered: state.filters[pane]?.isEmpty == false), x: inner.x + 2, y: inner.y,
                width: inner.width - 2, style: .dim)
            return
        }
        let columns = columns(pane)
        let widths = layout(columns, width: inner.width - 2)
        // A view of lines rather than a table has no header row.
        let headers = headers(pane)
        if !headers.isEmpty {
            drawCells(headers, columns: columns, widths: widths, x: inner.x + 2, y: inner.y, style: .dim, into: &screen)
        }
        let top = inner.y + (headers.isEmpty ? 0 : 1)
        let listHeight = inner.y + inner.height - top
        guard listHeight > 0 else { return }
        let selected = min(state.selected(pane), rows.count - 1)
        let offset = max(0, selected - listHeight + 1)
        if rows.count > listHeight {
            // Where the selection is, on the bottom border, when the rows do not all fit.
            let position = " \(selected + 1)/\(rows.count) "
            screen.put(
                position, x: area.x + area.width - 2 - position.count, y: area.y + area.height - 1,
                style: focused ? .bold : .dim)
        }
        for (line, index) in (offset..<min(rows.count, offset + listHeight)).enumerated() {
            let row = rows[index]
            let y = top + line
            let isSelected = index == selected
            var style = row.alert ? Style.alert : row.emphasised ? .bold : .plain
            if isSelected && focused { style.reverse = true }
            if style != .plain {
                // The gaps between columns take the row's style too. A bold or coloured space looks like a plain
                // one, and the terminal is then sent one change of attributes a row rather than two a column.
                screen.fill(x: inner.x, y: y, width: inner.width, height: 1, style: style)
            }
            // The marker shows the selection without relying on reverse video or colour.
            screen.put(isSelected ? "›" : " ", x: inner.x, y: y, style: style)
            drawCells(row.cells, columns: columns, widths: widths, x: inner.x + 2, y: y, style: style, into: &screen)
        }
    }

    private static func drawCells(
        _ cells: [String], columns: [Column], widths: [Int], x: Int, y: Int, style: Style, into screen: inout Screen
    ) {
        var x = x
        for (column, width) in widths.enumerated() where width > 0 {
            let cell = column < cells.count ? cells[column] : ""
            if cell.isPrintableASCII && cell.utf8.count <= width {
                // The same cells as the fitted text below gives, without measuring the text twice over.
                screen.fill(x: x, y: y, width: width, height: 1, style: style)
                screen.put(cell, x: columns[column].right ? x + width - cell.utf8.count : x, y: y, style: style)
            } else {
                let text = DisplayText.fit(
                    DisplayText.safe(cell, limit: 200), width, alignRight: columns[column].right)
                screen.put(text, x: x, y: y, width: width, style: style)
            }
            x += width + 1
        }
    }

    /// Column widths for the space there is: flexible columns share what is left, and columns at the end are
    /// dropped when even their minimum widths do not fit.
    static func layout(_ columns: [Column], width: Int) -> [Int] {
        var widths = columns.map(\.width)
        while widths.count > 1 && widths.reduce(0, +) + widths.count - 1 > width {
            widths.removeLast()
        }
        let spare = max(0, width - widths.reduce(0, +) - (widths.count - 1))
        let flexible = columns.prefix(widths.count).indices.filter { columns[$0].flexible }
        for (order, index) in flexible.enumerated() {
            widths[index] += spare / flexible.count + (order < spare % flexible.count ? 1 : 0)
        }
        return widths + Array(repeating: 0, count: columns.count - widths.count)
    }

    private static func emptyText(_ pane: Pane, filtered: Bool) -> String {
        if filtered { return "No matches; Esc clears the filter" }
        switch pane {
        case .clients: return "No clients yet; press a to add one"
        case .visits: return "No visits in the next 14 days"
        case .overdue: return "Everyone has heard from you"
        case .renewals, .pipeline: return "Nothing renews in the window"
        case .surveys: return "No survey is due this week"
        case .prospects: return "No prospects; press a to add one"
        case .team: return "No technicians; press a to add one"
        case .requests: return "No open requests; press a, then q, to log one"
        case .today: return "Nothing on today's agenda"
        case .week, .revenue: return ""
        }
    }
}
