/// A day of the Gregorian calendar, as specs and documents write it: no time, no time zone.
public struct CalendarDay: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` or `DD.MM.YYYY`; nil for anything else or a day that does not exist.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let dashed = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let dotted = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4, let y = Int(dashed[0]), let m = Int(dashed[1]), let d = Int(dashed[2]) {
            self.init(year: y, month: m, day: d)
        } else if dotted.count == 3, dotted[2].count == 4, let d = Int(dotted[0]), let m = Int(dotted[1]), let y = Int(dotted[2]) {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day `months` later (the last day of the month when it is shorter).
    public func adding(months: Int) -> CalendarDay {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, Self.days(inMonth: newMonth, year: newYear)))!
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Numeric formats: `d`, `dd`, `M`, `MM`, `yy`, `yyyy`; other characters are kept.
    public func formatted(_ pattern: String) -> String {
        var result = ""
        var characters = pattern[...]
        while let first = characters.first {
            let run = characters.prefix { $0 == first }
            characters = characters.dropFirst(run.count)
            switch (first, run.count) {
            case ("d", 1): result += String(day)
            case ("d", _): result += Self.twoDigits(day)
            case ("M", 1): result += String(month)
            case ("M", _): result += Self.twoDigits(month)
            case ("y", 2): result += Self.twoDigits(year % 100)
            case ("y", _): result += String(year)
            default: result += run
            }
        }
        return result
    }

    public static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}

import Foundation
