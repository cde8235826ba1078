import RapportCore
import RapportReports

// MARK: - The report as text

extension TeamGapsReport: Report {
    func text(_ output: Output, settings: Settings) -> String {
        var out = output.bold("Skills against clients' needs") + "\n\n"
        guard !uncovered.isEmpty || !singlePerson.isEmpty else {
            return out + "Every need is covered by two or more.\n"
        }
        var table = TextTable(["NEED", "COVERED BY", "CLIENTS"])
        for need in uncovered {
            table.add([need.need, output.bold("no one"), need.clients.joined(separator: ", ")])
        }
        for need in singlePerson {
            table.add([need.need, "only \(need.technicians[0])", need.clients.joined(separator: ", ")])
        }
        out += table.render(output)
        return out + "\nAdd a skill: rapport team edit ID --skill NAME (repeat for each)\n"
    }
}
