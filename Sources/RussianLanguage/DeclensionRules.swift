/// The rules of declension of Russian personal names, as data.
///
/// Each rule replaces an ending of the nominative with the endings of the genitive, dative,
/// accusative, instrumental and prepositional, in that order. The longest matching ending wins;
/// `nil` endings mean the word does not decline. Written from the rules of Russian grammar
/// (Розенталь, «Справочник по правописанию и литературной правке», § on surnames), with these
/// decisions for what grammar leaves to stress or origin, which a spec cannot tell:
///
/// - Surnames keep their fleeting vowel (Козел → Козела, Кравец → Кравеца), as registry offices
///   and the passport service write them: a surname is a legal name, not a common noun.
/// - After ж, ш, ч, щ, ц the instrumental ending is the unstressed one (Бабичем, Кравецем,
///   Головнёй is written Головней), except the patronymics Ильич, Кузьмич (Козьмич), Фомич, Лукич.
/// - Surnames in a vowel other than unstressed -а/-я are taken as foreign and do not decline
///   (Шевченко, Гёте, Дюма is in the list of exceptions, Моруа and Гюго end in other vowels).
/// - Feminine surnames ending in a consonant or -ь do not decline (Анна Шмидт, Ольга Коваль).
enum DeclensionRules {
    struct Rule {
        let ending: String
        /// The ending's length in letters.
        let length: Int
        /// Genitive, dative, accusative, instrumental, prepositional; nil: indeclinable.
        let forms: [String]?

        init(_ ending: String, _ forms: [String]?) {
            self.ending = ending
            self.length = ending.unicodeScalars.count
            self.forms = forms
        }
    }

    static let indeclinable: [String]? = nil

    // MARK: Surnames

    static let maleSurnames: [Rule] = [
        Rule("ский", ["ского", "скому", "ского", "ским", "ском"]),
        Rule("цкий", ["цкого", "цкому", "цкого", "цким", "цком"]),
        Rule("ской", ["ского", "скому", "ского", "ским", "ском"]),
        Rule("цкой", ["цкого", "цкому", "цкого", "цким", "цком"]),
        Rule("ый", ["ого", "ому", "ого", "ым", "ом"]),
        Rule("ой", ["ого", "ому", "ого", "ым", "ом"]),
        // After г, к, х the instrumental is -им: Сухой → Сухим.
        Rule("гой", ["гого", "гому", "гого", "гим", "гом"]),
        Rule("кой", ["кого", "кому", "кого", "ким", "ком"]),
        Rule("хой", ["хого", "хому", "хого", "хим", "хом"]),
        // Soft adjectives: Ukrainian -ний (Застрожний → Застрожнего) and -ий after ж, ч, ш, щ
        // (Садовничий → Садовничего), which Russian spelling writes only in adjectives.
        Rule("ний", ["него", "нему", "него", "ним", "нем"]),
        Rule("жий", ["жего", "жему", "жего", "жим", "жем"]), Rule("чий", ["чего", "чему", "чего", "чим", "чем"]),
        Rule("ший", ["шего", "шему", "шего", "шим", "шем"]), Rule("щий", ["щего", "щему", "щего", "щим", "щем"]),
        Rule("гий", ["гого", "гому", "гого", "гим", "гом"]),
        Rule("кий", ["кого", "кому", "кого", "ким", "ком"]),
        Rule("хий", ["хого", "хому", "хого", "хим", "хом"]),
        Rule("ий", ["ия", "ию", "ия", "ием", "ии"]),
        Rule("ов", ["ова", "ову", "ова", "овым", "ове"]),
        Rule("ев", ["ева", "еву", "ева", "евым", "еве"]),
        Rule("ёв", ["ёва", "ёву", "ёва", "ёвым", "ёве"]),
        Rule("ин", ["ина", "ину", "ина", "иным", "ине"]),
        Rule("ын", ["ына", "ыну", "ына", "ыным", "ыне"]),
        Rule("ко", indeclinable), Rule("аго", indeclinable), Rule("яго", indeclinable), Rule("ово", indeclinable),
        Rule("ь", ["я", "ю", "я", "ем", "е"]),
        Rule("й", ["я", "ю", "я", "ем", "е"]),
        Rule("ж", ["жа", "жу", "жа", "жем", "же"]), Rule("ш", ["ша", "шу", "ша", "шем", "ше"]),
        Rule("ч", ["ча", "чу", "ча", "чем", "че"]), Rule("щ", ["ща", "щу", "ща", "щем", "ще"]),
        Rule("ц", ["ца", "цу", "ца", "цем", "це"]),
    ] + pluralAdjectives + vowelSurnames + foreignVowels

    static let femaleSurnames: [Rule] = [
        Rule("ская", ["ской", "ской", "скую", "ской", "ской"]),
        Rule("цкая", ["цкой", "цкой", "цкую", "цкой", "цкой"]),
        Rule("ая", ["ой", "ой", "ую", "ой", "ой"]),
        Rule("яя", ["ей", "ей", "юю", "ей", "ей"]),
        Rule("ова", ["овой", "овой", "ову", "овой", "овой"]),
        Rule("ева", ["евой", "евой", "еву", "евой", "евой"]),
        Rule("ёва", ["ёвой", "ёвой", "ёву", "ёвой", "ёвой"]),
        Rule("ина", ["иной", "иной", "ину", "иной", "иной"]),
        Rule("ына", ["ыной", "ыной", "ыну", "ыной", "ыной"]),
        Rule("ко", indeclinable), Rule("аго", indeclinable), Rule("яго", indeclinable), Rule("ово", indeclinable),
    ] + pluralAdjectives + vowelSurnames + foreignVowels

    /// Surnames that are adjectives in the genitive plural do not decline (Седых, Долгих, Крайних).
    /// Russian spelling has -их only after г, к, х, ж, ш, ч, щ and a soft н or ь; after other
    /// letters -их is a noun's ending and declines for a man: Рерих → Рериха, Фрейндлих → Фрейндлиха.
    static let pluralAdjectives: [Rule] = (["ых"] + ["г", "к", "х", "ж", "ш", "ч", "щ", "н", "ь"].map { $0 + "их" })
        .map { Rule($0, indeclinable) }

    /// Surnames in unstressed -а/-я decline alike for both genders (Глинка, Головня, Берия).
    static let vowelSurnames: [Rule] = [Rule("ия", ["ии", "ии", "ию", "ией", "ии"])] + firstDeclension

    /// Nouns in -а/-я, with the spelling after к, г, х (-и) and after ж, ш, ч, щ, ц (-ей when unstressed).
    static let firstDeclension: [Rule] = [
        Rule("ка", ["ки", "ке", "ку", "кой", "ке"]), Rule("га", ["ги", "ге", "гу", "гой", "ге"]),
        Rule("ха", ["хи", "хе", "ху", "хой", "хе"]),
        Rule("жа", ["жи", "же", "жу", "жей", "же"]), Rule("ша", ["ши", "ше", "шу", "шей", "ше"]),
        Rule("ча", ["чи", "че", "чу", "чей", "че"]), Rule("ща", ["щи", "ще", "щу", "щей", "ще"]),
        Rule("ца", ["цы", "це", "цу", "цей", "це"]),
        Rule("а", ["ы", "е", "у", "ой", "е"]),
        Rule("я", ["и", "е", "ю", "ей", "е"]),
    ]

    static let foreignVowels: [Rule] = ["о", "е", "ё", "и", "у", "ю", "э", "ы"].map { Rule($0, indeclinable) }

    /// Surnames that are nouns with a stressed -ец keeping its vowel: Кузнец → Кузнецом, Швец → Швецом.
    static let stressedNounSurnames: Set<String> = [
        "кузнец", "швец", "жнец", "чтец", "жрец", "мудрец", "хитрец", "храбрец", "близнец", "резец", "истец",
    ]

    /// The first parts of hyphenated names that stay as they are: Тер-Петросяна, Бонч-Бруевичу, Абдул-Азиза.
    static let hyphenPrefixes: Set<String> = [
        "тер", "мелик", "бонч", "ван", "сент", "сен", "абдул", "абдуль", "абдель", "абу", "аль", "эль", "ибн", "бен",
        "фон", "де", "дер", "ди", "ле", "ла", "мак", "оглы", "ага",
    ]

    /// The endings of a double surname's first part that declines: Russian surnames' adjectival and
    /// possessive forms and -ич (Римского-Корсакова, Петрова-Водкина, Немировича-Данченко). Other
    /// first parts stay, as the dictionary writes them: Книппер-Чехова, Кара-Мурзы, Бен-Гуриона.
    static let decliningFirstParts: [String] = [
        "ов", "ев", "ёв", "ин", "ын", "ий", "ый", "ой", "ич", "ова", "ева", "ёва", "ина", "ына", "ая", "яя",
    ]

    /// Surnames that end like declining ones but do not decline: French ones stressed on the final
    /// -а or -я (Дюма, Петипа, Труайя), which spelling does not show.
    static let indeclinableSurnames: Set<String> = [
        "дюма", "золя", "тома", "дега", "петипа", "ферма", "люка", "труайя", "гамсахурдиа", "шоу",
    ]

    // MARK: First names

    /// Names whose stem changes: the nominative and the stem the endings go on.
    static let irregularStems: [String: String] = [
        "павел": "павл", "лев": "льв", "пётр": "петр", "петр": "петр",
    ]

    static let maleFirstNames: [Rule] = [
        Rule("ий", ["ия", "ию", "ия", "ием", "ии"]),
        Rule("ей", ["ея", "ею", "ея", "еем", "ее"]),
        Rule("ай", ["ая", "аю", "ая", "аем", "ае"]),
        Rule("ой", ["оя", "ою", "оя", "оем", "ое"]),
        Rule("й", ["я", "ю", "я", "ем", "е"]),
        Rule("ь", ["я", "ю", "я", "ем", "е"]),
        Rule("ья", ["ьи", "ье", "ью", "ьёй", "ье"]),
        // Diminutives lose their ё: Игорёк → Игорька.
        Rule("ёк", ["ька", "ьку", "ька", "ьком", "ьке"]),
        Rule("ж", ["жа", "жу", "жа", "жем", "же"]), Rule("ш", ["ша", "шу", "ша", "шем", "ше"]),
        // Men's names in -ч are stressed on the end, as Turkic and Armenian names are: Айтачом, Мкртичом.
        Rule("ч", ["ча", "чу", "ча", "чом", "че"]), Rule("ц", ["ца", "цу", "ца", "цем", "це"]),
    ] + firstDeclension + foreignVowels

    /// Adjectival endings (-ой, -ый, -ий, and the possessive -ин, -ын) decline as adjectives only
    /// after a stem with a vowel: Толстой → Толстого, Ильин → Ильиным, but Цой → Цоя and
    /// Грин → Грином, as nouns.
    static let adjectivalEndings: Set<String> = [
        "ой", "ый", "ий", "гой", "кой", "хой", "ний", "жий", "чий", "ший", "щий", "гий", "кий", "хий", "ин", "ын",
    ]

    static let femaleFirstNames: [Rule] = [
        Rule("ия", ["ии", "ии", "ию", "ией", "ии"]),
        Rule("ья", ["ьи", "ье", "ью", "ьей", "ье"]),
        Rule("ь", ["и", "и", "ь", "ью", "и"]),
    ] + firstDeclension + foreignVowels

    /// Names in -а/-я that are men's.
    static let maleNamesInA: Set<String> = [
        "никита", "илья", "фома", "кузьма", "лука", "савва", "данила", "гаврила", "фока", "ерёма", "емеля", "мустафа", "муса",
    ]

    /// Women's names in -ь that decline (Любови, Нинели): the Russian, biblical and long-borrowed
    /// ones. Others, mostly Turkic (Айгуль, Гузель, Асель), are written as they are, as the
    /// OpenCorpora dictionary records them and as their bearers' documents show.
    static let decliningFemaleNamesInSoftSign: Set<String> = [
        "любовь", "нинель", "рахиль", "эсфирь", "юдифь", "руфь", "суламифь", "жизель", "гизель", "рашель", "агидель",
        "анварь", "анвэрь", "анвярь", "абузарь",
    ]

    /// Tatar women's names with a stressed -ия: Алия́ → Алие, Алиёй (but Мария → Марии, Марией).
    static let stressedFemaleNamesInIya: Set<String> = ["алия", "альфия", "галия", "гульфия", "зульфия"]

    /// Names in -ь that are women's.
    static let femaleNamesInSoftSign: Set<String> = ["любовь", "нинель", "адель", "ассоль", "рахиль", "эсфирь", "юдифь", "айгуль", "гузель", "нурсиль"]

    // MARK: Patronymics

    static let malePatronymics: [Rule] = [
        Rule("ович", ["овича", "овичу", "овича", "овичем", "овиче"]),
        Rule("евич", ["евича", "евичу", "евича", "евичем", "евиче"]),
        Rule("ювич", ["ювича", "ювичу", "ювича", "ювичем", "ювиче"]),
        // Unstressed: Никитич → Никитичем, Саввич → Саввичем; the stressed ones follow.
        Rule("ич", ["ича", "ичу", "ича", "ичем", "иче"]),
    ] + ["ильич", "кузьмич", "козьмич", "фомич", "лукич"].map { Rule($0, [$0 + "а", $0 + "у", $0 + "а", $0 + "ом", $0 + "е"]) }

    static let femalePatronymics: [Rule] = [
        Rule("на", ["ны", "не", "ну", "ной", "не"]),
    ]

    /// Turkic patronymics: the word after the father's name marks the gender and does not decline.
    static let turkicMarkers: [String: Gender] = ["оглы": .male, "улы": .male, "кызы": .female, "гызы": .female]
}
