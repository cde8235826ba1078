import Foundation

extension JSONDiagnostics {
    /// Explains a failed decode of a syntactically valid file, at the value where it failed.
    ///
    /// The decode is replayed over our own tree, because Foundation leaves the coding path out of some errors;
    /// Foundation's own error is the fallback if the replay unexpectedly succeeds.
    ///
    /// - Parameters:
    ///   - error: what Foundation's decoder threw.
    ///   - type: the type that was being decoded.
    ///   - root: the file's annotated tree.
    ///   - bytes: the file's bytes.
    ///   - path: the file as it is shown to the user.
    /// - Returns: the located problem.
    static func decodingProblem<T: Decodable>(
        _ error: any Error, decoding type: T.Type, root: Node, bytes: [UInt8], path: String
    ) -> FileProblem {
        var cause = error
        var isReplayed = false
        do {
            _ = try TreeDecoder(node: root, codingPath: []).decodeValue(type)
        } catch {
            cause = error
            isReplayed = true
        }
        guard let decodingError = cause as? DecodingError else {
            // Thrown by a type's own init(from:), which gives no position; its text is the best reason there is.
            return FileProblem(path: path, line: 0, column: 0, reason: String(describing: cause))
        }
        let (offset, reason) = explain(decodingError, root: root, keepsOwnText: isReplayed)
        let (line, column) = offset.map { lineAndColumn(ofByte: $0, in: bytes) } ?? (0, 0)
        return FileProblem(path: path, line: line, column: column, reason: reason)
    }

    /// Words a decoding error and finds the byte offset of the value it is about.
    ///
    /// - Parameters:
    ///   - error: the decoding error.
    ///   - root: the annotated tree the error's coding path leads into.
    ///   - keepsOwnText: whether the error came from the replay, where a data-corrupted error's text is written by
    ///     our own decoders rather than by Foundation's.
    /// - Returns: the offset, nil when the path leads nowhere, and the reason.
    private static func explain(
        _ error: DecodingError, root: Node, keepsOwnText: Bool
    ) -> (offset: Int?, reason: String) {
        switch error {
        case .typeMismatch(let type, let context):
            let path = context.codingPath.map(PathComponent.init)
            let node = root.descendant(at: path)
            let found = node.map { describe($0, expecting: type) } ?? "something else"
            return (node?.offset, "\(name(of: path)) should be \(describe(type)), found \(found)")
        case .valueNotFound(_, let context):
            let path = context.codingPath.map(PathComponent.init)
            if let node = root.descendant(at: path) {
                return (node.offset, "\(name(of: path)) is null but must be set")
            }
            // The path ends one past the last element of a list that the type wanted longer.
            let list = path.dropLast()
            return (root.descendant(at: list)?.offset, "\(name(of: list)) has too few items")
        case .keyNotFound(let key, let context):
            let path = context.codingPath.map(PathComponent.init)
            let place = path.isEmpty ? "this object" : name(of: path)
            return (root.descendant(at: path)?.offset, "missing \(quoted(key.stringValue)) in \(place)")
        case .dataCorrupted(let context):
            let path = context.codingPath.map(PathComponent.init)
            let node = root.descendant(at: path)
            let detail = describeCorruption(context.debugDescription, value: node, keepsOwnText: keepsOwnText)
            return (node?.offset, path.isEmpty ? detail : "\(name(of: path)): \(detail)")
        @unknown default:
            return (nil, "the file does not hold what was expected")
        }
    }

    /// Rewords the text of a data-corrupted error.
    ///
    /// The text of our own decoders (Day, Money, TimeOfDay, RecurrenceRule, and the replay's) is written for the user
    /// and kept. The standard library's and Foundation's is not: it is recognised by its opening words and replaced,
    /// so that raw text such as "The given data was not valid JSON." never reaches the user.
    ///
    /// - Parameters:
    ///   - text: the error's debug description.
    ///   - value: the value the error is about, when the path leads to one.
    ///   - keepsOwnText: whether the text can be ours at all.
    /// - Returns: the reason, without the name of the value.
    private static func describeCorruption(_ text: String, value: Node?, keepsOwnText: Bool) -> String {
        // The standard library's text for an enum's raw value that matches no case.
        if text.hasPrefix("Cannot initialize "), text.contains(" from invalid "), let value {
            return "\(literal(value)) is not one of the allowed values"
        }
        let foreignOpenings = [
            "The given data", "Parsed JSON", "Number ", "Cannot ", "Attempted ", "Invalid ", "Expected ",
            "Encountered ", "Unable ", "Date string",
        ]
        let isForeign = foreignOpenings.contains { text.hasPrefix($0) } || text.contains("Swift.")
        guard keepsOwnText, !isForeign else {
            return value.map { "\(literal($0)) is not valid here" } ?? "this value is not valid"
        }
        return text
    }

    // MARK: - Words

    /// Names the value at a path the way a person would point at it.
    ///
    /// - Parameter path: the path from the top of the document.
    /// - Returns: `"status"`, `item 3 of "visits"`, or `the document`; indices are shown 1-based.
    static func name<Path: BidirectionalCollection<PathComponent>>(of path: Path) -> String {
        switch path.last {
        case nil:
            return "the document"
        case .key(let key):
            return quoted(key)
        case .index(let index):
            if case .key(let list) = path.dropLast().last {
                return "item \(index + 1) of \(quoted(list))"
            }
            return "item \(index + 1)"
        }
    }

    /// Describes an expected type in words.
    private static func describe(_ type: Any.Type) -> String {
        let wholeNumbers: [Any.Type] = [
            Int.self, Int8.self, Int16.self, Int32.self, Int64.self,
            UInt.self, UInt8.self, UInt16.self, UInt32.self, UInt64.self,
        ]
        let numbers: [Any.Type] = [Double.self, Float.self, Decimal.self]
        let words: [(types: [Any.Type], words: String)] = [
            (wholeNumbers, "a whole number"), (numbers, "a number"), ([String.self], "text"),
            ([Bool.self], "true or false"), ([[String: Any].self], "an object"), ([[Any].self], "a list"),
        ]
        return words.first { $0.types.contains { $0 == type } }?.words ?? "a different kind of value"
    }

    /// Describes the kind of value found; a number is shown as written when a number was expected.
    private static func describe(_ node: Node, expecting type: Any.Type) -> String {
        switch node.value {
        case .object: "an object"
        case .array: "a list"
        case .string: "a string"
        case .number(let text): describe(type).hasSuffix("number") ? text : "a number"
        case .bool(let value): "\(value)"
        case .null: "null"
        }
    }

    /// Shows a value briefly: scalars as written, containers by kind.
    private static func literal(_ node: Node) -> String {
        switch node.value {
        case .object: "an object"
        case .array: "a list"
        case .string(let text): quoted(text)
        case .number(let text): text
        case .bool(let value): "\(value)"
        case .null: "null"
        }
    }

    /// Puts text in double quotes for a message, escaped as in JSON and cut short if long.
    ///
    /// Control and format characters are escaped so that a message never moves the cursor or reorders text on the
    /// terminal it is printed on.
    ///
    /// - Parameter text: the text.
    /// - Returns: the quoted text.
    static func quoted(_ text: String) -> String {
        let limit = 40
        var result = "\""
        for (count, scalar) in text.unicodeScalars.enumerated() {
            if count == limit {
                result += "…"
                break
            }
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format:
                    let digits = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
