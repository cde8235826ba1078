import RapportCore
import RapportStore

extension CommandContext {
    /// Writes one settings change through the store and reports it, the way `apply(_:to:)` does for a client.
    ///
    /// - Parameters:
    ///   - change: the edit.
    ///   - arguments: the change's fields that the command takes as arguments rather than options, such as a
    ///     technician's `id`, so that an error names them without `--`.
    /// - Returns: the settings as written.
    /// - Throws: `CLIError` when the change or the write fails; nothing is written then.
    @discardableResult
    func apply(_ change: SettingsChange, arguments: Set<String> = []) throws -> Settings {
        let settings: Settings
        do {
            settings = try store.apply(change).after
        } catch .invalidChange(_, let problem) {
            let field = problem.field.map { arguments.contains($0) ? "\($0): " : "--\($0): " } ?? ""
            throw CLIError("settings: \(field)\(problem.message)")
        } catch {
            throw CLIError(error)
        }
        print("settings: \(DisplayText.safe(change.summary))")
        return settings
    }
}
