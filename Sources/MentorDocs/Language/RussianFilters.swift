public import DocumentEngine
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RussianLanguage
import CalendarDays

extension FilterRegistry {
    /// The engine's filters plus the Russian ones: cases, initials, dates and numbers in words.
    public static let mentordocs = FilterRegistry.standard.merging(RussianFilters.registry)
}

/// The Russian grammar of `RussianLanguage`, offered to templates as filters.
///
/// `{{ mentor.full_name | dative }}`, `{{ director.full_name | dative | initials }}`,
/// `{{ person.full_name | genitive: person.gender }}` (the argument overrides the gender the
/// patronymic tells), `{{ org.full_name | phrase: "dative" }}` (an organisation, a position or a
/// period, not a person), `{{ document.date | date_quoted }}`, `{{ pair.months | months_words }}`.
public enum RussianFilters {
    static let registry: FilterRegistry = {
        var registry = FilterRegistry()
        for grammaticalCase in GrammaticalCase.allCases {
            registry.register(caseFilter(grammaticalCase))
        }
        for (alias, name) in aliases { registry.alias(alias, for: name) }
        registry.register(phraseFilter)
        registry.register(Filter.text("initials") { name in PersonName(parsing: name)?.initialsAfterSurname ?? name })
        registry.register(Filter.text("initials_first") { name in PersonName(parsing: name)?.initialsBeforeSurname ?? name })
        registry.register(uncapitalize)
        registry.register(dateFilter("date_quoted") { $0.quoted })
        registry.register(dateFilter("date_words") { $0.words })
        registry.register(dateFilter("date_long") { $0.long })
        registry.register(dateFilter("date_numeric") { $0.numeric })
        // The school year a date falls in: September starts a new one.
        registry.register(dateFilter("school_year") { CalendarDay.schoolYear(startingIn: $0.month >= 9 ? $0.year : $0.year - 1) })
        registry.register(numberFilter("in_words") { RussianNumber.words($0) })
        registry.register(numberFilter("months_words") { RussianNumber.counted($0, noun: .month, case: .accusative) })
        registry.register(numberFilter("weeks_words") { RussianNumber.counted($0, noun: .week, case: .accusative) })
        return registry
    }()

    static let aliases: [(String, String)] = [
        ("именительный", "nominative"), ("родительный", "genitive"), ("дательный", "dative"),
        ("винительный", "accusative"), ("творительный", "instrumental"), ("предложный", "prepositional"),
        ("инициалы", "initials"),
    ]

    /// The first letter in lower case, for text after a colon: «Повышение мотивации» →
    /// «повышение мотивации»; an abbreviation keeps its capitals («ОГЭ», «МБОУ»).
    static let uncapitalize = Filter.text("uncapitalize") { text in
        guard let first = text.first, first.isUppercase else { return text }
        if let second = text.dropFirst().first, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// The names the case filters (`dative`, …) have declined, shared by every document of the
    /// process: 4,096 forms unless set otherwise.
    public static let declinedNames = DeclensionCache(capacity: 4096)

    private static func caseFilter(_ grammaticalCase: GrammaticalCase) -> Filter {
        Filter(grammaticalCase.rawValue, arguments: 0...1) { value, arguments throws(FilterFailure) in
            guard let text = value.printed else {
                throw FilterFailure(.wrongValueType, "“\(grammaticalCase.rawValue)” declines a name, not a group of values")
            }
            guard !text.isEmpty else { return .text("") }
            let gender = arguments.first?.printed.flatMap { Gender(rawValue: $0) }
            return .text(declinedNames.declined(text, to: grammaticalCase, gender: gender) {
                PersonName(parsing: text)?.declined(to: grammaticalCase, gender: gender).fullName ?? text
            })
        }
    }

    /// The phrases `phrase` has declined, shared by every document of the process: 1,024 forms
    /// unless set otherwise.
    public static let declinedPhrases = DeclensionCache(capacity: 1024)

    /// `phrase: "dative"` (or `"дательный"`, `"дп"`): a `NounPhrase` in the case. A separate filter
    /// from the name cases, because whether a value is a name or a phrase cannot be told reliably.
    private static let phraseFilter = Filter("phrase", arguments: 1...1) { value, arguments throws(FilterFailure) in
        guard let text = value.printed else { throw FilterFailure(.wrongValueType, "“phrase” declines a phrase, not a group of values") }
        let caseName = arguments.first?.printed ?? ""
        guard let grammaticalCase = GrammaticalCase(name: caseName) else {
            throw FilterFailure(.invalidArgument, "“phrase” needs a case: “\(caseName)” is not one (write \"genitive\", \"dative\", \"accusative\", \"instrumental\", \"prepositional\" or the Russian names)")
        }
        guard !text.isEmpty else { return .text("") }
        return .text(declinedPhrases.declined(text, to: grammaticalCase, gender: nil) {
            NounPhrase(text).declined(to: grammaticalCase)
        })
    }

    private static func numberFilter(_ name: String, _ format: @escaping @Sendable (Int) -> String) -> Filter {
        Filter(name) { value, _ throws(FilterFailure) in
            guard let text = value.printed?.trimmingWhitespace(), !text.isEmpty else { return .text("") }
            guard let number = Int(text), abs(number) < 1_000_000_000 else {
                throw FilterFailure(.invalidValue, "“\(text)” is not a whole number")
            }
            return .text(format(number))
        }
    }

    private static func dateFilter(_ name: String, _ format: @escaping @Sendable (CalendarDay) -> String) -> Filter {
        Filter(name) { value, _ throws(FilterFailure) in
            guard let text = value.printed, !text.isEmpty else { return .text("") }
            guard let date = CalendarDay(parsing: text) else {
                throw FilterFailure(.invalidValue, "“\(text)” is not a date (write YYYY-MM-DD or DD.MM.YYYY)")
            }
            return .text(format(date))
        }
    }
}
