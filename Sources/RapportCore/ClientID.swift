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
    /// A name in another script is transliterated first, so its id still reads: `山田歯科` → `shan-tian-chi-ke`,
    /// `Ζωή` → `zoe`. A name with nothing to transliterate, such as emoji only, gets `client-` and six hex digits
    /// worked out from the name, so two such names get different ids rather than `client`, `client-2`.
    ///
    /// - Parameter name: the company name.
    /// - Returns: a valid id.
    public static func slug(from name: String) -> String {
        // ICU is asked only for names beyond ASCII: the transform costs far more than the folding.
        let latin = name.utf8.allSatisfy { $0 < 128 } ? name : name.applyingTransform(.toLatin, reverse: false) ?? name
        let slug = latinSlug(from: latin)
        guard slug.isEmpty else { return slug }
        let digits = String(RecordID.fnv1a(name) & 0xFF_FFFF, radix: 16)
        return "client-" + String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// The Latin letters and digits of a name, lowercased and without accents, with a dash for each run of
    /// anything else; empty when there are none.
    private static func latinSlug(from name: String) -> String {
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
        return slug
    }
}
