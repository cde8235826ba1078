import RapportCore

/// A command's output: JSON with stable keys for scripts, aligned text for people.
protocol Report: Encodable {
    /// The report as text.
    ///
    /// - Parameters:
    ///   - output: whether colour may be used.
    ///   - settings: for the currency symbol.
    /// - Returns: the lines, each ending with a newline.
    func text(_ output: Output, settings: Settings) -> String
}
