/// Where the store lives when no directory is given.
public enum StoreLocation {
    /// The store directory: `--store`, else `RAPPORT_STORE`, else `$XDG_DATA_HOME/rapport`, else
    /// `~/.local/share/rapport`.
    ///
    /// - Parameters:
    ///   - explicit: the `--store` option, if given.
    ///   - environment: the process environment.
    /// - Returns: the directory path.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let store = environment["RAPPORT_STORE"], !store.isEmpty { return store }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/rapport" }
        let home = environment["HOME"] ?? "."
        return home + "/.local/share/rapport"
    }
}
