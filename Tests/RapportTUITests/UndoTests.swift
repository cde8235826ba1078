import RapportCore
import Testing

@testable import RapportTUI

/// `u` and Ctrl-R move through the session's changes, each through the store's one write path, and destructive
/// changes ask first.
@Suite struct UndoTests {
    let state = Fixture.state

    func run(_ actions: [Action], from start: AppState? = nil) -> AppState {
        actions.reduce(start ?? state) { update($0, $1).0 }
    }

    var acme: Client { Fixture.portfolio.clients[0] }

    /// Acme Dental's agreement ended today, as the store wrote it.
    var ended: Revision {
        var after = acme
        after.terms[0].until = Fixture.today
        after.terms[0].ending = Ending()
        after.status = .former
        return Revision(
            .client(id: "acme-dental", before: acme, after: after),
            summary: "Acme Dental: ended the agreement on Tue 1 Dec")
    }

    func saved(_ revision: Revision, _ step: HistoryStep = .change, summary: String? = nil) -> Action {
        .changeSaved(
            Fixture.portfolio, summary: summary ?? revision.summary, client: "acme-dental", revision: revision,
            step: step)
    }

    @Test func aSavedChangeIsUndoneThenRedoneThroughTheStore() {
        let done = run([saved(ended)])
        #expect(done.history.undo == [ended] && done.history.redo == [])

        let (undoing, undo) = update(done, .undoRequested)
        #expect(undo == [.revert(ended, step: .undo)])
        #expect(undoing.history.moving == .undo && undoing.savesOut == 1)
        #expect(undoing.status == Status("undoing…"))

        // The store's answer: what the undo turned the file from and into, under the change's own words.
        var back = ended
        if case .client(let id, let before, let after) = ended.document {
            back.document = .client(id: id, before: after, after: before!)
        }
        let undone = run(
            [saved(back, .undo, summary: ended.summary + "; kept sam's later edit of the phone of Dana")], from: undoing
        )
        #expect(undone.history.undo == [] && undone.history.redo == [back] && undone.history.moving == nil)
        #expect(undone.savesOut == 0)
        #expect(
            undone.status
                == Status(
                    "Undid: Acme Dental: ended the agreement on Tue 1 Dec; kept sam's later edit of the phone of Dana"))

        let (redoing, redo) = update(undone, .redoRequested)
        #expect(redo == [.revert(back, step: .redo)])
        let redone = run([saved(ended, .redo)], from: redoing)
        #expect(redone.history.undo == [ended] && redone.history.redo == [])
        #expect(redone.status == Status("Redid: Acme Dental: ended the agreement on Tue 1 Dec"))
    }

    @Test func aNewChangeAfterAnUndoLeavesNothingToRedo() {
        let undone = run([saved(ended), .undoRequested, saved(ended, .undo)])
        #expect(undone.history.redo.count == 1)
        let changed = run([saved(ended)], from: undone)
        #expect(changed.history.redo == [] && changed.history.undo == [ended])
        #expect(update(changed, .redoRequested).1 == [])
        #expect(update(changed, .redoRequested).0.status == Status("Nothing to redo"))
    }

    @Test func undoWaitsForAWriteThatIsOut() {
        let saving = run([saved(ended), .formRequested(.logContact), .formSubmitted])
        #expect(saving.savesOut == 1)
        let (waiting, effects) = update(saving, .undoRequested)
        #expect(effects == [])
        #expect(waiting.status == Status("saving… undo once it is written"))
        #expect(update(run([.undoRequested]), .undoRequested).0.status == Status("Nothing to undo in this session"))
    }

    @Test func aFailedUndoKeepsTheChangeToTryAgain() {
        let failed = run([saved(ended), .undoRequested, .changeFailed("the store is locked", field: nil)])
        #expect(failed.history.undo == [ended] && failed.history.moving == nil && failed.savesOut == 0)
        #expect(failed.status == Status("Not undone: the store is locked", isError: true))
        #expect(update(failed, .undoRequested).1 == [.revert(ended, step: .undo)])
    }

    @Test func anUndoLeavesAFormOpenedWhileItWasWritten() {
        let opened = run([saved(ended), .undoRequested, .formRequested(.logContact)])
        let undone = run([saved(ended, .undo)], from: opened)
        #expect(undone.form?.kind == .logContact)
    }

    @Test func addingAClientIsNotUndone() {
        let added = Revision(
            .client(id: "zeta", before: nil, after: Client(id: "zeta", name: "Zeta")), summary: "Zeta: added")
        let (state, effects) = update(run([saved(ended), saved(added)]), .undoRequested)
        #expect(effects == [])
        #expect(
            state.status
                == Status(
                    "Can't undo Zeta: added: undo never deletes a client; set its status to former instead",
                    isError: true))
        #expect(state.history.undo == [ended])
    }

    @Test func settingsChangesAreUndoneToo() {
        var after = Fixture.settings
        after.technicians.append(Technician(id: "al", name: "Ada Lee"))
        let added = Revision(.settings(before: Fixture.settings, after: after), summary: "added Ada Lee to the team")
        let done = run([.changeSaved(Fixture.portfolio, summary: added.summary, client: "", revision: added)])
        #expect(update(done, .undoRequested).1 == [.revert(added, step: .undo)])
    }

    // MARK: Confirmations

    @Test func endingAnAgreementAsksFirstAndNoGoesBackToTheForm() {
        let asked = run([.formRequested(.endAgreement), .formSubmitted])
        let question = "End Acme Dental's agreement on Tue 1 Dec?"
        let effect = Effect.save(.endAgreement(on: Fixture.today, reason: nil), client: "acme-dental")
        #expect(asked.confirmation == Confirmation(question, effect: effect))
        #expect(asked.form?.saving == false && asked.savesOut == 0)
        #expect(render(asked, size: Size(width: 80, height: 24)).screen.text.contains("\(question) y / n"))

        let declined = run([.confirmationAnswered(false)], from: asked)
        #expect(declined.confirmation == nil && declined.form?.kind == .endAgreement)
        #expect(declined.status == Status("Nothing changed"))

        let (confirmed, effects) = update(asked, .confirmationAnswered(true))
        #expect(effects == [effect])
        #expect(confirmed.confirmation == nil && confirmed.form?.saving == true && confirmed.savesOut == 1)
    }

    @Test func markingAProspectLostAsksFirst() {
        var state = update(OwnerViewTests.state, .paneFocused(.prospects)).0
        state = update(state, .formRequested(.updateProspect)).0
        let stage = state.form!.fields.firstIndex { $0.id == .stage }!
        state.form!.fields[stage].value = "lost"
        // A lost prospect needs its reason.
        let reason = state.form!.fields.firstIndex { $0.id == .reason }!
        state.form!.fields[reason].value = "Went with a cheaper shop"
        let asked = run([.formSubmitted], from: state)
        #expect(asked.confirmation?.question == "Mark Delta Freight lost?")
    }

    @Test func deletingALineOfTheDetailAsksFirst() {
        // Acme Dental's detail: Dana Ruiz, then the call of 20 Nov and the visit of 17 Nov.
        let onCall = run([.clientOpened, .detailCursorMoved(by: 2), .detailDeleteRequested])
        #expect(
            onCall.confirmation
                == Confirmation(
                    "Delete the call of Fri 20 Nov from Acme Dental?",
                    effect: .save(.deleteRecord(id: "t1"), client: "acme-dental")))
        #expect(
            update(onCall, .confirmationAnswered(true)).1 == [.save(.deleteRecord(id: "t1"), client: "acme-dental")])

        let onPerson = run([.clientOpened, .detailCursorMoved(by: 1), .detailDeleteRequested])
        #expect(onPerson.confirmation?.question == "Remove Dana Ruiz from Acme Dental?")
        #expect(onPerson.confirmation?.effect == .save(.removePerson(id: "p1"), client: "acme-dental"))

        let nothing = run([.clientOpened, .detailDeleteRequested])
        #expect(nothing.confirmation == nil)
        #expect(nothing.status == Status("Select a line of the client's people or timeline first (j/k)", isError: true))
    }

    @Test func editingALineOpensItsFormPrefilledAndSavesOnlyWhatChanged() {
        var state = run([.clientOpened, .detailCursorMoved(by: 2), .detailEditRequested])
        let form = state.form!
        #expect(form.kind == .editContact && form.recordID == "t1" && form.clientID == "acme-dental")
        #expect(form.fields.map(\.value) == ["call", "2026-11-20", "js", "Asked about laptops", ""])
        state.form!.fields[3].value = "Asked about four laptops"
        #expect(
            update(state, .formSubmitted).1 == [
                .save(
                    .editTouchpoint(id: "t1", TouchpointEdit(note: "Asked about four laptops")), client: "acme-dental")
            ])
        #expect(run([.clientOpened, .detailEditRequested]).form?.kind == .editClient)
    }

    @Test func aDeletedLineTakesTheCursorToTheLineThatIsLeft() {
        var shorter = acme
        shorter.touchpoints = []
        let moved = run([.clientOpened, .detailCursorJumped(toEnd: true), .documentLoaded(id: "acme-dental", shorter)])
        #expect(moved.detail?.cursor == 1)
    }
}
