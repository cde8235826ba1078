import ArgumentParser
import RapportStore

struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Merge three versions of a store file, as git's merge driver (rapport sync registers it).",
        discussion: """
            git runs it as `rapport merge-driver %O %A %B %P` for client files and the settings. It merges record \
            by record and field by field, writes the result over OURS in the store's JSON and never writes \
            conflict markers: two edits of one field keep the later one and leave the other as an open conflict \
            (rapport conflicts). It fails only when a version is not a client or settings file at all.
            """)

    @Argument(help: "The common ancestor's version.") var base: String
    @Argument(help: "Our version, replaced by the merged file.") var ours: String
    @Argument(help: "Their version.") var theirs: String
    @Argument(help: "The file's path in the store.") var path: String

    func run() throws {
        do {
            try MergeDriver.merge(base: base, ours: ours, theirs: theirs, path: path)
        } catch {
            throw CLIError("\(path): \(error)")
        }
    }
}
