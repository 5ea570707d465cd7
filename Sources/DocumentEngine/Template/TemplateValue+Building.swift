public import CalendarDays
#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Values of Swift's own types as a template prints them. Numbers become their text in the
/// C locale (`5000`, `0.25`: no grouping, a decimal point), which the number filters read back;
/// a day becomes `YYYY-MM-DD`, which the date filters read.
extension TemplateValue {
    /// A whole number: `42`, `-7`.
    public init(_ value: some BinaryInteger) { self = .text(String(value)) }

    /// A number: `0.25`; a whole one without a decimal point (`5000.0` prints `5000`). Not a
    /// number or infinity is null: a number that is not there, reported as missing where printed.
    public init(_ value: Double) { self = Self.number(value) }

    /// A decimal number as it is written: `5000.5`. Not a number is null.
    public init(_ value: Decimal) { self = value.isNaN ? .null : .text(value.description) }

    /// Yes or no: shows or hides a section, prints `true` or `false`.
    public init(_ value: Bool) { self = .bool(value) }

    /// Text, printed as it is.
    public init(_ text: String) { self = .text(text) }

    /// A day, as `YYYY-MM-DD`.
    public init(_ day: CalendarDay) { self = .text(day.iso) }

    /// The day of the calendar `date` falls on in `timeZone`, as `YYYY-MM-DD`: a document prints
    /// days, and which day a moment is depends on where the document is signed.
    public init(_ date: Date, in timeZone: TimeZone) { self.init(CalendarDay(date, in: timeZone)) }

    /// A list of values.
    public init(_ items: some Sequence<TemplateValue>) { self = .list(Array(items)) }

    /// A group of values by name. A dictionary has no order, so the names are sorted, which keeps
    /// what `inspect` and errors show the same from run to run; to keep an order of your own, use
    /// a dictionary literal (`["b": "2", "a": "1"]`) or `TemplateFields`.
    public init(_ fields: [String: TemplateValue]) {
        self = .map(TemplateFields(fields.sorted { $0.key < $1.key }.map { (FieldName($0.key), $0.value) }))
    }

    static func number<Number: BinaryFloatingPoint & LosslessStringConvertible>(_ value: Number) -> TemplateValue {
        guard value.isFinite else { return .null }
        // Below 2^53 every whole Double is exact, and prints without ".0".
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return .text(String(Int64(value))) }
        return .text(value.description)
    }
}

extension TemplateValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// `["months": 8]`: a whole number's text.
    public init(integerLiteral value: Int) { self.init(value) }
    /// `["rate": 0.25]`: a number's text.
    public init(floatLiteral value: Double) { self.init(value) }
}

extension CalendarDay {
    /// The day `date` falls on in `timeZone` (in the Gregorian calendar, as every day here is).
    init(_ date: Date, in timeZone: TimeZone) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let days = Int((seconds / 86_400).rounded(.down))
        self.init(dayNumber: Self.unixEpoch.dayNumber + days)
    }

    private static let unixEpoch = CalendarDay(year: 1970, month: 1, day: 1)!
}
