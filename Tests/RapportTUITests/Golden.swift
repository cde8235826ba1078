import Foundation
import RapportTestSupport
import Testing

/// Compares a rendered screen with its golden file in Fixtures/goldens; see `expectGolden`.
///
/// - Parameters:
///   - text: the rendered screen text.
///   - name: the golden file's name without extension.
func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/goldens/\(name).txt")
    try expectGolden(text + "\n", file: file, sourceLocation: sourceLocation)
}
