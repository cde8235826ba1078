/// The regular work an agreement brings: visits a month, the hours of each, and the travel to the client.
public struct Workload: Sendable, Equatable, CustomStringConvertible {
    public var visitsPerMonth: Double
    public var hoursPerVisit: Double
    /// One way.
    public var travelMinutes: Int

    public init(visitsPerMonth: Double, hoursPerVisit: Double, travelMinutes: Int) {
        self.visitsPerMonth = visitsPerMonth
        self.hoursPerVisit = hoursPerVisit
        self.travelMinutes = travelMinutes
    }

    /// The sweet-spot client: 2 visits a month of 3 hours, 30 minutes away.
    public static let sweetSpot = Workload(visitsPerMonth: 2, hoursPerVisit: 3, travelMinutes: 30)

    /// The hours a week it takes, travel both ways included, a month being 52/12 weeks.
    public var hoursPerWeek: Double {
        visitsPerMonth * (hoursPerVisit + Double(2 * travelMinutes) / 60) * 12 / 52
    }

    /// The workload as `--add` takes it, e.g. `2/month 3h 30min`.
    public var description: String {
        "\(formatHours(visitsPerMonth))/month \(formatHours(hoursPerVisit))h \(travelMinutes)min"
    }
}

extension Input {
    /// A workload, `VISITS/month HOURSh MINUTESmin`, e.g. `2/month 3h 40min`.
    ///
    /// - Parameter text: what was typed.
    /// - Returns: the workload.
    /// - Throws: `ChangeError` saying what was wrong.
    public static func workload(_ text: String) throws(ChangeError) -> Workload {
        let parts = text.split(separator: " ").map(String.init)
        guard parts.count == 3, parts[0].hasSuffix("/month"), parts[1].hasSuffix("h"), parts[2].hasSuffix("min"),
            let visits = Double(parts[0].dropLast(6)), visits > 0, visits <= 31,
            let hours = Double(parts[1].dropLast()), hours > 0, hours <= 24,
            let minutes = Int(parts[2].dropLast(3)), (0...1440).contains(minutes)
        else {
            throw ChangeError(
                "\"\(text)\" is not a workload; use VISITS/month HOURSh MINUTESmin, e.g. 2/month 3h 40min")
        }
        return Workload(visitsPerMonth: visits, hoursPerVisit: hours, travelMinutes: minutes)
    }
}
