/// What one render produces: the screen, and where the cursor goes when text is being typed.
public struct Frame: Sendable, Equatable {
    public var screen: Screen
    public var cursor: Position?

    public init(screen: Screen, cursor: Position? = nil) {
        self.screen = screen
        self.cursor = cursor
    }
}

/// The smallest terminal the dashboard can draw on.
public let minimumSize = Size(width: 40, height: 10)

/// Draws the whole dashboard into memory. Pure: the same state and size always give the same frame.
///
/// - Parameters:
///   - state: the state to show.
///   - size: the terminal's size.
/// - Returns: the frame.
public func render(_ state: AppState, size: Size) -> Frame {
    var screen = Screen(width: size.width, height: size.height)
    guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
        TooSmallView.draw(into: &screen)
        return Frame(screen: screen)
    }
    HeaderView.draw(state, into: &screen)
    let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
    if let detail = state.detail, let client = detail.document ?? state.client(detail.clientID) {
        ClientDetailView.draw(client, detail: detail, state: state, in: body, into: &screen)
    } else if let detail = state.detail, let problem = state.problem(of: detail.clientID) {
        UnreadableView.draw(problem, id: detail.clientID, in: body, into: &screen)
    } else {
        DashboardView.draw(state, in: body, into: &screen)
    }
    var cursor = StatusLineView.draw(state, row: size.height - 2, into: &screen)
    HintBarView.draw(state, row: size.height - 1, into: &screen)
    if state.showingHelp {
        HelpView.draw(scroll: state.helpScroll, in: body, into: &screen)
    } else if let form = state.form {
        cursor = FormView.draw(form, state: state, in: body, into: &screen)
    } else if state.choosingWhatToAdd {
        AddMenuView.draw(in: body, into: &screen)
    }
    if state.confirmingDiscard && !state.confirmingQuit {
        PromptView.draw(title: "Cancel", question: "Discard changes?", in: body, into: &screen)
        cursor = nil
    }
    if let confirmation = state.confirmation {
        PromptView.draw(title: "Confirm", question: confirmation.question, in: body, into: &screen)
        cursor = nil
    }
    if state.confirmingQuit {
        PromptView.draw(title: "Quit", question: "Discard what you typed and quit?", in: body, into: &screen)
        cursor = nil
    }
    return Frame(screen: screen, cursor: cursor)
}

/// A rectangle of cells.
struct Rect: Equatable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
}
