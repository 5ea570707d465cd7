public import CalendarDays

/// A calendar day as Russian documents write it.
extension CalendarDay {
    /// The months in the genitive, January first, as a date names them: «19 ноября».
    public static let monthsGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря"]
    /// The months in the nominative, January first: «ноябрь», as in «ноябрь 2026 г.».
    public static let monthsNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь"]

    private var monthName: String { Self.monthsGenitive[month - 1] }

    /// «19» ноября 2026 г. — the day in «ёлочки», two digits, as forms print it.
    public var quoted: String { "«\(Self.twoDigits(day))»\u{00A0}\(monthName) \(year)\u{00A0}г." }

    /// 19.11.2026
    public var numeric: String { formatted("dd.MM.yyyy") }

    /// 19 ноября 2026 г.
    public var words: String { "\(day)\u{00A0}\(monthName) \(year)\u{00A0}г." }

    /// 19 ноября 2026 года
    public var long: String { "\(day)\u{00A0}\(monthName) \(year) года" }

    /// «2025–2026 учебный год» for a year starting in `startYear`.
    public static func schoolYear(startingIn startYear: Int) -> String {
        "\(startYear)–\(startYear + 1) учебный год"
    }
}
