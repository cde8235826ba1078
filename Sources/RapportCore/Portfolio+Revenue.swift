// MARK: - The revenue picture

extension Portfolio {
    /// Monthly recurring revenue on a past or present day, counting each client's term in force that day.
    ///
    /// - Parameter day: the day.
    /// - Returns: the sum of the fees of the terms running that day.
    public func mrr(on day: Day) -> Money {
        clients.reduce(.zero) { $0 + ($1.term(on: day)?.monthlyFee ?? .zero) }
    }

    /// MRR at the end of each of the last months, the current month counted up to today.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - months: how many months, the current one included.
    /// - Returns: the first day of each month with its MRR, oldest first.
    public func mrrHistory(today: Day, months: Int = 12) -> [MonthFigure] {
        (0..<months).reversed().map { back in
            let month = today.startOfMonth.adding(months: -back)
            let end = back == 0 ? today : month.adding(days: month.daysInMonth - 1)
            return MonthFigure(month: month, amount: mrr(on: end), count: 0)
        }
    }

    /// Active agreements by revenue tier.
    ///
    /// - Parameter today: the current day.
    /// - Returns: every tier of the settings with its agreements and MRR, lowest tier first.
    public func mrrByTier(today: Day) -> [TierFigure] {
        let tiers = settings.tiers
        var figures = tiers.map { TierFigure(tier: $0, agreements: 0, mrr: .zero) }
        for client in activeClients(today: today) {
            let fee = client.agreement(on: today)!.monthlyFee
            let index = tiers.lastIndex { $0.from <= fee } ?? 0
            figures[index].agreements += 1
            figures[index].mrr = figures[index].mrr + fee
        }
        return figures
    }

    /// The money at stake in renewals, month by month: a year of fees for each agreement renewing that month.
    ///
    /// Lapsed agreements count in the current month, since they are still to be won back; renewed ones are won.
    ///
    /// - Parameters:
    ///   - today: the current day.
    ///   - months: how many months ahead, the current one included.
    /// - Returns: each month with its renewals and their annual value.
    public func renewalsByMonth(today: Day, months: Int = 12) -> [MonthFigure] {
        var figures = (0..<months).map {
            MonthFigure(month: today.startOfMonth.adding(months: $0), amount: .zero, count: 0)
        }
        for client in clients {
            guard let agreement = client.agreement(on: today), client.queuedRenewal(on: today) == nil else { continue }
            let month = max(agreement.renewalDate, today).startOfMonth
            guard let index = figures.firstIndex(where: { $0.month == month }) else { continue }
            figures[index].amount = figures[index].amount + agreement.monthlyFee * 12
            figures[index].count += 1
        }
        return figures
    }
}

/// An amount for a month, with how many items make it up.
public struct MonthFigure: Sendable, Equatable {
    /// The first day of the month.
    public var month: Day
    public var amount: Money
    public var count: Int
}

/// A revenue tier's share of the MRR.
public struct TierFigure: Sendable, Equatable {
    public var tier: RevenueTier
    public var agreements: Int
    public var mrr: Money
}

/// A one-line bar chart: one block character per value, scaled from the smallest value to the largest so that
/// month-to-month changes show; print the range beside it.
///
/// - Parameter values: the values, e.g. MRR in cents.
/// - Returns: the sparkline, e.g. `▁▂▂▃▅▆██`; all middle blocks when every value is the same.
public func sparkline(_ values: [Int64]) -> String {
    let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    guard let low = values.min(), let high = values.max(), high > low else {
        return String(repeating: "▄", count: values.count)
    }
    return String(values.map { blocks[Int((Double($0 - low) / Double(high - low) * 7).rounded())] })
}
