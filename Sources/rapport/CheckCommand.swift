import ArgumentParser
import RapportCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the store; each problem is printed as file:line:column: reason.",
        discussion: "Exits with status 1 when a problem is found.\n\nExample:\n  rapport check")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try global.openStore()
        let problems = store.check()
        for problem in problems {
            print(DisplayText.safe(problem.description, limit: 2_000))
        }
        if let reason = store.readOnlyReason {
            print("read-only: \(reason)")
        }
        guard problems.isEmpty else {
            throw CLIError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(store.path)")
        }
        print("ok: \(store.readableCount) client files and the settings are valid")
    }
}
