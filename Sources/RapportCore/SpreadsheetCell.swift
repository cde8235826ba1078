/// Makes exported cells safe to open in a spreadsheet, and undoes that on import.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula, so a client name such as
/// `=HYPERLINK(…)` typed into Rapport could run when someone opens the export ("CSV injection"). A tab or carriage
/// return in front hides the same trick from a quick look. Such a cell gets an apostrophe in front, which spreadsheets
/// treat as "this is text". A cell that already starts with an apostrophe gets one too, so that `restored(_:)` can
/// always tell an added apostrophe from one that was typed, and the round trip is exact.
public enum SpreadsheetCell {
    /// The characters a cell may not start with, apart from the apostrophe itself.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell as it is written to a CSV file.
    ///
    /// - Parameter value: the stored text.
    /// - Returns: the text with an apostrophe in front when it starts with `=`, `+`, `-`, `@`, a tab, a carriage
    ///   return or an apostrophe; otherwise the text unchanged.
    public static func neutralized(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, first == "'" || formulaStarts.contains(first) else {
            return value
        }
        return "'" + value
    }

    /// The stored text of a cell written by `neutralized(_:)`.
    ///
    /// - Parameter cell: the cell as read from a CSV file.
    /// - Returns: the text without the apostrophe that `neutralized(_:)` put in front, or the cell unchanged.
    public static func restored(_ cell: String) -> String {
        let scalars = cell.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first,
            second == "'" || formulaStarts.contains(second)
        else { return cell }
        return String(scalars.dropFirst())
    }
}
