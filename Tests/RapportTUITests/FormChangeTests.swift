import RapportCore
import Testing

@testable import RapportTUI

/// One form filled in: where it opens, what is typed into which field, and the save it must ask for.
struct FilledForm: Sendable, CustomTestStringConvertible {
    var kind: FormKind
    var pane: Pane = .clients
    var row = 0
    /// The line of the client's detail the form edits, for the forms that edit a person or a timeline entry.
    var line: Int?
    /// The state it opens on, when not the owner's fixture.
    var start: AppState?
    var typed: [FieldID: String] = [:]
    var expected: Effect

    var testDescription: String { "\(kind)" }

    /// The form opened on the owner's fixture and filled in.
    var form: (FormState, AppState) {
        var state = start ?? OwnerViewTests.state
        state = update(state, .paneFocused(pane)).0
        state = update(state, .selectionMoved(by: row)).0
        if let line { state = update(update(state, .clientOpened).0, .detailCursorMoved(by: line + 1)).0 }
        state = update(state, .formRequested(kind)).0
        var form = state.form!
        for (id, value) in typed { form.fields[form.fields.firstIndex { $0.id == id }!].value = value }
        return (form, state)
    }
}

/// Each form reads its typed fields into exactly the change it stands for, and reports every bad field at once.
@Suite struct FormChangeTests {
    static let today = Fixture.today

    static let filled: [FilledForm] = [
        FilledForm(
            kind: .addClient,
            typed: [
                .name: "Zeta Co", .workstations: "5", .servers: "2", .address: "1 Elm St", .travelMinutes: "15",
                .source: "referral", .notes: "Via Dana",
            ],
            expected: .save(
                .addClient(
                    Client(
                        id: "zeta-co", name: "Zeta Co", source: .referral,
                        size: CompanySize(workstations: 5, servers: 2), address: "1 Elm St", travelMinutes: 15,
                        notes: "Via Dana")), client: "zeta-co")),
        FilledForm(
            kind: .editClient, typed: [.servers: "2", .notes: "Key under the mat"],
            expected: .save(
                .editClient(ClientEdit(size: CompanySize(workstations: 18, servers: 2), notes: "Key under the mat")),
                client: "acme-dental")),
        FilledForm(
            kind: .addPerson,
            typed: [.name: "Lee Park", .role: "IT lead", .email: "lee@acme.example", .primary: "yes"],
            expected: .save(
                .addPerson(Person(name: "Lee Park", role: "IT lead", email: "lee@acme.example", primary: true)),
                client: "acme-dental")),
        FilledForm(
            kind: .setAgreement, typed: [.fee: "950", .contactEvery: "10"],
            expected: .save(
                .setAgreement(AgreementEdit(monthlyFee: Money(950), contactEveryDays: 10), from: today),
                client: "acme-dental")),
        FilledForm(
            kind: .scheduleVisit, typed: [.on: "2026-12-08", .note: "Swap router"],
            expected: .save(
                .addVisit(on: Day("2026-12-08")!, at: TimeOfDay("09:00"), technician: "js", note: "Swap router"),
                client: "acme-dental")),
        FilledForm(
            kind: .moveVisit, pane: .visits, typed: [.to: "2026-12-03", .at: "10:30"],
            expected: .save(
                .moveVisit(from: today, to: Day("2026-12-03")!, at: TimeOfDay("10:30")), client: "acme-dental")),
        FilledForm(
            kind: .cancelVisit, pane: .visits, typed: [.note: "Office closed"],
            expected: .save(.cancelVisit(on: today, note: "Office closed"), client: "acme-dental")),
        FilledForm(
            kind: .completeVisit, typed: [.hours: "2"],
            expected: .save(.completeVisit(on: today, hours: 2, note: nil, technician: nil), client: "acme-dental")),
        FilledForm(
            kind: .logContact, typed: [.via: "email", .by: "mk", .note: "Sent quote", .followUp: "2026-12-08"],
            expected: .save(
                .logTouchpoint(on: today, via: .email, by: "mk", note: "Sent quote", followUp: Day("2026-12-08")),
                client: "acme-dental")),
        FilledForm(kind: .surveySent, expected: .save(.markSurveySent(on: today), client: "acme-dental")),
        FilledForm(
            kind: .surveyAnswered, typed: [.score: "9", .comment: "Quick"],
            expected: .save(.markSurveyAnswered(on: today, score: 9, comment: "Quick"), client: "acme-dental")),
        FilledForm(
            kind: .renew, typed: [.fee: "990", .term: "24"],
            expected: .save(.renew(fee: Money(990), termMonths: 24), client: "acme-dental")),
        FilledForm(
            kind: .endAgreement, typed: [.on: "2026-12-31", .reason: "In-house IT"],
            expected: .save(.endAgreement(on: Day("2026-12-31")!, reason: "In-house IT"), client: "acme-dental")),
        FilledForm(kind: .proposalSent, expected: .save(.markProposalSent(on: today), client: "acme-dental")),
        FilledForm(
            kind: .adjustHours, row: 2, typed: [.hours: "-2", .note: "Correction"],
            expected: .save(.adjustHours(on: today, hours: -2, note: "Correction"), client: "cedar-vet")),
        FilledForm(
            kind: .addProspect,
            typed: [
                .name: "Elm Bakery", .trigger: "referral", .fee: "300", .nextStep: "Call back", .nextStepOn: "fri",
            ],
            expected: .save(.addClient(elmBakery), client: "elm-bakery")),
        FilledForm(
            kind: .updateProspect, pane: .prospects, typed: [.stage: "proposal-sent", .nextStep: ""],
            expected: .save(.updateProspect(ProspectEdit(stage: .proposalSent, nextStep: "")), client: "delta-freight")),
        FilledForm(
            kind: .addTechnician, pane: .team, typed: [.id: "al", .name: "Ada Lee", .certifications: "CCNA, MD-102"],
            expected: .saveSettings(
                .addTechnician(Technician(id: "al", name: "Ada Lee", certifications: ["CCNA", "MD-102"])))),
        FilledForm(
            kind: .editTechnician, pane: .team, row: 1, typed: [.skills: "Networking"],
            expected: .saveSettings(.updateTechnician(id: "mk", name: nil, skills: ["Networking"], certifications: nil))
        ),
        FilledForm(
            kind: .editRateCard, typed: [.onsite: "150", .discount: "20"],
            expected: .saveSettings(.setRateCard(rateCard(onsite: 150, discount: 20)))),
        // Bolt Law's detail lists its person, then the visit of 3 Nov, the email of 1 Nov and two surveys.
        FilledForm(
            kind: .editPerson, row: 1, line: 0, typed: [.phone: "+1 555 0199"],
            expected: .save(.editPerson(id: "p1", PersonEdit(phone: "+1 555 0199")), client: "bolt-law")),
        FilledForm(
            kind: .editVisit, row: 1, line: 1, typed: [.hours: "2", .note: "Swapped the switch"],
            expected: .save(.editVisit(id: "v1", VisitEdit(hours: 2, note: "Swapped the switch")), client: "bolt-law")),
        FilledForm(
            kind: .editContact, row: 1, line: 2, typed: [.note: "Sent the quote", .followUp: "2026-12-04"],
            expected: .save(
                .editTouchpoint(id: "t1", TouchpointEdit(note: "Sent the quote", followUp: .some(Day("2026-12-04")))),
                client: "bolt-law")),
        FilledForm(
            kind: .editSurvey, row: 1, line: 3, typed: [.score: "7", .comment: "Faster please"],
            expected: .save(.editSurvey(id: "s2", SurveyEdit(score: 7, comment: "Faster please")), client: "bolt-law")),
        // Cedar Vet's detail: its person, the call of 25 Nov, then the top-up of 10 Nov.
        FilledForm(
            kind: .editHours, row: 2, line: 2, start: withTopUp, typed: [.hours: "6", .on: "2026-11-12"],
            expected: .save(
                .editHoursAdjustment(id: "a1", HoursAdjustmentEdit(on: Day("2026-11-12"), hours: 6)),
                client: "cedar-vet")),
        // The requests view lists Acme's missed call, its VPN request, then Bolt's answered call.
        FilledForm(
            kind: .logRequest, pane: .requests, start: RequestViewTests.state,
            typed: [.via: "remote", .at: "2026-12-01 09:45", .summary: "Scanner jam"],
            expected: .save(
                .openRequest(at: DayTime("2026-12-01 09:45")!, via: .remote, summary: "Scanner jam"),
                client: "acme-dental")),
        FilledForm(
            kind: .respondToRequest, pane: .requests, row: 1, start: RequestViewTests.state,
            typed: [.at: "2026-12-01 09:50"],
            expected: .save(.respondToRequest(id: "r-soon", at: DayTime("2026-12-01 09:50")!), client: "acme-dental")),
        FilledForm(
            kind: .closeRequest, pane: .requests, row: 2, start: RequestViewTests.state,
            typed: [.hours: "1.5", .billable: "yes", .note: "Fixed the MX record"],
            expected: .save(
                .closeRequest(
                    id: "r-answered",
                    RequestClosing(
                        at: DayTime("2026-12-01 10:00")!, hours: 1.5, billable: true, note: "Fixed the MX record")),
                client: "bolt-law")),
    ]

    /// The owner's fixture with a top-up of Cedar Vet's block of hours.
    static var withTopUp: AppState {
        var state = OwnerViewTests.state
        state.portfolio.clients[2].terms[0].hoursBank?.adjustments = [
            HoursAdjustment(id: "a1", on: Day("2026-11-10")!, hours: 5, note: "Second block")
        ]
        return state
    }

    static var elmBakery: Client {
        var client = Client(id: "elm-bakery", name: "Elm Bakery", status: .prospect, source: .referral)
        client.pipeline = Prospect(
            trigger: .referral, stage: .lead, estimatedMonthlyFee: Money(300), nextStep: "Call back",
            nextStepOn: Day("2026-12-04"))
        return client
    }

    static func rateCard(onsite: Int, discount: Int) -> RateCard {
        var card = Fixture.settings.rateCard
        card.onsiteHourly = Money(onsite)
        card.agreementDiscountPercent = discount
        return card
    }

    @Test func everyFormIsCovered() {
        #expect(Set(FormChangeTests.filled.map(\.kind)).count == FormKind.allCases.count)
    }

    @Test(arguments: FormChangeTests.filled)
    func formAsksForExactlyItsChange(_ filled: FilledForm) {
        let (form, state) = filled.form
        #expect(form.submission(in: state) == .success(filled.expected))
    }

    /// The edit carries only what changed; the WAN flag, which the form does not show, stays in the new size.
    @Test func editClientKeepsWhatTheFormDoesNotShow() {
        var state = Fixture.state
        state.portfolio.clients[0].size.wan = true
        var form = update(state, .formRequested(.editClient)).0.form!
        form.fields[2].value = "20"
        #expect(
            form.submission(in: state)
                == .success(
                    .save(
                        .editClient(ClientEdit(size: CompanySize(workstations: 20, servers: 1, wan: true))),
                        client: "acme-dental")))
    }

    @Test func editWithNothingChangedAsksForAChange() {
        let state = update(Fixture.state, .formRequested(.editClient)).0
        #expect(
            state.form!.submission(in: state) == .failure(FieldErrors(form: "change a field to save, or press Esc")))
    }

    @Test func agreementFormReportsEveryBadFieldAtOnce() throws {
        var state = update(Fixture.state, .formRequested(.setAgreement)).0
        let typed: [FieldID: String] = [
            .fee: "lots", .from: "someday", .term: "x", .time: "25:99", .technician: "zz", .contactEvery: "-1",
        ]
        for (id, value) in typed { state.form!.fields[state.form!.fields.firstIndex { $0.id == id }!].value = value }
        let errors: [FieldID: String] = [
            .fee: "\"lots\" is not an amount; use for example 900 or 1,250.00",
            .from:
                "\"someday\" is not a date; use for example 2026-12-01, today, tomorrow, fri, +3d, +2w, +1m or -5d",
            .term: "\"x\" is not a whole number; use for example 12",
            .time: "\"25:99\" is not a time; use HH:MM on a 24-hour clock, e.g. 09:00 or 14:30",
            .technician: "no technician \"zz\"; known: js, mk",
            .contactEvery: "\"-1\" must be 0 or more; use for example 12",
        ]
        #expect(state.form!.submission(in: state) == .failure(FieldErrors(errors)))
        let (after, effects) = update(state, .formSubmitted)
        let form = try #require(after.form)
        #expect(effects == [])
        let shown = form.fields.compactMap { field in field.error.map { (field.id, $0) } }
        #expect(Dictionary(uniqueKeysWithValues: shown) == errors)
        #expect(form.focus == 1)
    }

    @Test func newTechnicianReportsBothMissingFields() {
        let state = update(update(Fixture.state, .paneFocused(.team)).0, .formRequested(.addTechnician)).0
        #expect(
            state.form!.submission(in: state)
                == .failure(FieldErrors([.id: "give a short id, e.g. js", .name: "give the technician's name"])))
    }

    @Test func refusalFromTheStoreLandsOnItsField() {
        let state = update(Fixture.state, .formRequested(.logContact)).0
        let refused = update(state, .changeFailed("a contact cannot be logged in the future", field: .on)).0
        #expect(refused.form?.fields[2].error == "a contact cannot be logged in the future")
        #expect(refused.form?.focus == 2)
        #expect(refused.form?.error == nil)
        let elsewhere = update(state, .changeFailed("no agreement", field: .fee)).0
        #expect(elsewhere.form?.error == "no agreement")
    }
}
