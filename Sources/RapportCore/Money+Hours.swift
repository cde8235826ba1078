// MARK: - Money and hours of work

extension Money {
    /// An hourly rate times a number of hours, to the nearest cent (half a cent rounds up).
    ///
    /// Hours are taken to the thousandth, which keeps eighths of an hour exact and drops the binary noise of sums.
    ///
    /// - Parameter hours: the hours, 0 or more.
    /// - Returns: the amount.
    public func times(hours: Double) -> Money {
        let thousandths = Int64((hours * 1000).rounded())
        return Money(cents: (cents * thousandths + 500) / 1000)
    }

    /// This amount less a percentage, to the nearest cent (half a cent rounds up): a discounted rate.
    ///
    /// - Parameter percent: the discount, 0 to 100.
    /// - Returns: the discounted amount.
    public func less(percent: Int) -> Money {
        Money(cents: (cents * Int64(100 - percent) + 50) / 100)
    }

    /// This amount spread over a number of hours: the hourly rate it pays, to the nearest cent.
    ///
    /// - Parameter hours: the hours.
    /// - Returns: the rate, or nil for no hours.
    public func perHour(_ hours: Double) -> Money? {
        let thousandths = Int64((hours * 1000).rounded())
        guard thousandths > 0 else { return nil }
        return Money(cents: (cents * 1000 * 2 + thousandths) / (thousandths * 2))
    }
}
