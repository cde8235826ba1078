import ArgumentParser

@main
struct RapportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport-bench",
        abstract: "Generate large stores and time rapport on them against json.load, TinyDB and calcurse.",
        discussion: """
            Build with -c release, then:
              rapport-bench run --size S
              rapport-bench run --size L --markdown
            """,
        subcommands: [GenerateCommand.self, RunCommand.self])
}
