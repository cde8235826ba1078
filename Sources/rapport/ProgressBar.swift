import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A one-line progress bar on standard error, such as `Importing [##########----------]  50/100`.
///
/// It is drawn only when standard error is a terminal, so a log file or a pipe never sees it, and it is wiped when
/// the work is done, so that only the lasting output stays on screen.
final class ProgressBar {
    let total: Int
    let label: String
    /// How many cells the bar has between its brackets.
    static let width = 30
    private let enabled: Bool
    private var done = 0
    /// The length of the line on screen, to wipe it; zero when nothing is drawn.
    private var shown = 0

    /// Creates a bar; nothing is drawn until the first step.
    ///
    /// - Parameters:
    ///   - total: how many steps the work has.
    ///   - label: what is being done, such as `Importing`.
    ///   - enabled: whether to draw; by default, whether standard error is a terminal.
    init(total: Int, label: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.label = label
        self.enabled = enabled
    }

    /// Counts one step done and redraws the bar.
    func advance() {
        done += 1
        let line = ProgressBar.line(label: label, done: done, total: total)
        write("\r" + line)
        shown = line.count
    }

    /// Wipes the bar, leaving the cursor at the start of an empty line.
    func finish() {
        guard shown > 0 else { return }
        write("\r" + String(repeating: " ", count: shown) + "\r")
        shown = 0
    }

    /// The bar's text for a number of steps done.
    ///
    /// - Parameters:
    ///   - label: what is being done.
    ///   - done: the steps done.
    ///   - total: all the steps.
    /// - Returns: e.g. `Importing [###############---------------]  50/100`.
    static func line(label: String, done: Int, total: Int) -> String {
        let filled = total == 0 ? width : done * width / total
        let count = String(done)
        let padding = String(repeating: " ", count: max(0, String(total).count - count.count))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "\(label) [\(bar)] \(padding)\(count)/\(total)"
    }

    private func write(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
