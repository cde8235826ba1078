import ArgumentParser
import RapportTUI

// Every command, nested ones included, names itself in its configuration: a name left out is derived from the type
// through `String(describing:)`, whose conformance look-ups cost each run several milliseconds before it starts.
@main
struct Rapport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapport",
        abstract: "Visits, contact, renewals and revenue for an IT consultancy's service agreements.",
        discussion: """
            With no command, rapport opens the dashboard on the store.
            Dates accept YYYY-MM-DD, today, tomorrow, yesterday, a weekday name (fri), +3d, +2w, +1m or -5d.
            Global options (--store, --today) go after the command, or before it: rapport today --store ~/work/rapport
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, DemoCommand.self, ClientCommand.self, PersonCommand.self, AgreementCommand.self,
            VisitCommand.self, LogCommand.self, SurveyCommand.self, RenewCommand.self, TodayCommand.self,
            UpcomingCommand.self, OverdueCommand.self, RenewalsCommand.self, RevenueCommand.self, CheckCommand.self,
            RestoreCommand.self, MigrateCommand.self, ImportCommand.self, ExportCommand.self, ConfigCommand.self,
            ProposalCommand.self, SurveysCommand.self, HoursCommand.self, RateCardCommand.self, ProspectCommand.self,
            PipelineCommand.self, TeamCommand.self, WeekCommand.self, DashboardCommand.self, MergeDriverCommand.self,
            SyncCommand.self, ConflictsCommand.self, RequestCommand.self, SettingsCommand.self, SlaCommand.self,
            ProfitCommand.self, BillCommand.self, CapacityCommand.self,
        ],
        // `rapport` alone, or with only options such as `--technician js`, opens the dashboard. As a subcommand of
        // its own, its --technician leaves the other commands' --technician alone.
        defaultSubcommand: DashboardCommand.self)

    @OptionGroup var global: GlobalOptions
}
