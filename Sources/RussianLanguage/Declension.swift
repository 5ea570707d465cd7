/// Applies `DeclensionRules` to one word.
enum Declension {
    enum Part {
        case surname, firstName, patronymic
    }

    static func decline(_ word: String, as part: Part, gender: Gender, to grammaticalCase: GrammaticalCase) -> String {
        guard let index = grammaticalCase.endingIndex, !word.isEmpty else { return word }
        if word.contains("-") { return declineHyphenated(word, as: part, gender: gender, to: grammaticalCase) }
        let lowered = word.lowercased()
        // A vowel before a final -а marks a foreign word: Мариа, Франсуа, Делакруа.
        if lowered.endsWith("а"), let beforeLast = lowered.unicodeScalars.dropLast().last, vowels.contains(beforeLast) {
            return word
        }
        if part == .firstName, gender == .female, lowered.endsWith("ь"),
           !DeclensionRules.decliningFemaleNamesInSoftSign.contains(lowered) {
            return word
        }
        if part == .firstName, gender == .female, DeclensionRules.stressedFemaleNamesInIya.contains(lowered) {
            let endings = ["и", "е", "ю", "ёй", "е"]
            return String(word.dropLast()) + matchCase(of: word, endings[index])
        }
        if part == .surname, gender == .male, DeclensionRules.stressedNounSurnames.contains(lowered) {
            let endings = ["а", "у", "а", "ом", "е"]
            return word + matchCase(of: word, endings[index])
        }
        if part == .firstName, let stem = DeclensionRules.irregularStems[lowered], gender == .male {
            let endings = ["а", "у", "а", "ом", "е"]
            return matchCase(of: word, stem + endings[index], replacingAll: true)
        }
        if part == .surname, DeclensionRules.indeclinableSurnames.contains(lowered) { return word }
        let rules: [DeclensionRules.Rule] = switch (part, gender) {
        case (.surname, .male): DeclensionRules.maleSurnames
        case (.surname, .female): DeclensionRules.femaleSurnames
        case (.firstName, .male): DeclensionRules.maleFirstNames
        case (.firstName, .female): DeclensionRules.femaleFirstNames
        case (.patronymic, .male): DeclensionRules.malePatronymics
        case (.patronymic, .female): DeclensionRules.femalePatronymics
        }
        let stemHasVowel = { (rule: DeclensionRules.Rule) in
            lowered.unicodeScalars.dropLast(rule.length).contains(where: { Self.vowels.contains($0) })
        }
        // The longest matching ending, found in one pass without an array of candidates.
        var longest: DeclensionRules.Rule? = nil
        for rule in rules where rule.length > (longest?.length ?? 0) && lowered.endsWith(rule.ending) {
            if part == .surname, DeclensionRules.adjectivalEndings.contains(rule.ending), !stemHasVowel(rule) { continue }
            longest = rule
        }
        if let rule = longest {
            guard let forms = rule.forms else { return word }
            let stem = String(word.dropLast(rule.ending.count))
            return stem + matchCase(of: word, forms[index], replacingAll: stem.isEmpty)
        }
        // No rule: a man's name or surname ending in a hard consonant takes the noun endings.
        guard gender == .male, part != .patronymic, let last = lowered.last, isConsonant(last) else { return word }
        let endings = ["а", "у", "а", "ом", "е"]
        return word + matchCase(of: word, endings[index])
    }

    /// Each part of a hyphenated name declines (Анне-Марии, Петрова-Водкина), except prefixes
    /// (Тер-, Бонч-, Абдул-), the first parts of a man's double first name (Жан-Поля) and the first
    /// parts of a double surname that are not Russian surnames in form (Книппер-Чехова, Кара-Мурзы).
    private static func declineHyphenated(_ word: String, as part: Part, gender: Gender, to grammaticalCase: GrammaticalCase) -> String {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        return parts.enumerated().map { position, piece in
            let isLast = position == parts.count - 1
            let lowered = piece.lowercased()
            if !isLast, DeclensionRules.hyphenPrefixes.contains(lowered) { return piece }
            if !isLast, part == .firstName, gender == .male { return piece }
            if !isLast, part == .surname, !DeclensionRules.decliningFirstParts.contains(where: lowered.endsWith) { return piece }
            return decline(piece, as: part, gender: gender, to: grammaticalCase)
        }.joined(separator: "-")
    }

    private static let vowels = Set("аеёиоуыэюя".unicodeScalars)

    private static func isConsonant(_ letter: Character) -> Bool {
        "бвгджзклмнпрстфхцчшщ".contains(letter)
    }

    /// Endings follow the case of the word: ИВАНОВ → ИВАНОВА, Иванов → Иванова. A word whose
    /// first and last letters are capitals is taken as written in capitals (one look, not a scan).
    static func matchCase(of word: String, _ replacement: String, replacingAll: Bool = false) -> String {
        guard let first = word.first, first.isUppercase else { return replacement }
        if !word.dropFirst().isEmpty, let last = word.last(where: \.isLetter), last.isUppercase { return replacement.uppercased() }
        return replacingAll ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
    }
}
