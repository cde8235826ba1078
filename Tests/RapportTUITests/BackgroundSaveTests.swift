import Foundation
import RapportCore
import Testing

@testable import RapportStore
@testable import RapportTUI

/// Saves run off the input loop: while another process holds the store lock the keys still work, and the store's
/// answer comes back to the form.
@Suite struct BackgroundSaveTests {
    @Test func saveWaitsForTheLockWhileKeysStillWork() throws {
        let scratch = try ScratchStore()
        // Long enough that the lock, not the timeout, decides; short enough that a broken loop fails, not hangs.
        scratch.store.lockTimeout = 60
        let holder = try StoreLock(path: "\(scratch.path)/.lock", timeout: 1)
        var writtenWhileLocked: [String]?
        let terminal = ScriptedTerminal([
            .press(.character("l")), .press(.enter), .press(.tab),
            .run { writtenWhileLocked = try? scratch.touchpoints() },
            .run { holder.release() }, .waitFor("Saved: "), .press(.character("q")),
        ])
        DashboardApp(store: scratch.store, now: ScratchStore.now, terminal: terminal).run()

        #expect(terminal.unmet == [])
        let submitted = terminal.framesAfterKeys[1]
        #expect(ScriptedTerminal.statusLine(submitted) == "saving…")
        #expect(submitted.contains("Log contact"))
        #expect(!submitted.contains("←→ choose"))
        // Tab still moves to the next field, a choice, while the save waits.
        let moved = terminal.framesAfterKeys[2]
        #expect(ScriptedTerminal.statusLine(moved) == "saving…")
        #expect(moved.contains("←→ choose"))
        #expect(writtenWhileLocked == [])
        #expect(ScriptedTerminal.statusLine(terminal.frames.last!) == "Saved: Acme Dental: logged a call on Tue 1 Dec")
        #expect(!terminal.frames.last!.contains("Log contact"))
        #expect(try scratch.touchpoints() == ["2026-12-01 call: "])
    }

    @Test func failedSaveKeepsTheFormWithTheErrorAndTheTypedValues() throws {
        let scratch = try ScratchStore()
        scratch.store.faults = FaultInjection(writeError: ENOSPC)
        let note = "Asked about laptops"
        let terminal = ScriptedTerminal(
            [.press(.character("l"))] + Array(repeating: .press(.tab), count: 4) + note.map { .press(.character($0)) }
                + [.press(.enter), .waitFor("Not saved"), .press(.control("c")), .press(.character("y"))])
        DashboardApp(store: scratch.store, now: ScratchStore.now, terminal: terminal).run()

        #expect(terminal.unmet == [])
        let failed = try #require(terminal.frames.first { $0.contains("Not saved") })
        // The store's path makes the message longer than the frame: its start shows on both lines, the status line
        // ending with the mark of cut text.
        let status = ScriptedTerminal.statusLine(failed)
        #expect(status.hasPrefix("Not saved: could not write \(scratch.path)/clients/"))
        #expect(status.hasSuffix("…"))
        #expect(failed.contains("║ ✗ could not write \(scratch.path.prefix(30))"))
        #expect(failed.contains("║            Note \(note)  "))
        #expect(failed.contains(note))
        #expect(try scratch.touchpoints() == [])
    }

    @Test func quitWhileSavingWaitsForTheSaveAndSaysSo() throws {
        let scratch = try ScratchStore()
        scratch.store.lockTimeout = 60
        let holder = try StoreLock(path: "\(scratch.path)/.lock", timeout: 1)
        // No quit key after the lock goes: the dashboard must close by itself once the save is written.
        let terminal = ScriptedTerminal([
            .press(.character("l")), .press(.enter), .press(.control("c")), .run { holder.release() },
        ])
        DashboardApp(store: scratch.store, now: ScratchStore.now, terminal: terminal).run()

        #expect(terminal.unmet == [])
        #expect(
            ScriptedTerminal.statusLine(terminal.framesAfterKeys[2])
                == "saving… the dashboard closes once it is written")
        #expect(try scratch.touchpoints() == ["2026-12-01 call: "])
    }
}

/// What the state does while a save is out, before the store answers.
@Suite struct PendingSaveTests {
    let saving = update(update(Fixture.state, .formRequested(.logContact)).0, .formSubmitted).0

    @Test func formIsSubmittedOnlyOnce() {
        #expect(saving.form?.saving == true)
        #expect(saving.status == Status("saving…"))
        let (again, effects) = update(saving, .formSubmitted)
        #expect(effects == [])
        #expect(again == saving)
    }

    @Test func escKeepsTheFormUntilTheStoreAnswers() {
        #expect(update(saving, .backRequested).0 == saving)
    }

    @Test func quitWaitsForTheSaveWithoutAsking() {
        let quitting = update(saving, .quitRequested).0
        #expect(!quitting.shouldQuit && !quitting.confirmingQuit && quitting.quitsWhenSaved)
        #expect(quitting.status == Status("saving… the dashboard closes once it is written"))
        #expect(
            update(quitting, .changeSaved(Fixture.portfolio, summary: "logged", client: "acme-dental")).0.shouldQuit)
    }

    @Test func refusedSaveCancelsTheQuitAndKeepsTheForm() {
        let quitting = update(saving, .quitRequested).0
        let refused = update(quitting, .changeFailed("a contact cannot be logged in the future", field: .on)).0
        #expect(!refused.shouldQuit && !refused.quitsWhenSaved)
        #expect(refused.form?.saving == false)
        #expect(refused.form?.fields[2].error == "a contact cannot be logged in the future")
        #expect(refused.status == Status("Not saved: a contact cannot be logged in the future", isError: true))
    }
}
