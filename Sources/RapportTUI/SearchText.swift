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
    /// The client's fields beyond the row's cells, with their values lowercased for matching.
    private let fields: [(field: SearchField, lowercased: Haystack)]

    /// Prepares a row for filtering.
    ///
    /// - Parameters:
    ///   - row: the row.
    ///   - fields: every field of the row's client that a search looks through.
    init(_ row: PaneRow, fields: [SearchField] = []) {
        text = Haystack((row.cells.map { $0.lowercased() } + [row.clientID]).joined(separator: SearchText.separator))
        self.fields = fields.map { ($0, Haystack($0.value.lowercased())) }
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
        if text.contains(needle, bytes: bytes) { return .shown }
        return fields.first { $0.lowercased.contains(needle, bytes: bytes) }.map { .field($0.field) }
    }

    /// Lowercased text to look through, with its bytes when it is all ASCII: there a byte search finds what a
    /// search by characters finds, many times faster.
    private struct Haystack: Sendable, Equatable {
        let text: String
        let ascii: [UInt8]?

        init(_ text: String) {
            self.text = text
            ascii = text.utf8.allSatisfy { $0 < 0x80 } ? Array(text.utf8) : nil
        }

        static func == (lhs: Haystack, rhs: Haystack) -> Bool { lhs.text == rhs.text }

        /// Whether a lowercased filter occurs in the text.
        ///
        /// - Parameters:
        ///   - needle: the filter, lowercased and not empty.
        ///   - bytes: the needle's bytes when it is printable ASCII, which cannot match part of a character.
        /// - Returns: true when the text contains it.
        func contains(_ needle: String, bytes: [UInt8]?) -> Bool {
            guard let ascii, let bytes else { return text.contains(needle) }
            guard let first = bytes.first, bytes.count <= ascii.count else { return bytes.isEmpty }
            // memchr to each place the first byte occurs, then memcmp: a loop over slices, or Foundation's search,
            // cost most of a filtering keystroke.
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
}

/// Where a filter matched a row.
enum SearchMatch: Equatable {
    /// In a cell the row shows, or its client id.
    case shown
    /// In a field of the row's client that the row does not show.
    case field(SearchField)
}
