import Testing

@testable import RussianLanguage
import CalendarDays

@Suite struct DateAndNumberTests {
    @Test func dates() {
        let date = CalendarDay(parsing: "2026-11-19")!
        #expect(date.quoted == "«19»\u{00A0}ноября 2026\u{00A0}г.")
        #expect(date.numeric == "19.11.2026")
        #expect(date.words == "19\u{00A0}ноября 2026\u{00A0}г.")
        #expect(date.long == "19\u{00A0}ноября 2026 года")
        #expect(CalendarDay(parsing: "05.03.2025")!.quoted == "«05»\u{00A0}марта 2025\u{00A0}г.")
        #expect(CalendarDay(parsing: "2025-02-29") == nil)
        #expect(CalendarDay(parsing: "2024-02-29") != nil)
        #expect(CalendarDay(parsing: "31.04.2025") == nil)
        #expect(CalendarDay.schoolYear(startingIn: 2025) == "2025–2026 учебный год")
    }

    @Test func countedNouns() {
        #expect(RussianNumber.counted(9, noun: .month) == "9 (девять) месяцев")
        #expect(RussianNumber.counted(1, noun: .month) == "1 (один) месяц")
        #expect(RussianNumber.counted(2, noun: .week) == "2 (две) недели")
        #expect(RussianNumber.counted(21, noun: .participant) == "21 (двадцать один) участник")
        #expect(RussianNumber.counted(8, noun: .month, case: .accusative) == "8 (восемь) месяцев")
        #expect(RussianNumber.counted(3, noun: .month, case: .genitive) == "3 (трёх) месяцев")
        #expect(RussianNumber.counted(11, noun: .year) == "11 (одиннадцать) лет")
        #expect(RussianNumber.counted(112, noun: .day) == "112 (сто двенадцать) дней")
        #expect(RussianNumber.counted(1, noun: .week, case: .instrumental) == "1 (одной) неделей")
    }

    @Test func largeNumbersInWords() {
        #expect(RussianNumber.words(2_021) == "две тысячи двадцать один")
        #expect(RussianNumber.words(1_000_000) == "один миллион")
        #expect(RussianNumber.words(345_678_912) == "триста сорок пять миллионов шестьсот семьдесят восемь тысяч девятьсот двенадцать")
        #expect(RussianNumber.words(5_000, case: .instrumental) == "пятью тысячами")
        #expect(RussianNumber.words(0) == "ноль")
    }
}
