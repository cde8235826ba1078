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

    private let text: String
    /// The text's bytes when it is all ASCII: there a byte search finds what a search by characters finds, faster.
    private let ascii: [UInt8]?
    /// The client's fields beyond the row's cells, with their values lowercased for matching.
    private let fields: [(field: SearchField, lowercased: String)]

    /// Prepares a row for filtering.
    ///
    /// - Parameters:
    ///   - row: the row.
    ///   - fields: every field of the row's client that a search looks through.
    init(_ row: PaneRow, fields: [SearchField] = []) {
        text = (row.cells.map { $0.lowercased() } + [row.clientID]).joined(separator: SearchText.separator)
        ascii = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
        self.fields = fields.map { ($0, $0.value.lowercased()) }
    }

    static func == (lhs: SearchText, rhs: SearchText) -> Bool {
        lhs.text == rhs.text && lhs.fields.map(\.field) == rhs.fields.map(\.field)
    }

    /// Where a lowercased filter occurs: in what the row shows, in a field of its client it does not show, or not
    /// at all.
    ///
    /// - Parameters:
    ///   - needle: the filter, lowercased and not empty.
    ///   - bytes: the needle's bytes when it is printable ASCII.
    /// - Returns: `.shown`, `.field` with the first field that holds it, or nil.
    func match(_ needle: String, bytes: [UInt8]?) -> SearchMatch? {
        if contains(needle, bytes: bytes) { return .shown }
        return fields.first { $0.lowercased.contains(needle) }.map { .field($0.field) }
    }

    /// Whether a lowercased filter occurs in the row.
    ///
    /// - Parameters:
    ///   - needle: the filter, lowercased and not empty.
    ///   - bytes: the needle's bytes when it is printable ASCII, which cannot match part of a character.
    /// - Returns: true when a cell or the client id contains it.
    private func contains(_ needle: String, bytes: [UInt8]?) -> Bool {
        guard let ascii, let bytes else { return text.contains(needle) }
        guard let first = bytes.first, bytes.count <= ascii.count else { return bytes.isEmpty }
        // memchr to each place the first byte occurs, then memcmp: a loop over slices here cost most of a filtering
        // keystroke.
        return ascii.withUnsafeBytes { haystack in
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

/// Where a filter matched a row.
enum SearchMatch: Equatable {
    /// In a cell the row shows, or its client id.
    case shown
    /// In a field of the row's client that the row does not show.
    case field(SearchField)
}
