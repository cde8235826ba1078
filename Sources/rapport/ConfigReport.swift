import Foundation
import RapportStore

/// `rapport config`: where the store and its settings are, what chose the store, and how to choose another.
struct ConfigReport: Encodable {
    /// The store directory.
    var store: String
    /// What chose it: `option`, `RAPPORT_STORE`, `config-file`, `XDG_DATA_HOME` or `default`.
    var storeSource: String
    /// Whether a store exists there (its `rapport.json` does).
    var storeExists: Bool
    /// The settings file inside the store.
    var settings: String
    var configFile: String
    var configFileExists: Bool
    /// The store the config file names, or null.
    var configFileStore: String?
    /// What chose the store, in words for the text report.
    private var chosenBy: String

    /// Builds the report.
    ///
    /// - Parameters:
    ///   - location: the store directory and what chose it.
    ///   - configFile: the config file's path.
    ///   - configured: the store the config file names, if any.
    init(location: (path: String, source: StoreLocation.Source), configFile: String, configured: String?) {
        store = location.path
        (storeSource, chosenBy) =
            switch location.source {
            case .option: ("option", "chosen by --store")
            case .environment: ("RAPPORT_STORE", "chosen by $RAPPORT_STORE")
            case .configFile: ("config-file", "chosen by the config file")
            case .dataHome: ("XDG_DATA_HOME", "chosen by $XDG_DATA_HOME")
            case .home:
                ("default", "the default: no --store, $RAPPORT_STORE, config file or $XDG_DATA_HOME names another")
            }
        storeExists = FileManager.default.fileExists(atPath: "\(location.path)/rapport.json")
        settings = "\(location.path)/settings.json"
        self.configFile = configFile
        configFileExists = FileManager.default.fileExists(atPath: configFile)
        configFileStore = configured
    }

    // Every key is written, null when unknown, so scripts can rely on them.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(store, forKey: .store)
        try container.encode(storeSource, forKey: .storeSource)
        try container.encode(storeExists, forKey: .storeExists)
        try container.encode(settings, forKey: .settings)
        try container.encode(configFile, forKey: .configFile)
        try container.encode(configFileExists, forKey: .configFileExists)
        try container.encode(configFileStore, forKey: .configFileStore)
    }

    enum CodingKeys: String, CodingKey {
        case store, storeSource, storeExists, settings, configFile, configFileExists, configFileStore
    }

    /// The report as text.
    ///
    /// - Parameter output: for bold headings.
    /// - Returns: the lines, each ending with a newline.
    func text(_ output: Output) -> String {
        let config =
            !configFileExists ? "not there" : configFileStore.map { "names \($0)" } ?? "names no store"
        var table = TextTable(["", ""])
        table.add(["Store", store])
        table.add(["", chosenBy])
        table.add(["", storeExists ? "a rapport store" : "no store here yet; create one with `rapport init`"])
        table.add(["Settings", settings])
        table.add(["Config file", configFile])
        table.add(["", config])
        var out = table.render(output)
        out += "\n" + output.bold("To use another store") + "\n"
        var ways = TextTable(["", ""])
        ways.add(["for one command", "rapport today --store DIR"])
        ways.add(["for this shell", "export RAPPORT_STORE=DIR"])
        ways.add(["from now on", "write {\"store\": \"DIR\"} to \(configFile)"])
        out += ways.render(output).split(separator: "\n").map { "  \($0)\n" }.joined()
        out += "\nThe settings (business, currency, defaults, rate card, technicians) are plain JSON: edit "
        out += "settings.json,\nthen run `rapport check` to validate it.\n"
        return out
    }
}
