import CalendarDays
import Testing

@Suite struct CalendarDayTests {
    @Test func readsBothWrittenForms() {
        #expect(CalendarDay(parsing: "2026-11-19") == CalendarDay(year: 2026, month: 11, day: 19))
        #expect(CalendarDay(parsing: " 19.11.2026\t") == CalendarDay(year: 2026, month: 11, day: 19))
        #expect(CalendarDay(parsing: "1.9.2025") == CalendarDay(year: 2025, month: 9, day: 1))
        #expect(CalendarDay(parsing: "2024-02-29") != nil)
    }

    @Test(arguments: ["", "2026", "2026-11", "26-11-19", "2026-11-19-1", "2026.11-19", "2026--19", "19.11.26",
        "2026-13-01", "2025-02-29", "31.04.2025", "2026-11-19x", "−2026-11-19", "2026-1l-19", "2026-11-1234567890"])
    func refusesWhatIsNotADay(_ text: String) {
        #expect(CalendarDay(parsing: text) == nil)
    }

    @Test func writesIsoAndPatterns() {
        let day = CalendarDay(year: 987, month: 3, day: 5)!
        #expect(day.iso == "0987-03-05")
        #expect(day.formatted("d.M.yy") == "5.3.87")
        #expect(day.formatted("dd.MM.yyyy г.") == "05.03.987 г.")
    }

    @Test func addsMonthsKeepingTheDayWhereTheMonthAllows() {
        #expect(CalendarDay(year: 2026, month: 1, day: 31)!.adding(months: 1) == CalendarDay(year: 2026, month: 2, day: 28))
        #expect(CalendarDay(year: 2026, month: 9, day: 1)!.adding(months: 9) == CalendarDay(year: 2027, month: 6, day: 1))
        #expect(CalendarDay(year: 2026, month: 3, day: 31)!.adding(months: -13) == CalendarDay(year: 2025, month: 2, day: 28))
        // Back across year 0 (which the calendar's arithmetic counts as 1 BC) without a trap.
        #expect(CalendarDay(year: 0, month: 2, day: 1)!.adding(months: -3) == CalendarDay(year: -1, month: 11, day: 1))
        #expect(CalendarDay(year: 2026, month: 9, day: 1)! < CalendarDay(year: 2026, month: 10, day: 1)!)
    }
}
