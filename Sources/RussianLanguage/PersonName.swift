/// A Russian full name: surname, first name and, usually, a patronymic.
public struct PersonName: Sendable, Hashable {
    /// The surname: «Соколова», «Петрова-Водкина».
    public var surname: String
    /// The first name: «Анна».
    public var firstName: String
    /// With a Turkic marker when there is one: «Исмаил оглы».
    public var patronymic: String?

    /// The name of these parts, in the nominative.
    public init(surname: String, firstName: String, patronymic: String? = nil) {
        self.surname = surname
        self.firstName = firstName
        self.patronymic = patronymic
    }

    /// Reads «Фамилия Имя Отчество» (or «Фамилия Имя»); nil for fewer than two words.
    public init?(parsing fullName: String) {
        let words = fullName.words()
        guard words.count >= 2 else { return nil }
        surname = words[0]
        firstName = words[1]
        patronymic = words.count > 2 ? words[2...].joined(separator: " ") : nil
    }

    /// The gender the patronymic tells, or else the first name, or else the surname.
    public var detectedGender: Gender? {
        if let patronymic = patronymic?.lowercased() {
            let words = patronymic.split(separator: " ")
            if let marker = words.last, let gender = DeclensionRules.turkicMarkers[String(marker)] { return gender }
            if patronymic.endsWith("ич") { return .male }
            if patronymic.endsWith("на") { return .female }
        }
        let first = firstName.lowercased()
        if DeclensionRules.maleNamesInA.contains(first) { return .male }
        if DeclensionRules.femaleNamesInSoftSign.contains(first) { return .female }
        if first.endsWith("а") || first.endsWith("я") { return .female }
        if let last = first.last, "бвгджзйклмнпрстфхцчшщ".contains(last) { return .male }
        let family = surname.lowercased()
        for ending in ["ова", "ева", "ёва", "ина", "ская", "цкая", "ая"] where family.endsWith(ending) { return .female }
        for ending in ["ов", "ев", "ёв", "ин", "ский", "цкий", "ой", "ый"] where family.endsWith(ending) { return .male }
        return first.endsWith("ь") ? .male : nil
    }

    /// The name in `grammaticalCase`; `gender` overrides what the name itself tells.
    public func declined(to grammaticalCase: GrammaticalCase, gender: Gender? = nil) -> PersonName {
        guard let gender = gender ?? detectedGender else { return self }
        var result = self
        result.surname = Declension.decline(surname, as: .surname, gender: gender, to: grammaticalCase)
        result.firstName = Declension.decline(firstName, as: .firstName, gender: gender, to: grammaticalCase)
        if let patronymic {
            var words = patronymic.split(separator: " ").map(String.init)
            if let marker = words.last, DeclensionRules.turkicMarkers[marker.lowercased()] != nil, words.count > 1 {
                // «Исмаил оглы»: the father's name stays as it is.
                result.patronymic = words.joined(separator: " ")
            } else {
                words[0] = Declension.decline(words[0], as: .patronymic, gender: gender, to: grammaticalCase)
                result.patronymic = words.joined(separator: " ")
            }
        }
        return result
    }

    /// The parts joined by spaces: «Соколова Анна Петровна».
    public var fullName: String { [surname, firstName, patronymic].compactMap { $0 }.joined(separator: " ") }

    /// «А.П.», or «А.» without a patronymic; a Turkic patronymic gives its first letter only.
    public var initials: String {
        let first = firstName.first.map { "\($0)." } ?? ""
        let second = patronymic?.first.map { "\($0)." } ?? ""
        return first + second
    }

    /// «Соколова А.П.», for lists and tables (ГОСТ Р 7.0.97); a no-break space keeps it on one line.
    public var initialsAfterSurname: String { surname + "\u{00A0}" + initials }

    /// «А.П. Соколова», for signatures and approval blocks.
    public var initialsBeforeSurname: String { initials + "\u{00A0}" + surname }
}
