/// Which of a spreadsheet's number formats show a number as a date.
enum NumberFormat {
    /// Excel's built-in formats of dates and dates with times (14 is «dd.mm.yyyy» in a Russian Excel).
    static let builtInDates: Set<Int> = Set(14...17).union([22]).union(27...36).union(50...58)

    /// Whether a format code shows a date: it has a day, month or year outside quoted text, escapes
    /// and brackets (colours, conditions, locales). «mm» alone is minutes, not months, so a code of
    /// times only does not count.
    static func showsDate(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        var sawDayOrYear = false
        var sawMonthOrMinute = false
        var sawHour = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default:
                guard !inQuotes, !inBrackets else { continue }
                if character == "d" || character == "y" { sawDayOrYear = true }
                if character == "m" { sawMonthOrMinute = true }
                if character == "h" || character == "s" { sawHour = true }
            }
        }
        return sawDayOrYear || (sawMonthOrMinute && !sawHour)
    }
}
