public import CalendarDays

/// A teacher's labour contract, which the supplementary agreement on mentoring (Labour Code
/// art. 351.8) amends: its number and date.
public struct LabourContract: Sendable, Equatable {
    public var number: String
    public var date: CalendarDay

    public init(number: String, date: CalendarDay) {
        self.number = number
        self.date = date
    }
}
