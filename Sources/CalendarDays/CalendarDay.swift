/// A day of the Gregorian calendar, as specs and documents write it: no time, no time zone.
public struct CalendarDay: Hashable, Sendable, Comparable {
    /// The year in full: 2025.
    public var year: Int
    /// The month, from 1 (January) to 12.
    public var month: Int
    /// The day of the month, from 1.
    public var day: Int

    /// The day with these numbers; nil when the month or day does not exist (31 April, 29 February 2025).
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
        // Written as bytes: a register prints two dates in each of thousands of rows.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        Self.append(year, digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(month, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.append(day, digits: 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How many days `month` (1 to 12) has in `year`: 28 to 31, with leap years counted.
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
        // Floored, so that going back across year 0 still lands on a month from 1 to 12.
        let (quotient, remainder) = index.quotientAndRemainder(dividingBy: 12)
        let newYear = remainder < 0 ? quotient - 1 : quotient
        let newMonth = (remainder < 0 ? remainder + 12 : remainder) + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, Self.days(inMonth: newMonth, year: newYear)))!
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Numeric formats: `d`, `dd`, `M`, `MM`, `yy`, `yyyy`; other characters are kept.
    public func formatted(_ pattern: String) -> String {
        // Read by bytes: the letters are ASCII, and everything else is copied as it is.
        var pattern = pattern
        return pattern.withUTF8 { formatted(pattern: $0) }
    }

    private func formatted(pattern: UnsafeBufferPointer<UInt8>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(pattern.count + 4)
        var start = 0
        while start < pattern.count {
            let letter = pattern[start]
            var end = start + 1
            while end < pattern.count, pattern[end] == letter { end += 1 }
            let run = end - start
            switch (letter, run) {
            case (UInt8(ascii: "d"), 1): Self.append(day, digits: 1, to: &result)
            case (UInt8(ascii: "d"), _): Self.append(day, digits: 2, to: &result)
            case (UInt8(ascii: "M"), 1): Self.append(month, digits: 1, to: &result)
            case (UInt8(ascii: "M"), _): Self.append(month, digits: 2, to: &result)
            case (UInt8(ascii: "y"), 2): Self.append(year % 100, digits: 2, to: &result)
            case (UInt8(ascii: "y"), _): Self.append(year, digits: 1, to: &result)
            default: result.append(contentsOf: UnsafeBufferPointer(rebasing: pattern[start..<end]))
            }
            start = end
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `number` in decimal, with leading zeros up to `digits`.
    private static func append(_ number: Int, digits: Int, to result: inout [UInt8]) {
        if number < 0 { result.append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var divisor: UInt = 1
        var width = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            width += 1
        }
        for _ in width..<max(width, digits) { result.append(UInt8(ascii: "0")) }
        while divisor > 0 {
            result.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }

    /// `number` with a leading zero below 10, as dates print days and months: 7 → «07».
    public static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}

