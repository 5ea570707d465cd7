import CalendarDays
import Testing

@Suite struct CalendarDayCountTests {
    @Test func countsAcrossMonthsYearsAndLeapDays() {
        let day = CalendarDay(year: 2026, month: 8, day: 28)!
        #expect(day.adding(days: 4) == CalendarDay(year: 2026, month: 9, day: 1))
        #expect(CalendarDay(year: 2028, month: 2, day: 28)!.adding(days: 1) == CalendarDay(year: 2028, month: 2, day: 29))
        #expect(CalendarDay(year: 2026, month: 12, day: 31)!.adding(days: 1) == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(CalendarDay(year: 2026, month: 9, day: 1)!.days(until: CalendarDay(year: 2027, month: 5, day: 31)!) == 272)
        var current = CalendarDay(year: 1999, month: 12, day: 25)!
        for _ in 0..<800 {
            let next = current.adding(days: 1)
            #expect(current < next && CalendarDay(dayNumber: current.dayNumber) == current)
            current = next
        }
    }
}
