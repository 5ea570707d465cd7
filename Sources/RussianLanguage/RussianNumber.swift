/// Numbers in words, agreeing in gender and case, with the counted noun in the right form:
/// «9 (девять) месяцев», «2 (две) недели», «21 (двадцать один) участник».
public enum RussianNumber {
    /// The grammatical gender of what is counted, which «один»/«одна»/«одно» and «два»/«две» agree with.
    public enum NumberGender: Sendable {
        /// `masculine`: «один», «два» (месяц); `feminine`: «одна», «две» (неделя); `neuter`: «одно», «два» (окно).
        case masculine, feminine, neuter
    }

    /// A noun's forms: singular and plural in the six cases, in `GrammaticalCase.allCases` order.
    public struct NounForms: Sendable {
        /// The noun's gender, which the number agrees with: «два месяца», «две недели».
        public var gender: NumberGender
        /// The six singular forms, nominative first: «месяц», «месяца», «месяцу», …
        public var singular: [String]
        /// The six plural forms, nominative first: «месяцы», «месяцев», «месяцам», …
        public var plural: [String]

        /// A noun of `gender` with its six singular and six plural forms, in `GrammaticalCase.allCases` order.
        public init(gender: NumberGender, singular: [String], plural: [String]) {
            self.gender = gender
            self.singular = singular
            self.plural = plural
        }

        /// «месяц»: «8 (восемь) месяцев».
        public static let month = NounForms(gender: .masculine,
            singular: ["месяц", "месяца", "месяцу", "месяц", "месяцем", "месяце"],
            plural: ["месяцы", "месяцев", "месяцам", "месяцы", "месяцами", "месяцах"])
        /// «неделя»: «2 (две) недели».
        public static let week = NounForms(gender: .feminine,
            singular: ["неделя", "недели", "неделе", "неделю", "неделей", "неделе"],
            plural: ["недели", "недель", "неделям", "недели", "неделями", "неделях"])
        /// «год»: «5 (пять) лет».
        public static let year = NounForms(gender: .masculine,
            singular: ["год", "года", "году", "год", "годом", "годе"],
            plural: ["годы", "лет", "годам", "годы", "годами", "годах"])
        /// «день»: «3 (три) дня».
        public static let day = NounForms(gender: .masculine,
            singular: ["день", "дня", "дню", "день", "днём", "дне"],
            plural: ["дни", "дней", "дням", "дни", "днями", "днях"])
        /// «участник»: «21 (двадцать один) участник».
        public static let participant = NounForms(gender: .masculine,
            singular: ["участник", "участника", "участнику", "участника", "участником", "участнике"],
            plural: ["участники", "участников", "участникам", "участников", "участниками", "участниках"])
        /// «час»: «4 (четыре) часа».
        public static let hour = NounForms(gender: .masculine,
            singular: ["час", "часа", "часу", "час", "часом", "часе"],
            plural: ["часы", "часов", "часам", "часы", "часами", "часах"])
        /// «документ»: «12 (двенадцать) документов».
        public static let document = NounForms(gender: .masculine,
            singular: ["документ", "документа", "документу", "документ", "документом", "документе"],
            plural: ["документы", "документов", "документам", "документы", "документами", "документах"])
        /// «экземпляр»: «2 (два) экземпляра».
        public static let copy = NounForms(gender: .masculine,
            singular: ["экземпляр", "экземпляра", "экземпляру", "экземпляр", "экземпляром", "экземпляре"],
            plural: ["экземпляры", "экземпляров", "экземплярам", "экземпляры", "экземплярами", "экземплярах"])
    }

    /// «9 (девять) месяцев»: the figure, the number in words, the noun agreeing with both.
    public static func counted(_ number: Int, noun: NounForms, case grammaticalCase: GrammaticalCase = .nominative) -> String {
        "\(number) (\(words(number, gender: noun.gender, case: grammaticalCase))) \(nounForm(number, noun, grammaticalCase))"
    }

    /// The noun after a number: «1 месяц», «2 месяца», «5 месяцев»; in oblique cases the plural.
    public static func nounForm(_ number: Int, _ noun: NounForms, _ grammaticalCase: GrammaticalCase) -> String {
        let index = GrammaticalCase.allCases.firstIndex(of: grammaticalCase)!
        let lastTwo = abs(number) % 100
        let last = abs(number) % 10
        let one = last == 1 && lastTwo != 11
        let few = (2...4).contains(last) && !(12...14).contains(lastTwo)
        switch grammaticalCase {
        case .nominative, .accusative:
            if one { return noun.singular[index] }
            if few { return noun.singular[1] }
            return noun.plural[1]
        default:
            return one ? noun.singular[index] : noun.plural[index]
        }
    }

    /// The number in words, in the given case and (for one and two) gender, up to 999 999 999.
    public static func words(_ number: Int, gender: NumberGender = .masculine, case grammaticalCase: GrammaticalCase = .nominative) -> String {
        guard number != 0 else { return zero[GrammaticalCase.allCases.firstIndex(of: grammaticalCase)!] }
        guard number > 0 else { return "минус " + words(-number, gender: gender, case: grammaticalCase) }
        var parts: [String] = []
        let millions = number / 1_000_000 % 1000
        let thousands = number / 1000 % 1000
        let rest = number % 1000
        if millions > 0 {
            parts += triple(millions, gender: .masculine, grammaticalCase)
            parts.append(nounForm(millions, million, grammaticalCase))
        }
        if thousands > 0 {
            parts += triple(thousands, gender: .feminine, grammaticalCase)
            parts.append(nounForm(thousands, thousand, grammaticalCase))
        }
        if rest > 0 { parts += triple(rest, gender: gender, grammaticalCase) }
        return parts.joined(separator: " ")
    }

    private static let thousand = NounForms(gender: .feminine,
        singular: ["тысяча", "тысячи", "тысяче", "тысячу", "тысячей", "тысяче"],
        plural: ["тысячи", "тысяч", "тысячам", "тысячи", "тысячами", "тысячах"])
    private static let million = NounForms(gender: .masculine,
        singular: ["миллион", "миллиона", "миллиону", "миллион", "миллионом", "миллионе"],
        plural: ["миллионы", "миллионов", "миллионам", "миллионы", "миллионами", "миллионах"])

    private static func triple(_ number: Int, gender: NumberGender, _ grammaticalCase: GrammaticalCase) -> [String] {
        let index = GrammaticalCase.allCases.firstIndex(of: grammaticalCase)!
        var parts: [String] = []
        if number / 100 > 0 { parts.append(hundreds[number / 100 - 1][index]) }
        let lastTwo = number % 100
        if (10...19).contains(lastTwo) {
            parts.append(teens[lastTwo - 10][index])
        } else {
            if lastTwo / 10 >= 2 { parts.append(tens[lastTwo / 10 - 2][index]) }
            let unit = lastTwo % 10
            if unit == 1 { parts.append(one(gender)[index]) }
            else if unit == 2 { parts.append(gender == .feminine ? twoFeminine[index] : two[index]) }
            else if unit > 2 { parts.append(units[unit - 3][index]) }
        }
        return parts
    }

    // Each list: nominative, genitive, dative, accusative (inanimate), instrumental, prepositional.
    private static let zero = ["ноль", "ноля", "нолю", "ноль", "нолём", "ноле"]

    private static func one(_ gender: NumberGender) -> [String] {
        switch gender {
        case .masculine: ["один", "одного", "одному", "один", "одним", "одном"]
        case .feminine: ["одна", "одной", "одной", "одну", "одной", "одной"]
        case .neuter: ["одно", "одного", "одному", "одно", "одним", "одном"]
        }
    }

    private static let two = ["два", "двух", "двум", "два", "двумя", "двух"]
    private static let twoFeminine = ["две", "двух", "двум", "две", "двумя", "двух"]
    private static let units: [[String]] = [
        ["три", "трёх", "трём", "три", "тремя", "трёх"],
        ["четыре", "четырёх", "четырём", "четыре", "четырьмя", "четырёх"],
        ["пять", "пяти", "пяти", "пять", "пятью", "пяти"],
        ["шесть", "шести", "шести", "шесть", "шестью", "шести"],
        ["семь", "семи", "семи", "семь", "семью", "семи"],
        ["восемь", "восьми", "восьми", "восемь", "восемью", "восьми"],
        ["девять", "девяти", "девяти", "девять", "девятью", "девяти"],
    ]
    private static let teens: [[String]] = [
        ["десять", "десяти", "десяти", "десять", "десятью", "десяти"],
        ["одиннадцать", "одиннадцати", "одиннадцати", "одиннадцать", "одиннадцатью", "одиннадцати"],
        ["двенадцать", "двенадцати", "двенадцати", "двенадцать", "двенадцатью", "двенадцати"],
        ["тринадцать", "тринадцати", "тринадцати", "тринадцать", "тринадцатью", "тринадцати"],
        ["четырнадцать", "четырнадцати", "четырнадцати", "четырнадцать", "четырнадцатью", "четырнадцати"],
        ["пятнадцать", "пятнадцати", "пятнадцати", "пятнадцать", "пятнадцатью", "пятнадцати"],
        ["шестнадцать", "шестнадцати", "шестнадцати", "шестнадцать", "шестнадцатью", "шестнадцати"],
        ["семнадцать", "семнадцати", "семнадцати", "семнадцать", "семнадцатью", "семнадцати"],
        ["восемнадцать", "восемнадцати", "восемнадцати", "восемнадцать", "восемнадцатью", "восемнадцати"],
        ["девятнадцать", "девятнадцати", "девятнадцати", "девятнадцать", "девятнадцатью", "девятнадцати"],
    ]
    private static let tens: [[String]] = [
        ["двадцать", "двадцати", "двадцати", "двадцать", "двадцатью", "двадцати"],
        ["тридцать", "тридцати", "тридцати", "тридцать", "тридцатью", "тридцати"],
        ["сорок", "сорока", "сорока", "сорок", "сорока", "сорока"],
        ["пятьдесят", "пятидесяти", "пятидесяти", "пятьдесят", "пятьюдесятью", "пятидесяти"],
        ["шестьдесят", "шестидесяти", "шестидесяти", "шестьдесят", "шестьюдесятью", "шестидесяти"],
        ["семьдесят", "семидесяти", "семидесяти", "семьдесят", "семьюдесятью", "семидесяти"],
        ["восемьдесят", "восьмидесяти", "восьмидесяти", "восемьдесят", "восемьюдесятью", "восьмидесяти"],
        ["девяносто", "девяноста", "девяноста", "девяносто", "девяноста", "девяноста"],
    ]
    private static let hundreds: [[String]] = [
        ["сто", "ста", "ста", "сто", "ста", "ста"],
        ["двести", "двухсот", "двумстам", "двести", "двумястами", "двухстах"],
        ["триста", "трёхсот", "трёмстам", "триста", "тремястами", "трёхстах"],
        ["четыреста", "четырёхсот", "четырёмстам", "четыреста", "четырьмястами", "четырёхстах"],
        ["пятьсот", "пятисот", "пятистам", "пятьсот", "пятьюстами", "пятистах"],
        ["шестьсот", "шестисот", "шестистам", "шестьсот", "шестьюстами", "шестистах"],
        ["семьсот", "семисот", "семистам", "семьсот", "семьюстами", "семистах"],
        ["восемьсот", "восьмисот", "восьмистам", "восемьсот", "восемьюстами", "восьмистах"],
        ["девятьсот", "девятисот", "девятистам", "девятьсот", "девятьюстами", "девятистах"],
    ]
}
