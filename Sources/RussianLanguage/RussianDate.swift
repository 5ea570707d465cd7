/// A calendar day as Russian documents write it.
public struct RussianDate: Sendable, Hashable {
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

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static let monthsGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря"]
    public static let monthsNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"]

    private var monthName: String { Self.monthsGenitive[month - 1] }
    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// «19» ноября 2026 г. — the day in «ёлочки», two digits, as forms print it.
    public var quoted: String { "«\(Self.twoDigits(day))»\u{00A0}\(monthName) \(year)\u{00A0}г." }

    /// 19.11.2026
    public var numeric: String { "\(Self.twoDigits(day)).\(Self.twoDigits(month)).\(year)" }

    /// 19 ноября 2026 г.
    public var words: String { "\(day)\u{00A0}\(monthName) \(year)\u{00A0}г." }

    /// 19 ноября 2026 года
    public var long: String { "\(day)\u{00A0}\(monthName) \(year) года" }

    /// «2025–2026 учебный год» for a year starting in `startYear`.
    public static func schoolYear(startingIn startYear: Int) -> String {
        "\(startYear)–\(startYear + 1) учебный год"
    }
}

import Foundation
