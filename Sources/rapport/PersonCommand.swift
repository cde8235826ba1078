import ArgumentParser
import RapportCore

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Add, change and remove a client's people.",
        subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
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

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a person's details: only the options given change.",
            discussion: """
                The person is named by their name, or by the start of their name or of the id rapport client show \
                lists. An empty value clears a role, phone or email.

                Examples:
                  rapport person edit acme-dental "Dana Ruiz" --phone "+1 555 0199"
                  rapport person edit acme-dental 01kf76dh --email "" --primary
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Argument(help: "The person's name or id, or the start of one.") var person: String
        @Option(help: "A new name.") var name: String?
        @Option(help: "Their role, e.g. Office manager.") var role: String?
        @Option(help: "Their phone number.") var phone: String?
        @Option(help: "Their email address.") var email: String?
        @Flag(
            inversion: .prefixedNo,
            help: "Make this person the primary contact, in place of whoever was; --no-primary unmarks them.")
        var primary: Bool?

        func run() throws {
            let context = try CommandContext(global)
            let id = try context.person(person, of: client)
            try context.apply(
                .editPerson(id: id, PersonEdit(name: name, role: role, phone: phone, email: email, primary: primary)),
                to: client)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a person from a client.",
            discussion: """
                The person is named by their name, or by the start of their name or of the id rapport client show \
                lists.

                Example:
                  rapport person remove acme-dental "Dana Ruiz"
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The client id.") var client: String
        @Argument(help: "The person's name or id, or the start of one.") var person: String

        func run() throws {
            let context = try CommandContext(global)
            try context.apply(.removePerson(id: try context.person(person, of: client)), to: client)
        }
    }
}
