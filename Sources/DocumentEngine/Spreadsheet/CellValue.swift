import CalendarDays

/// What a cell filled with one value holds, judged by the value's text (data is text; a sheet
/// needs numbers to add up and dates to sort): a plain decimal number becomes a number, a day
/// written `YYYY-MM-DD` a date, anything else stays text. «007», «+7 900 …», «7 «А»» and a bank
/// account's twenty digits are text: a number here has no leading zero, no sign but `-`, no
/// spaces, and at most 15 digits, as many as Excel keeps.
enum CellValue: Equatable {
    case empty
    case number(String)
    case date(CalendarDay)
    case text

    static let maximumDigits = 15

    init(_ text: String) { self.init(utf8: Array(text.utf8)[...]) }

    /// The value of text given as UTF-8; a string is made only of a number.
    init(utf8 text: ArraySlice<UInt8>) {
        if text.isEmpty {
            self = .empty
        } else if Self.isPlainNumber(text) {
            self = .number(String(decoding: text, as: UTF8.self))
        } else if let day = Self.isoDay(text) {
            self = .date(day)
        } else {
            self = .text
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`, at most 15 digits.
    static func isPlainNumber(_ text: ArraySlice<UInt8>) -> Bool {
        var bytes = text
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let whole = bytes.prefix(while: isDigit)
        guard !whole.isEmpty, whole.count == 1 || whole.first != UInt8(ascii: "0") else { return false }
        var digits = whole.count
        let rest = bytes.dropFirst(whole.count)
        if !rest.isEmpty {
            guard rest.first == UInt8(ascii: "."), rest.count > 1, rest.dropFirst().allSatisfy(isDigit) else { return false }
            digits += rest.count - 1
        }
        return digits <= maximumDigits
    }

    /// A day written exactly `YYYY-MM-DD`.
    static func isoDay(_ text: ArraySlice<UInt8>) -> CalendarDay? {
        let start = text.startIndex
        guard text.count == 10, text[start + 4] == UInt8(ascii: "-"), text[start + 7] == UInt8(ascii: "-"),
            let year = Int(asciiDigits: text[start..<(start + 4)]), let month = Int(asciiDigits: text[(start + 5)..<(start + 7)]),
            let day = Int(asciiDigits: text[(start + 8)...])
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// The day's serial number in a workbook's date system, or nil for a day before the system's
    /// first (Excel shows no dates before 1900, or 1904).
    static func serial(of day: CalendarDay, date1904: Bool) -> Int? {
        if date1904 {
            let epoch = CalendarDay(year: 1904, month: 1, day: 1)!
            return day < epoch ? nil : epoch.days(until: day)
        }
        guard day.year >= 1900 else { return nil }
        // Excel counts a 29 February 1900 that never was: from March 1900 on, serials are one more.
        let marchFirst = CalendarDay(year: 1900, month: 3, day: 1)!
        let epoch = day < marchFirst ? CalendarDay(year: 1899, month: 12, day: 31)! : CalendarDay(year: 1899, month: 12, day: 30)!
        return epoch.days(until: day)
    }
}
