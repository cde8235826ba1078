// MARK: - Text that needs no measuring

extension String {
    /// Whether every character is printable ASCII: `DisplayText.safe` leaves such text as it is and each character
    /// takes one column, so drawing can skip measuring it character by character, which nearly every cell allows.
    var isPrintableASCII: Bool {
        utf8.allSatisfy { (0x20..<0x7F).contains($0) }
    }
}
