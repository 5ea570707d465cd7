import CalendarDays
/// The filters every template has, whatever its language.
enum StandardFilters {
    static let all: [Filter] = [upper, lower, capitalize, trim, defaultValue, date]

    static let upper = Filter.text("upper") { $0.uppercased() }
    static let lower = Filter.text("lower") { $0.lowercased() }
    static let trim = Filter.text("trim") { $0.trimmingWhitespace() }

    /// The first letter in capitals, the rest as it was: «директор» → «Директор».
    static let capitalize = Filter.text("capitalize") { text in
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `{{ phone | default: "—" }}`: the argument when the value is missing or empty.
    static let defaultValue = Filter("default", arguments: 1...1, acceptsMissing: true) { value, arguments throws(FilterFailure) in
        value.isTruthy ? value : arguments[0]
    }

    /// `{{ start | date: "dd.MM.yyyy" }}` for dates written `YYYY-MM-DD` or `DD.MM.YYYY`.
    /// Patterns: `d`, `dd`, `M`, `MM`, `yy`, `yyyy`; other characters stay as they are.
    static let date = Filter("date", arguments: 1...1) { value, arguments throws(FilterFailure) in
        guard let text = value.printed, !text.isEmpty else { return .text("") }
        guard let date = CalendarDay(parsing: text) else {
            throw FilterFailure(.invalidValue, "“\(text)” is not a date (write YYYY-MM-DD or DD.MM.YYYY)")
        }
        return .text(date.formatted(arguments[0].printed ?? ""))
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
