import RapportCore

/// Makes the next state from the current one and an action. Pure: any I/O it needs comes back as an `Effect`.
///
/// - Parameters:
///   - state: the state before.
///   - action: what happened.
/// - Returns: the state after, and the effects for the runtime to carry out.
public func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var next = state
    var effects: [Effect] = []
    switch action {
    case .paneFocused(let pane):
        next.focus = pane
        next.filtering = false
    case .paneCycled(let forward):
        next.focus = state.focus.cycled(forward: forward)
        next.filtering = false
    case .selectionMoved(let delta):
        next.select(state.selected(state.focus) + delta)
    case .selectionJumped(let toEnd):
        next.select(toEnd ? Int.max : 0)
    case .clientOpened:
        if let id = state.selectedClientID {
            next.detail = Detail(clientID: id)
            effects.append(.loadDocument(id))
        }
    case .detailCursorMoved(let delta):
        if let detail = state.detail {
            let count = state.detailItems.count
            let moved = (detail.cursor ?? -1) + delta
            next.detail?.cursor = count == 0 || moved < 0 ? nil : min(moved, count - 1)
        }
    case .detailCursorJumped(let toEnd):
        let count = state.detailItems.count
        next.detail?.cursor = toEnd && count > 0 ? count - 1 : nil
    case .detailEditRequested:
        if let item = state.selectedDetailItem, let kind = FormKind.editing(item.kind) {
            next.openForm(kind)
        } else {
            next.openForm(.editClient)
        }
    case .detailDeleteRequested:
        next.askToDelete()
    case .undoRequested:
        if let effect = next.move(through: .undo) { effects.append(effect) }
    case .redoRequested:
        if let effect = next.move(through: .redo) { effects.append(effect) }
    case .confirmationAnswered(let yes):
        if let confirmation = state.confirmation {
            next.confirmation = nil
            if yes {
                effects.append(confirmation.effect)
                next.form?.saving = true
                next.status = Status("saving…")
            } else {
                next.status = Status("Nothing changed")
            }
        }
    case .backRequested:
        next.goBack()
    case .helpToggled:
        next.showingHelp.toggle()
        next.helpScroll = 0
    case .helpScrolled(let by):
        next.helpScroll = max(0, min(state.helpScroll + by, HelpView.lines.count - 1))
    case .redrawRequested:
        effects.append(.redraw)
    case .technicianFilterCycled:
        let team = state.portfolio.settings.technicians.map(\.id)
        let index = state.technicianFilter.flatMap { team.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        next.technicianFilter = index < team.count ? team[index] : nil
        // A technician's own views stay in front; elsewhere the visits pane shows the choice.
        if !state.focus.isTechnicians || state.detail != nil { next.focus = .visits }
        next.selection[next.focus] = 0
        next.status = Status(
            next.technicianFilter.map { "Showing \($0)'s visits; T for the next" } ?? "Showing everyone's visits")
    case .weekOpened:
        if state.focus == .team, let technician = state.selectedRow?.technicianID {
            next.technicianFilter = technician
        }
        next.focus = .week
        next.filtering = false
    case .filterStarted:
        next.filtering = true
    case .filterTyped(let character):
        next.filters[state.focus, default: ""].append(character)
        next.selection[state.focus] = 0
    case .filterErased:
        if next.filters[state.focus]?.isEmpty == false { next.filters[state.focus]!.removeLast() }
        next.selection[state.focus] = 0
    case .filterAccepted:
        next.filtering = false
    case .addMenuOpened:
        if let reason = state.readOnlyReason {
            next.status = Status("Read-only: \(reason)", isError: true)
        } else {
            next.choosingWhatToAdd = true
        }
    case .textPasted(let text):
        next.paste(text)
    case .formRequested(let kind):
        next.choosingWhatToAdd = false
        next.openForm(kind)
    case .formTyped, .formEdited, .formFieldMoved, .formChoiceCycled, .formSuggestionAccepted:
        next.form = state.form.map { $0.edited(by: action) }
    case .editorRequested:
        if let form = state.form, form.fields[form.focus].isLongText {
            effects.append(.openEditor(form.fields[form.focus].value))
        } else {
            next.status = Status("Ctrl-O opens the editor in a note field", isError: true)
        }
    case .editorReturned(let text):
        if let focus = state.form?.focus {
            // A final newline is the editor's habit, not part of the note.
            var value = text
            while value.last == "\n" { value.removeLast() }
            next.form?.fields[focus].value = value
            next.form?.fields[focus].charactersAfterCursor = 0
            next.form?.fields[focus].error = nil
        }
    case .discardConfirmed:
        next.confirmingDiscard = false
        if state.form?.saving != true {
            next.form = nil
            next.status = Status("Discarded the changes")
        }
    case .discardCancelled:
        next.confirmingDiscard = false
    case .formSubmitted:
        if let effect = next.submitForm() { effects.append(effect) }
    case .quitRequested, .interruptRequested:
        // The prompt's yes keeps the status of the request that opened it.
        next.exitStatus = action == .interruptRequested ? 130 : 0
        if state.form?.saving == true {
            next.quitWhenSaved()
        } else if state.form?.isDirty == true && !state.confirmingQuit {
            next.confirmingQuit = true
        } else {
            next.shouldQuit = true
        }
    case .quitConfirmed:
        if state.form?.saving == true {
            next.quitWhenSaved()
        } else {
            next.shouldQuit = true
        }
    case .quitCancelled:
        next.confirmingQuit = false
    case .storeReloaded(let portfolio, let unreadable, let changed):
        effects += next.reload(portfolio, unreadable: unreadable, changed: changed)
        let names = changed.map { id in next.client(id)?.name ?? id }
        next.status = Status("Reloaded: changed elsewhere: \(names.joined(separator: ", "))")
    case .syncRequested:
        effects += next.requestSync()
    case .syncFinished(let standing, let summary, let portfolio, let unreadable, let changed):
        next.syncing = false
        next.sync = standing
        effects += next.reload(portfolio, unreadable: unreadable, changed: changed)
        next.status = Status(summary)
    case .syncFailed(let message):
        next.syncing = false
        next.status = Status("Not synced: \(message)", isError: true)
    case .syncStandingRead(let standing):
        // Only a sync that reaches the shared copy ends "offline".
        next.sync = standing.map { read in
            var standing = read
            standing.offline = state.sync?.offline ?? false
            return standing
        }
    case .dayBegan(let now, let portfolio):
        next.now = now
        next.portfolio = portfolio
        next.status = Status("A new day: \(now.day.short)")
        next.clampSelections()
    case .clockMoved(let now):
        next.now = now
    case .changeSaved(let portfolio, let summary, let id, let revision, let step):
        next.portfolio = portfolio
        next.savesOut = max(0, state.savesOut - 1)
        // An undo or a delete leaves alone a form opened while it was being written.
        if step == .change && state.form?.saving != false { next.form = nil }
        if let revision { next.history.record(revision, as: step) }
        next.history.moving = nil
        next.status = Status("\(step.done): \(summary)")
        if state.quitsWhenSaved { next.shouldQuit = true }
        next.clampSelections()
        if let detail = next.detail, detail.clientID == id { effects.append(.loadDocument(id)) }
        if state.sync != nil { effects.append(.readSyncStanding) }
        // A new client is found where the eye is, wherever it sorted to.
        if next.detail == nil, let row = next.rows(next.focus).firstIndex(where: { $0.clientID == id }),
            next.selectedClientID != id
        {
            next.selection[next.focus] = row
        }
    case .changeFailed(let message, let field):
        next.savesOut = max(0, state.savesOut - 1)
        // A quit asked for during the save waits for the user: the form stays, with what they typed.
        next.quitsWhenSaved = false
        if let step = state.history.moving {
            // The undone change stays on its stack, to try again.
            next.history.moving = nil
            next.status = Status("Not \(step == .undo ? "undone" : "redone"): \(message)", isError: true)
        } else {
            next.form?.saving = false
            next.form?.show(FieldErrors(message, on: field))
            next.status = Status("Not saved: \(message)", isError: true)
        }
    case .documentLoaded(let id, let document):
        if next.detail?.clientID == id {
            next.detail?.document = document
            // What the cursor was on may have gone.
            let count = next.detailItems.count
            if let cursor = next.detail?.cursor, cursor >= count { next.detail?.cursor = count == 0 ? nil : count - 1 }
        }
    }
    next.savesOut += effects.filter(\.writes).count
    return (next, effects)
}

// MARK: - Steps of update

extension AppState {
    /// Moves the focused pane's selection, kept within its rows.
    mutating func select(_ row: Int) {
        let count = rows(focus).count
        selection[focus] = count == 0 ? 0 : min(max(row, 0), count - 1)
    }

    /// Keeps every selection within its pane after the data changed.
    mutating func clampSelections() {
        for pane in Pane.allCases {
            let count = rows(pane).count
            selection[pane] = min(selected(pane), max(count - 1, 0))
        }
        if let detail, client(detail.clientID) == nil, problem(of: detail.clientID) == nil { self.detail = nil }
    }

    /// Esc: close the innermost thing that is open.
    mutating func goBack() {
        if choosingWhatToAdd {
            choosingWhatToAdd = false
        } else if showingHelp {
            showingHelp = false
        } else if confirmingQuit {
            confirmingQuit = false
        } else if confirmingDiscard {
            confirmingDiscard = false
        } else if let form {
            // A form whose save is out stays until the store answers, so a refusal still finds it.
            guard !form.saving else { return }
            // What was typed is not thrown away on one key: a changed form asks first.
            if form.isDirty {
                confirmingDiscard = true
                return
            }
            self.form = nil
            status = Status("Cancelled")
        } else if filtering || filters[focus]?.isEmpty == false {
            filtering = false
            filters[focus] = nil
        } else if detail != nil {
            detail = nil
        } else if !focus.isInGrid {
            focus = gridFocus
        }
    }

    mutating func openForm(_ kind: FormKind) {
        if let readOnlyReason {
            status = Status("Read-only: \(readOnlyReason)", isError: true)
            return
        }
        let requestID = detail == nil ? selectedRow?.requestID : nil
        if kind.actsOnRequest && requestID == nil {
            status = Status("Select an open request first: R lists them", isError: true)
            return
        }
        let client = kind.needsClient ? document(of: selectedClientID) : nil
        if kind.needsClient && client == nil {
            status = Status("Select a client first", isError: true)
            return
        }
        if kind == .editTechnician && selectedRow?.technicianID == nil {
            status = Status("Select a technician first", isError: true)
            return
        }
        if kind == .updateProspect && client?.prospect == nil {
            status = Status("\(client!.name) is not in the prospects pipeline", isError: true)
            return
        }
        if kind == .adjustHours && client?.agreement(on: today)?.hoursBank == nil {
            status = Status("\(client!.name) has no block of hours", isError: true)
            return
        }
        let needsAgreement: Set<FormKind> = [.renew, .endAgreement, .proposalSent]
        if needsAgreement.contains(kind) && client?.agreement(on: today) == nil {
            status = Status("\(client!.name) has no agreement; press t to set one", isError: true)
            return
        }
        let recordID = kind.editsRecord ? selectedDetailItem?.id : kind.actsOnRequest ? requestID : nil
        if kind.editsRecord && recordID == nil {
            status = Status("Select a line of the client's people or timeline first (j/k)", isError: true)
            return
        }
        let visitDay = detail == nil && focus == .visits ? selectedRow?.visitDay : nil
        form = kind.open(for: client, visitDay: visitDay, recordID: recordID, state: self)
        status = nil
    }

    /// `D` in a client's detail: asks whether to delete the selected person or timeline entry, once Core agrees it
    /// can go.
    mutating func askToDelete() {
        if let readOnlyReason {
            status = Status("Read-only: \(readOnlyReason)", isError: true)
            return
        }
        guard let detail, let item = selectedDetailItem else {
            status = Status("Select a line of the client's people or timeline first (j/k)", isError: true)
            return
        }
        let change: Change = item.kind == .person ? .removePerson(id: item.id) : .deleteRecord(id: item.id)
        let client = document(of: detail.clientID)
        do throws(ChangeError) {
            _ = try change.apply(to: client, today: today)
        } catch {
            status = Status("Not deleted: \(error.message)", isError: true)
            return
        }
        confirmation = Confirmation(
            Confirmation.question(for: change, of: client) ?? "Delete it?",
            effect: .save(change, client: detail.clientID))
        status = nil
    }

    /// `u` or Ctrl-R: asks the runtime to take back the last change of the session, or make the last undone one
    /// again, once no other write is out.
    ///
    /// - Parameter step: `.undo` or `.redo`.
    /// - Returns: the write, or nil when there is nothing to do now.
    mutating func move(through step: HistoryStep) -> Effect? {
        if let readOnlyReason {
            status = Status("Read-only: \(readOnlyReason)", isError: true)
            return nil
        }
        // Undo and redo take the document as the last write left it, so they wait until every write is back.
        guard savesOut == 0 else {
            status = Status("saving… \(step == .undo ? "undo" : "redo") once it is written")
            return nil
        }
        guard let revision = step == .undo ? history.undo.last : history.redo.last else {
            status = Status(step == .undo ? "Nothing to undo in this session" : "Nothing to redo")
            return nil
        }
        if case .client(_, nil, _) = revision.document {
            history.undo.removeLast()
            status = Status(
                "Can't undo \(revision.summary): undo never deletes a client; set its status to former instead",
                isError: true)
            return nil
        }
        history.moving = step
        status = Status(step == .undo ? "undoing…" : "redoing…")
        return .revert(revision, step: step)
    }

    /// Checks the form; when it holds together, asks the runtime to save it.
    mutating func submitForm() -> Effect? {
        guard var form, !form.saving else { return nil }
        for index in form.fields.indices { form.fields[index].error = nil }
        form.error = nil
        switch form.submission(in: self) {
        case .failure(let errors):
            form.show(errors)
            self.form = form
            let marked = form.fields.filter { $0.error != nil }.count
            status = Status(marked > 1 ? "Fix the \(marked) marked fields" : "Fix the marked field", isError: true)
            return nil
        case .success(let effect):
            if case .save(let change, let id) = effect,
                let question = Confirmation.question(for: change, of: document(of: id))
            {
                self.form = form
                confirmation = Confirmation(question, effect: effect)
                status = nil
                return nil
            }
            form.saving = true
            self.form = form
            status = Status("saving…")
            return effect
        }
    }

    /// Pasted text goes into the focused form field at its cursor, or onto the filter being typed; anywhere else it
    /// is dropped with a word in the status line, so that a paste never runs as keys.
    mutating func paste(_ text: String) {
        if form != nil && !confirmingDiscard && !confirmingQuit && !showingHelp {
            form = form?.edited(by: .textPasted(text))
        } else if filtering {
            filters[focus, default: ""] += FormField.pasteable(text, keepingLines: false)
            selection[focus] = 0
        } else {
            status = Status("Pasted text goes into a form field or the / filter; nothing was run", isError: true)
        }
    }

    /// A quit while a save is out: the dashboard closes once the store has written it, and stays when it refuses.
    mutating func quitWhenSaved() {
        confirmingQuit = false
        quitsWhenSaved = true
        status = Status("saving… the dashboard closes once it is written")
    }
}

extension FormState {
    /// The form after a typing action; typed text always stays, whatever the errors. Typing into a value the form
    /// filled in edits it at the cursor, which starts at the value's end: nothing typed ever wipes a field.
    func edited(by action: Action) -> FormState {
        var form = self
        guard !form.fields.isEmpty else { return form }
        let count = form.fields.count
        switch action {
        case .formTyped(let character):
            form.fields[focus].startOverIfPicked()
            form.fields[focus].insert(String(character))
            form.fields[focus].error = nil
        case .textPasted(let text):
            form.fields[focus].startOverIfPicked()
            form.fields[focus].insert(form.fields[focus].pasteable(text))
            form.fields[focus].error = nil
        case .formEdited(let edit):
            form.fields[focus].apply(edit)
        case .formFieldMoved(let delta):
            form.focus = ((focus + delta) % count + count) % count
        case .formChoiceCycled(let delta):
            let choices = form.fields[focus].choices
            guard !choices.isEmpty else { break }
            let current = choices.firstIndex(of: form.fields[focus].value) ?? (delta > 0 ? -1 : 0)
            form.fields[focus].value = choices[((current + delta) % choices.count + choices.count) % choices.count]
            form.fields[focus].charactersAfterCursor = 0
            form.fields[focus].error = nil
        case .formSuggestionAccepted:
            if let suggestion = form.fields[focus].suggestion {
                form.fields[focus].value = suggestion
                form.fields[focus].charactersAfterCursor = 0
            }
        default:
            break
        }
        return form
    }
}

extension FormField {
    /// Typing over a choice picked with ←/→ starts a new value, as a preset's name is picked, not typed: an RRULE
    /// typed over "1st & 3rd Tuesday" replaces it.
    fileprivate mutating func startOverIfPicked() {
        guard !value.isEmpty, choices.contains(value) else { return }
        value = ""
        charactersAfterCursor = 0
    }
}
