import Foundation

/// Runs the user's editor on a piece of text, as git and huh do for long messages.
enum ExternalEditor {
    /// Why the editor gave nothing back.
    struct Failure: Error {
        var message: String
    }

    /// Writes the text to a private temp file, runs `$VISUAL`, else `$EDITOR`, else `vi` on it, and reads it back.
    ///
    /// - Parameter text: the text to start from.
    /// - Returns: the edited text, or why there is none; a non-zero exit keeps the text as it was.
    static func edit(_ text: String) -> Result<String, Failure> {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rapport-note-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else { return .failure(Failure(message: "could not create a temp file for the editor")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The shell splits an editor given with options, such as "code --wait".
        process.arguments = ["-c", "exec ${VISUAL:-${EDITOR:-vi}} \"$1\"", "rapport-editor", file.path]
        do {
            try process.run()
        } catch {
            return .failure(Failure(message: "could not start the editor: \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            return .failure(
                Failure(message: "the editor exited with status \(process.terminationStatus); the note is unchanged"))
        }
        guard let data = FileManager.default.contents(atPath: file.path),
            let edited = String(data: data, encoding: .utf8)
        else {
            return .failure(Failure(message: "the edited note is not UTF-8 text; it is unchanged"))
        }
        return .success(edited)
    }
}
