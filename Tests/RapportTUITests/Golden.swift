import Foundation
import Testing

/// Compares text with a golden file in Fixtures/goldens; `UPDATE_GOLDENS=1` writes the file instead.
///
/// - Parameters:
///   - text: the rendered screen text.
///   - name: the golden file's name without extension.
func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/goldens")
    let file = directory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
        text + "\n" == expected, "screen differs from \(name).txt; UPDATE_GOLDENS=1 rewrites it",
        sourceLocation: sourceLocation)
}
