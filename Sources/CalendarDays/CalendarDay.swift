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
        // Three groups of digits split by one kind of separator, read byte by byte: dates are
        // parsed for every date a document prints.
        var groups: [(value: Int, digits: Int)] = [(0, 0)]
        var separator: UInt8? = nil
        var bytes = Substring(text).utf8
        while bytes.first == 0x20 || bytes.first == 0x09 { bytes.removeFirst() }
        while bytes.last == 0x20 || bytes.last == 0x09 { bytes.removeLast() }
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                guard groups[groups.count - 1].digits < 9 else { return nil }
                groups[groups.count - 1].value = groups[groups.count - 1].value * 10 + Int(byte - 0x30)
                groups[groups.count - 1].digits += 1
            case 0x2D, 0x2E:
                guard separator == nil || separator == byte, groups.count < 3 else { return nil }
                separator = byte
                groups.append((0, 0))
            default:
                return nil
            }
        }
        guard groups.count == 3, groups.allSatisfy({ $0.digits > 0 }) else { return nil }
        if separator == 0x2D, groups[0].digits == 4 {
            self.init(year: groups[0].value, month: groups[1].value, day: groups[2].value)
        } else if separator == 0x2E, groups[2].digits == 4 {
            self.init(year: groups[2].value, month: groups[1].value, day: groups[0].value)
        } else {
            return nil
        }
    }

    /// `YYYY-MM-DD`, the form specs and templates' data carry.
    public var iso: String {
        var year = String(year)
        while year.count < 4 { year = "0" + year }
        return year + "-" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
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

