import Foundation

/// Client ids: the slugs that name client files.
public enum ClientID {
    /// Checks that an id is a slug `[a-z0-9-]{1,64}`, so that it can never reach outside the store directory.
    ///
    /// - Parameter id: the id to check.
    /// - Throws: a `ChangeError` for the `id` field.
    public static func validate(_ id: String) throws(ChangeError) {
        let allowed = id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
        guard (1...64).contains(id.utf8.count), allowed, id.first != "-" else {
            throw ChangeError(
                field: "id",
                "\"\(id)\" is not a valid client id: use 1 to 64 lowercase letters, digits and dashes, e.g. acme-dental"
            )
        }
    }

    /// An unused id for a company name: its slug, with `-2`, `-3`… added when taken, always within 64 characters.
    ///
    /// - Parameters:
    ///   - name: the company name.
    ///   - isTaken: whether an id is in use.
    /// - Returns: the id.
    public static func free(for name: String, isTaken: (String) -> Bool) -> String {
        let base = slug(from: name)
        var candidate = base
        var n = 2
        while isTaken(candidate) {
            let suffix = "-\(n)"
            candidate = String(base.prefix(64 - suffix.count)) + suffix
            n += 1
        }
        return candidate
    }

    /// Makes a slug from a company name, e.g. `Zürich Dental AG` → `zurich-dental-ag`.
    ///
    /// - Parameter name: the company name.
    /// - Returns: a valid id; `client` when the name has no Latin letters or digits.
    public static func slug(from name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        for scalar in folded.lowercased().unicodeScalars {
            if (97...122).contains(scalar.value) || (48...57).contains(scalar.value) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        slug = String(slug.prefix(64))
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "client" : slug
    }
}
