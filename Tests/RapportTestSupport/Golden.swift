import Foundation
import Testing

/// Compares text with a golden file; `UPDATE_GOLDENS=1` rewrites the file and fails the test.
///
/// An update run never passes, so a run with the variable left set cannot hide a change: the failure names each file
/// it wrote, and a second run without the variable checks them.
///
/// - Parameters:
///   - actual: the text produced.
///   - file: the golden file, in the source tree so that an update is seen at once.
///   - sourceLocation: where the comparison was asked for.
/// - Throws: when the golden file cannot be read or written.
public func expectGolden(_ actual: String, file: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file)
        Issue.record(
            "UPDATE_GOLDENS=1 wrote \(file.path); check the change, then run again without it",
            sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(
        actual == expected, "differs from \(file.path); if the change is meant, run again with UPDATE_GOLDENS=1",
        sourceLocation: sourceLocation)
}
