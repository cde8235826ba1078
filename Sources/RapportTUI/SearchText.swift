import RapportCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A row as the filter sees it: its lowercased cells and its client id, then every field of its client that the
/// row does not show, prepared once so that a keystroke only compares.
struct SearchText: Sendable, Equatable {
    /// A control character cannot be typed into a filter, so no typed text matches across two cells.
    private static let separator = "\u{1F}"

    private let text: Haystack
    /// The client's fields beyond the row's cells.
    private let fields: [SearchField]
    /// Each field's value lowercased for matching, in the order of `fields`; kept apart so that a search reads the
    /// bytes without copying the fields.
    private let fieldTexts: [Haystack]

    /// Prepares a row for filtering.
    ///
    /// - Parameters:
    ///   - row: the row.
    ///   - fields: every field of the row's client that a search looks through.
    init(_ row: PaneRow, fields: [SearchField] = []) {
        text = Haystack((row.cells.map { $0.lowercased() } + [row.clientID]).joined(separator: SearchText.separator))
        self.fields = fields
        fieldTexts = fields.map { Haystack($0.value.lowercased()) }
    }

    static func == (lhs: SearchText, rhs: SearchText) -> Bool {
        lhs.text == rhs.text && lhs.fields == rhs.fields
    }

    /// Where a lowercased filter occurs: in what the row shows, in a field of its client it does not show, or not
    /// at all.
    ///
    /// - Parameters:
    ///   - needle: the filter, lowercased and not empty.
    ///   - bytes: the needle's bytes when it is printable ASCII.
    /// - Returns: `.shown`, `.field` with the first field that holds it, or nil.
    func match(_ needle: String, bytes: [UInt8]?) -> SearchMatch? {
        if text.contains(needle, bytes: bytes) { return .shown }
        for index in fieldTexts.indices where fieldTexts[index].contains(needle, bytes: bytes) {
            return .field(fields[index])
        }
        return nil
    }

    /// Lowercased text to look through, with its UTF-8 bytes: for a filter of printable ASCII, a byte search finds
    /// what a search by characters finds, many times faster, since in UTF-8 an ASCII byte is never part of another
    /// character.
    private struct Haystack: Sendable, Equatable {
        let text: String
        let utf8: [UInt8]

        init(_ text: String) {
            self.text = text
            utf8 = Array(text.utf8)
        }

        static func == (lhs: Haystack, rhs: Haystack) -> Bool { lhs.text == rhs.text }

        /// Whether a lowercased filter occurs in the text.
        ///
        /// - Parameters:
        ///   - needle: the filter, lowercased and not empty.
        ///   - bytes: the needle's bytes when it is printable ASCII, which cannot match part of a character.
        /// - Returns: true when the text contains it.
        func contains(_ needle: String, bytes: [UInt8]?) -> Bool {
            guard let bytes else { return text.contains(needle) }
            guard let first = bytes.first, bytes.count <= utf8.count else { return bytes.isEmpty }
            // memchr to each place the first byte occurs, then memcmp: a loop over slices, or Foundation's search,
            // cost most of a filtering keystroke.
            return utf8.withUnsafeBytes { haystack in
                bytes.withUnsafeBytes { needle in
                    let base = haystack.baseAddress!
                    let last = haystack.count - needle.count
                    var start = 0
                    while start <= last, let found = memchr(base + start, Int32(first), last - start + 1) {
                        if memcmp(found, needle.baseAddress!, needle.count) == 0 { return true }
                        start = base.distance(to: found) + 1
                    }
                    return false
                }
            }
        }
    }
}

/// Where a filter matched a row.
enum SearchMatch: Equatable {
    /// In a cell the row shows, or its client id.
    case shown
    /// In a field of the row's client that the row does not show.
    case field(SearchField)
}
