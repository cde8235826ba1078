import ArgumentParser
import RapportCore

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Add people to a client.",
        subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person to a client. The first person added is the primary contact.",
            discussion: """
                Example:
                  rapport person add acme-dental "Dana Ruiz" --role "Office manager" --phone "+1 555 0100" --primary
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The client id.")
        var client: String

        @Argument(help: "The person's name.")
        var name: String

        @Option(help: "Their role, e.g. Office manager.")
        var role: String?

        @Option(help: "Their phone number.")
        var phone: String?

        @Option(help: "Their email address.")
        var email: String?

        @Flag(help: "Make this person the primary contact.")
        var primary = false

        func run() throws {
            let context = try CommandContext(global)
            try context.apply(
                .addPerson(Person(name: name, role: role, phone: phone, email: email, primary: primary)), to: client)
        }
    }
}
