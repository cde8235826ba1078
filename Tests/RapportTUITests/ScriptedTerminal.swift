import Foundation

@testable import RapportTUI

/// A terminal that plays a script, one step each time the dashboard asks for a key, and keeps what it drew: the
/// dashboard runs for real on the test's thread, with nothing timed.
final class ScriptedTerminal: Terminal {
    /// One step of the script.
    enum Step {
        case press(Key)
        /// Runs something between two keys, such as letting go of the store lock.
        case run(() -> Void)
        /// Gives no key until the last frame holds this text.
        case waitFor(String)
    }

    let size: Size
    private var steps: [Step]
    /// Every frame drawn, as text.
    /// The status line of a frame, the one above the hints.
    ///
    /// - Parameter frame: a frame's text.
    /// - Returns: the line, trimmed.
    static func statusLine(_ frame: String) -> String {
        let lines = frame.split(separator: "\n", omittingEmptySubsequences: false)
        return lines[lines.count - 2].trimmingCharacters(in: .whitespaces)
    }

    private(set) var frames: [String] = []
    /// The first frame drawn after each key pressed, in the order of the keys.
    private(set) var framesAfterKeys: [String] = []
    /// The texts waited for that never showed, and "script ended" when the dashboard outlived its script.
    private(set) var unmet: [String] = []
    private(set) var stopSignal: Int32?
    private var keyPending = false
    private var waited = 0
    /// How many times a wait, or the end of the script, lets the loop go round before giving up, so that a failing
    /// test ends.
    private let patience = 3000

    init(size: Size = Size(width: 100, height: 30), _ steps: [Step]) {
        self.size = size
        self.steps = steps
    }

    func draw(_ screen: Screen, cursor: Position?) {
        frames.append(screen.text)
        if keyPending {
            framesAfterKeys.append(screen.text)
            keyPending = false
        }
    }

    func readKey(timeout milliseconds: Int) -> Key? {
        while let step = steps.first {
            switch step {
            case .press(let key):
                steps.removeFirst()
                keyPending = true
                return key
            case .run(let body):
                steps.removeFirst()
                body()
            case .waitFor(let text):
                // The loop draws between two asks, so each ask without the text lets it go round once more.
                if frames.last?.contains(text) == true {
                    steps.removeFirst()
                    waited = 0
                } else if waited < patience {
                    return pause()
                } else {
                    unmet.append(text)
                    steps.removeFirst()
                    waited = 0
                }
            }
        }
        // The script is done: a dashboard still running must end on its own, or this stops it.
        if waited < patience { return pause() }
        unmet.append("script ended")
        stopSignal = SIGTERM
        return nil
    }

    /// No key this time, after a short pause; counts towards the patience of the step waiting.
    private func pause() -> Key? {
        waited += 1
        Thread.sleep(forTimeInterval: 0.01)
        return nil
    }

    func invalidate() {}
    func restore() {}
    func suspend() {}
    func resume() {}
}
