import RapportCore

/// What a filled form asks the store to write: a change to a client, or to the settings.
enum FormChange: Sendable, Equatable {
    case client(Change)
    case settings(SettingsChange)
}
