import RapportCore
import RapportReports

// MARK: - The report as text

extension TeamReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        guard !technicians.isEmpty else {
            return "No technicians yet. Add one with `rapport team add ID NAME`.\n"
        }
        var table = TextTable(
            ["ID", "NAME", "VISITS THIS WEEK", "SKILLS", "CERTIFICATIONS"],
            alignments: [.left, .left, .right, .left, .left])
        for technician in technicians {
            table.add([
                technician.id, technician.name, String(technician.visitsThisWeek), Self.list(technician.skills),
                Self.list(technician.certifications),
            ])
        }
        return table.render(output)
    }

    /// A list as one cell: `Networking, Backup`, or `-` when empty.
    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "-" : items.joined(separator: ", ")
    }
}
