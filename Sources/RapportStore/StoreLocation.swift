import Foundation

/// Where the store lives when no directory is given, and what decided it.
public enum StoreLocation {
    /// What chose the store directory; each is asked only when the ones before it say nothing.
    public enum Source: Sendable, Equatable {
        /// The `--store` option.
        case option
        /// The `RAPPORT_STORE` environment variable.
        case environment
        /// The `store` of the config file at this path.
        case configFile(String)
        /// `$XDG_DATA_HOME/rapport`.
        case dataHome
        /// `~/.local/share/rapport`, when `XDG_DATA_HOME` is unset or not an absolute path.
        case home
    }

    /// The store directory and what chose it: `--store`, else `RAPPORT_STORE`, else the config file's `store`, else
    /// `$XDG_DATA_HOME/rapport`, else `~/.local/share/rapport`.
    ///
    /// - Parameters:
    ///   - explicit: the `--store` option, if given.
    ///   - environment: the process environment.
    ///   - configured: the config file's `store`, if it names one.
    /// - Returns: the directory path and its source.
    public static func locate(
        explicit: String?, environment: [String: String], configured: String? = nil
    ) -> (path: String, source: Source) {
        if let explicit, !explicit.isEmpty { return (explicit, .option) }
        if let store = environment["RAPPORT_STORE"], !store.isEmpty { return (store, .environment) }
        if let configured { return (configured, .configFile(configFile(environment: environment))) }
        // The XDG Base Directory spec says a relative value is invalid and must be ignored.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return (data + "/rapport", .dataHome) }
        return (home(environment) + "/.local/share/rapport", .home)
    }

    /// Whether the store location still depends on the config file, that is, neither `--store` nor `RAPPORT_STORE`
    /// was given.
    ///
    /// - Parameters:
    ///   - explicit: the `--store` option, if given.
    ///   - environment: the process environment.
    /// - Returns: true when the config file is asked.
    public static func needsConfigFile(explicit: String?, environment: [String: String]) -> Bool {
        (explicit ?? "").isEmpty && (environment["RAPPORT_STORE"] ?? "").isEmpty
    }

    /// The config file: `$XDG_CONFIG_HOME/rapport/config.json`, else `~/.config/rapport/config.json`.
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: the file's path; the file need not exist.
    public static func configFile(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/rapport/config.json" }
        return home(environment) + "/.config/rapport/config.json"
    }

    /// The store the config file names, `{"store": "/path/to/store"}`; a path may start with `~/`.
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: the directory, or nil when there is no config file or it names no store.
    /// - Throws: a `FileProblem` in the config file when it cannot be read, is not such a JSON object, or names a
    ///   relative directory.
    public static func configuredStore(environment: [String: String]) throws(FileProblem) -> String? {
        let file = configFile(environment: environment)
        guard let store = try readConfigFile(environment: environment)?.store, !store.isEmpty else { return nil }
        if store.hasPrefix("~/") { return home(environment) + store.dropFirst() }
        guard store.hasPrefix("/") else {
            throw FileProblem(
                path: file, line: 0, column: 0,
                reason: "\"store\" must be an absolute directory such as \"/srv/rapport\" or \"~/rapport\", "
                    + "not \"\(store)\"")
        }
        return store
    }

    /// The config file's content.
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: the content, or nil when there is no config file.
    /// - Throws: a `FileProblem` when it cannot be read or is not such a JSON object.
    static func readConfigFile(environment: [String: String]) throws(FileProblem) -> ConfigFile? {
        let file = configFile(environment: environment)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw FileProblem(path: file, line: 0, column: 0, reason: "cannot be read; check its permissions")
        }
        return try JSONDiagnostics.decode(ConfigFile.self, from: data, path: file)
    }

    private static func home(_ environment: [String: String]) -> String {
        environment["HOME"] ?? "."
    }

    /// The content of the config file.
    struct ConfigFile: Decodable {
        var store: String?
        var technician: String?
    }
}
