/// A problem in a store file, located by 1-based line and column.
///
/// Its `description` is `path:line:column: reason`, the format compilers use, so that editors and terminals can jump
/// to the spot. Columns count Unicode scalars, not bytes or grapheme clusters: a tab counts as one column, and so does
/// "é" written as one scalar, while "e" followed by a combining accent counts as two. Lines are split on `\n` only.
public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as it is shown to the user, for example `clients/acme.json`.
    public var path: String
    /// The 1-based line, or 0 when the problem is not at a place in the text (the file could not be read at all).
    public var line: Int
    /// The 1-based column in Unicode scalars, or 0 when `line` is 0.
    public var column: Int
    /// What is wrong, in our own words, such as `trailing comma before "}"; remove the comma`.
    public var reason: String

    /// Creates a problem report.
    ///
    /// - Parameters:
    ///   - path: the file as it is shown to the user.
    ///   - line: the 1-based line, or 0 when the problem is not at a place in the text.
    ///   - column: the 1-based column in Unicode scalars, or 0 when `line` is 0.
    ///   - reason: what is wrong, in our own words.
    public init(path: String, line: Int, column: Int, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The id of the client the file stands for, when it is a client file.
    public var clientID: String? {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        guard path.hasPrefix("clients/") || path.contains("/clients/"), name.hasSuffix(".json") else { return nil }
        return String(name.dropLast(5))
    }

    /// The problem as `path:line:column: reason`, or `path: reason` when it has no place in the text.
    public var description: String {
        line == 0 ? "\(path): \(reason)" : "\(path):\(line):\(column): \(reason)"
    }
}
