import Foundation
import Testing

/// The dashboard and the reports tell the same story: on the demo store, on days around its renewals and at a year's
/// end, the counts in the first frame's pane titles, the renewals' money at stake and the header's figures equal those
/// of the `--json` reports.
@Suite struct FirstFrameTests {
    @Test(arguments: ["2026-11-29", "2027-01-14", "2027-03-01", "2027-12-31"])
    func paneCountsAndHeaderEqualTheReports(_ day: String) throws {
        let store = try TemporaryStore()
        let built = try store.cli.run(["demo", "--dir", store.path, "--today", "2026-11-29"])
        try #require(built.status == 0, "\(built.stderr)")
        let frame = try store.succeed(["--first-frame", "200x60"], today: day).stdout

        let panes = [
            ("1 Clients", ["client", "list", "--json"], "clients"),
            ("2 Upcoming visits", ["upcoming", "--json"], "visits"),
            ("3 Overdue contact", ["overdue", "--json"], "clients"),
            ("4 Renewals", ["renewals", "--json"], "renewals"),
        ]
        for (title, report, list) in panes {
            let shown = try #require(count(after: "\(title) (", in: frame), "no \(title) in:\n\(frame)")
            guard case .object(let json) = try JSONValue(parsing: store.succeed(report, today: day).stdout),
                case .array(let entries)? = json[list]
            else {
                Issue.record("no \(list) in rapport \(report.joined(separator: " "))")
                continue
            }
            #expect(shown == entries.count, "\(title) on \(day)")
        }

        let revenue = try object(store, ["revenue"], day)
        let renewals = try object(store, ["renewals"], day)
        guard case .string(let mrr)? = revenue["mrr"], case .number(let active)? = revenue["activeAgreements"],
            case .string(let atStake)? = renewals["totalAnnualValue"]
        else {
            Issue.record("no MRR in rapport revenue --json or no totalAnnualValue in rapport renewals --json")
            return
        }
        #expect(frame.contains("4 Renewals (") && frame.contains(", $\(grouped(atStake)) at stake)"), "on \(day)")
        let header = try #require(frame.split(separator: "\n").first.map(String.init))
        #expect(header.contains("│ \(Int(active)) active │"), "\(header)")
        #expect(header.hasSuffix("MRR $\(grouped(mrr))"), "\(header)")

        // The owner's capacity and each renewal's rate per hour this month are `rapport capacity`'s and `rapport
        // profit`'s.
        let capacity = try object(store, ["capacity"], day)
        guard case .object(let firm)? = capacity["firm"], case .number(let percent)? = firm["percent"],
            case .number(let target)? = capacity["targetPercent"],
            case .array(let agreements)? = try object(store, ["profit"], day)["agreements"],
            case .array(let listed)? = renewals["renewals"]
        else {
            Issue.record("no firm percent in rapport capacity --json or no agreements in rapport profit --json")
            return
        }
        #expect(header.contains("│ capacity \(Int(percent))% of \(Int(target))% │"), "\(header)")
        var rates: [String: String] = [:]
        for case .object(let agreement) in agreements {
            guard case .string(let client)? = agreement["client"] else { continue }
            if case .string(let rate)? = agreement["effectiveRate"] { rates[client] = "$\(grouped(rate))" }
            if case .null? = agreement["effectiveRate"] { rates[client] = "-" }
        }
        let shown = renewalRates(in: frame)
        #expect(shown.count == listed.count, "\(shown)")
        for case .object(let renewal) in listed {
            guard case .string(let client)? = renewal["client"], case .string(let name)? = renewal["name"] else {
                continue
            }
            #expect(shown[name] == rates[client] ?? "", "\(name) on \(day)")
        }
    }

    /// The rate per hour of each row of the renewals pane, by client name: the pane is the right half of the grid,
    /// and the rate is right-aligned under its `Rate/h` heading.
    private func renewalRates(in frame: String) -> [String: String] {
        let lines = frame.split(separator: "\n").map { Array($0) }
        guard let title = lines.firstIndex(where: { String($0).contains("4 Renewals (") }) else { return [:] }
        let half = lines[title].count / 2
        let heading = Array(lines[title + 1].dropFirst(half))
        guard let start = String(heading).range(of: "Rate/h") else { return [:] }
        let end = String(heading).distance(from: String(heading).startIndex, to: start.upperBound)
        var rates: [String: String] = [:]
        for line in lines[(title + 2)...] {
            let right = Array(line.dropFirst(half))
            // A row's name starts after the border, the selection marker and a space; an empty row ends the list.
            guard right.count > end, right[0] == "│", right[3] != " " else { break }
            let name = String(right[3..<(right.count)]).components(separatedBy: "  ")[0]
            rates[name] = String(right[(end - 8)..<end]).trimmingCharacters(in: .whitespaces)
        }
        return rates
    }

    /// A report's JSON object on a day.
    private func object(_ store: TemporaryStore, _ report: [String], _ day: String) throws -> [String: JSONValue] {
        let json = try JSONValue(parsing: store.succeed(report + ["--json"], today: day).stdout)
        guard case .object(let object) = json else { throw RunFailure(description: "rapport \(report) is no object") }
        return object
    }

    /// An amount from the JSON (`13200.00`) as the dashboard writes it: a comma every three digits, and cents only
    /// when there are any (`13,200`, `80.75`).
    private func grouped(_ amount: String) -> String {
        let parts = amount.split(separator: ".")
        var digits = String(parts[0])
        for index in stride(from: digits.count - 3, to: 0, by: -3) {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
        }
        return parts.count == 2 && parts[1] != "00" ? "\(digits).\(parts[1])" : digits
    }

    /// The number in parentheses after a title, such as 7 in `4 Renewals (7)`.
    private func count(after opening: String, in frame: String) -> Int? {
        guard let range = frame.range(of: opening) else { return nil }
        return Int(frame[range.upperBound...].prefix { $0.isNumber })
    }
}
