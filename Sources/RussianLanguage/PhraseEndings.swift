/// The endings a `NounPhrase` needs: adjectives of the three genders and the common nouns that head
/// the names of organisations, positions and periods in school paperwork. Each list of endings is
/// genitive, dative, accusative, instrumental, prepositional, as in `DeclensionRules`.
enum PhraseEndings {
    enum Kind: Sendable {
        case masculine, feminine, neuter
    }

    /// A noun that can head a phrase: its gender, whether it names a person (a masculine animate
    /// noun's accusative is its genitive: «назначить учителя») and any form of its own.
    struct Noun: Sendable {
        var kind: Kind
        var animate: Bool
        /// Forms that do not follow the ending: «в году», «в саду», «секретарём».
        var irregular: [GrammaticalCase: String] = [:]
    }

    static let velars: Set<Character> = ["г", "к", "х"]
    static let sibilants: Set<Character> = ["ж", "ш", "ч", "щ"]
    static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"]

    // MARK: Adjectives

    /// The endings of an adjective by its nominative ending and the letter before it; the masculine
    /// accusative is given for an inanimate noun (it is the genitive for an animate one).
    static func adjectiveEndings(_ ending: String, after letter: Character?, word: String) -> (kind: Kind, forms: [String])? {
        let velar = letter.map(velars.contains) ?? false
        let sibilant = letter.map(sibilants.contains) ?? false
        switch ending {
        case "ый": return (.masculine, ["ого", "ому", "ый", "ым", "ом"])
        case "ой": return (.masculine, ["ого", "ому", "ой", velar || sibilant ? "им" : "ым", "ом"])
        case "ий" where velar: return (.masculine, ["ого", "ому", "ий", "им", "ом"])
        case "ий": return (.masculine, ["его", "ему", "ий", "им", "ем"])
        case "ое": return (.neuter, ["ого", "ому", "ое", velar || sibilant ? "им" : "ым", "ом"])
        case "ее": return (.neuter, ["его", "ему", "ее", "им", "ем"])
        // After ж, ш, ч, щ the unstressed ending is -ей (общей, ведущей); «большая» is stressed.
        case "ая" where sibilant && word != "большая": return (.feminine, ["ей", "ей", "ую", "ей", "ей"])
        case "ая": return (.feminine, ["ой", "ой", "ую", "ой", "ой"])
        case "яя": return (.feminine, ["ей", "ей", "юю", "ей", "ей"])
        default: return nil
        }
    }

    /// Adjectives used as nouns, which head a phrase: «заведующий библиотекой», «старший вожатый».
    static let adjectivalNouns: Set<String> = [
        "заведующий", "заведующая", "исполняющий", "исполняющая", "вожатый", "вожатая", "дежурный", "дежурная",
        "уполномоченный", "уполномоченная", "управляющий", "управляющая", "ответственный", "ответственная",
        "мастерская", "учительская", "обучающийся", "обучающаяся",
    ]

    // MARK: Nouns

    /// The nouns that head the phrases of school paperwork. A noun not listed is declined by its
    /// ending when that tells its gender (a consonant, -ие, -ия, -а, -о, -тель), else left as it is.
    static let nouns: [String: Noun] = {
        var nouns: [String: Noun] = [:]
        let inanimateMasculine = [
            "лицей", "колледж", "техникум", "центр", "отдел", "департамент", "комитет", "университет", "институт",
            "интернат", "дом", "фонд", "совет", "филиал", "клуб", "театр", "музей", "корпус", "сектор", "кабинет",
            "класс", "кванториум", "отряд", "штаб", "союз", "орган", "суд", "город", "район", "округ", "год", "сад",
            "семестр", "период", "этап", "квартал", "месяц", "триместр", "проект", "план", "приказ", "договор",
        ]
        for noun in inanimateMasculine { nouns[noun] = Noun(kind: .masculine, animate: false) }
        let animateMasculine = [
            "учитель", "директор", "заместитель", "педагог", "советник", "наставник", "руководитель", "преподаватель",
            "воспитатель", "психолог", "логопед", "дефектолог", "методист", "специалист", "тьютор", "инспектор",
            "начальник", "председатель", "сотрудник", "работник", "ректор", "проректор", "декан", "мастер",
            "библиотекарь", "организатор", "инструктор", "концертмейстер", "педиатр", "куратор", "секретарь",
            "врач", "студент", "ученик", "представитель", "член", "консультант", "эксперт",
        ]
        for noun in animateMasculine { nouns[noun] = Noun(kind: .masculine, animate: true) }
        let feminine = [
            "организация", "школа", "гимназия", "администрация", "академия", "служба", "инспекция", "комиссия",
            "кафедра", "библиотека", "станция", "лаборатория", "студия", "программа", "группа",
            "федерация", "республика", "область", "часть", "палата", "дирекция", "компания", "ассоциация", "сеть",
            "должность", "работа", "смена", "четверть", "неделя", "учительница", "воспитательница",
        ]
        for noun in feminine { nouns[noun] = Noun(kind: .feminine, animate: false) }
        let neuter = [
            "учреждение", "управление", "министерство", "объединение", "общество", "отделение", "предприятие",
            "училище", "агентство", "бюро", "образование", "полугодие", "партнёрство", "содружество", "товарищество",
        ]
        for noun in neuter { nouns[noun] = Noun(kind: .neuter, animate: false) }
        // «в 2026–2027 учебном году», «в детском саду»: the locative documents say after «в».
        nouns["год"]?.irregular = [.prepositional: "году"]
        nouns["сад"]?.irregular = [.prepositional: "саду"]
        nouns["секретарь"]?.irregular = [.instrumental: "секретарём"]
        nouns["врач"]?.irregular = [.instrumental: "врачом"]
        nouns["бюро"]?.irregular = Dictionary(uniqueKeysWithValues: GrammaticalCase.allCases.map { ($0, "бюро") })
        return nouns
    }()

    /// Suffixes of nouns that name people, for nouns not in `nouns`.
    static let animateSuffixes = ["тель", "ист", "лог", "ник", "ер", "ор"]

    /// The noun `word` (lower case) is taken for, by the list or by its ending; nil if neither tells.
    static func noun(_ word: String) -> Noun? {
        if let known = nouns[word] { return known }
        guard let last = word.last else { return nil }
        let animate = animateSuffixes.contains { word.hasSuffix($0) }
        if word.hasSuffix("ие") || word.hasSuffix("о") { return Noun(kind: .neuter, animate: false) }
        if word.hasSuffix("ия") || word.hasSuffix("а") || word.hasSuffix("я") { return Noun(kind: .feminine, animate: false) }
        if word.hasSuffix("тель") { return Noun(kind: .masculine, animate: true) }
        if last == "й" || (!vowels.contains(last) && last != "ь" && last != "ъ" && last.isLetter) {
            return Noun(kind: .masculine, animate: animate)
        }
        return nil
    }

    /// The endings of a noun by its nominative ending: how many letters they replace and the forms.
    /// The accusative given is the inanimate one.
    static func nounEndings(_ word: String, kind: Kind) -> (replacing: Int, forms: [String])? {
        let letters = Array(word)
        guard let last = letters.last else { return nil }
        let beforeLast = letters.count > 1 ? letters[letters.count - 2] : nil
        switch kind {
        case .masculine:
            if last == "ь" { return (1, ["я", "ю", "ь", "ем", "е"]) }
            if last == "й" { return (1, ["я", "ю", "й", "ем", "е"]) }
            guard !vowels.contains(last) else { return nil }
            // After ж, ш, ч, щ, ц the unstressed instrumental is -ем: колледжем, месяцем.
            let instrumental = sibilants.contains(last) || last == "ц" ? "ем" : "ом"
            if word.hasSuffix("ец") && word != "месяц" { return nil }
            return (0, ["а", "у", "", instrumental, "е"])
        case .neuter:
            if word.hasSuffix("ие") { return (1, ["я", "ю", "е", "ем", "и"]) }
            if last == "е", let beforeLast, sibilants.contains(beforeLast) || beforeLast == "ц" { return (1, ["а", "у", "е", "ем", "е"]) }
            if last == "о" { return (1, ["а", "у", "о", "ом", "е"]) }
            return nil
        case .feminine:
            if word.hasSuffix("ия") { return (1, ["и", "и", "ю", "ей", "и"]) }
            if last == "я" { return (1, ["и", "е", "ю", "ей", "е"]) }
            if last == "ь" { return (1, ["и", "и", "ь", "ью", "и"]) }
            guard last == "а" else { return nil }
            let afterVelarOrSibilant = beforeLast.map { velars.contains($0) || sibilants.contains($0) } ?? false
            let instrumental = beforeLast.map(sibilants.contains) == true || beforeLast == "ц" ? "ей" : "ой"
            return (1, [afterVelarOrSibilant ? "и" : "ы", "е", "у", instrumental, "е"])
        }
    }
}
