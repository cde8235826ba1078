/// Opens the dashboard on a store.
enum Dashboard {
    /// Shows the dashboard; for now, the summary of what it would show, and how to see each part.
    ///
    /// - Parameter context: the opened store and today.
    static func open(_ context: CommandContext) throws {
        try context.show(SummaryReport(context.portfolio, today: context.today), json: false)
        print("\nrapport help lists every command.")
    }
}
