public import CalendarDays

/// The days the programme's documents are dated with and its roadmap is built on: the orders'
/// dates as the spec gives them, and for those it leaves out the day that follows from the rest
/// (the introduction on the start, the curator with the introduction, the pairs when the first
/// pair starts, the plans with the pairs, the closing on the programme's end).
public struct ProgrammeSchedule: Sendable, Equatable {
    /// The pedagogical council's meeting that adopted the Положение, when the spec gives it.
    public var adoption: CalendarDay?
    /// The order introducing the model: as given, or the programme's start.
    public var introductionOrder: CalendarDay
    /// The order appointing the curator: as given, or with the introduction order.
    public var curatorOrder: CalendarDay
    /// The order fixing the pairs: as given, or when the first pair starts (a month after the start
    /// when there are no pairs), never before the curator order.
    public var pairsOrder: CalendarDay
    /// The order approving the plans: as given, or with the pairs order.
    public var plansOrder: CalendarDay
    /// The first pair's start (the plans order's day when there are no pairs).
    public var workStart: CalendarDay
    /// The last pair's end (the closing order's day when there are no pairs).
    public var workEnd: CalendarDay
    /// The closing order: as given, or the programme's end.
    public var closingOrder: CalendarDay

    /// The schedule of `programme`.
    public init(_ programme: Programme) {
        let given = { (key: String) in programme.orders[key]?.date }
        adoption = programme.councils[.pedagogical]?.date
        introductionOrder = given("introduction") ?? programme.start
        curatorOrder = given("curator") ?? introductionOrder
        let firstStart = programme.pairs.map(\.start).min()
        pairsOrder = given("pairs") ?? max(firstStart ?? programme.start.adding(months: 1), curatorOrder)
        plansOrder = given("plans") ?? pairsOrder
        closingOrder = given("closing") ?? programme.end
        workStart = firstStart ?? plansOrder
        workEnd = programme.pairs.map { $0.start.adding(months: $0.months) }.max() ?? closingOrder
    }

    /// The orders by their key in the spec, in the order they are issued.
    public var orders: [(key: String, date: CalendarDay)] {
        [("introduction", introductionOrder), ("curator", curatorOrder), ("pairs", pairsOrder), ("plans", plansOrder),
            ("closing", closingOrder)]
    }
}
