import RapportCore

/// What `rapport import clients` is about to do, shown before anything is written: the clients it creates, one a
/// row with the line it comes from, and the rows it leaves out because their client is already in the store.
struct ImportPreview {
    let plan: ClientImport
    let file: String

    /// The preview as text.
    ///
    /// - Parameter output: for bold headings.
    /// - Returns: the lines, each ending with a newline.
    func text(_ output: Output) -> String {
        let source = plan.format == .itflow ? "ITFlow's client export" : "rapport's client export"
        var out = output.bold("\(count(plan.created.count, "new client")) in \(file) (\(source))") + "\n"
        if !plan.created.isEmpty {
            var table = TextTable(
                ["LINE", "ID", "NAME", "STATUS", "ADDRESS", "CONTACT", "PEOPLE"],
                alignments: [.right, .left, .left, .left, .left, .left, .right])
            for entry in plan.created {
                let client = entry.client
                let contact = client.primaryContact.map {
                    [$0.name, $0.phone].compactMap { $0 }.joined(separator: ", ")
                }
                table.add([
                    String(entry.line), client.id, client.name, client.status.rawValue, client.address ?? "-",
                    contact ?? "-", String(client.people.count),
                ])
            }
            out += "\n" + table.render(output)
        }
        if !plan.skipped.isEmpty {
            out += "\n" + output.bold("Already in the store, left out") + "\n"
            var table = TextTable(["LINE", "NAME", "IN THE STORE AS"], alignments: [.right, .left, .left])
            for skip in plan.skipped {
                table.add([String(skip.line), skip.name, skip.existing])
            }
            out += table.render(output)
        }
        return out
    }
}
