public import CalendarDays

/// A teacher's labour contract, which the supplementary agreement on mentoring (Labour Code
/// art. 351.8) amends: its number and date.
public struct LabourContract: Sendable, Equatable {
    /// The contract's number as the school wrote it: «15/2019».
    public var number: String
    /// The day it was signed.
    public var date: CalendarDay

    /// Contract `number` of `date`.
    public init(number: String, date: CalendarDay) {
        self.number = number
        self.date = date
    }
}
