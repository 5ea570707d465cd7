/// Who signs for a person, by their age in full years. The two ages the law ties this to are
/// written here once, for the validation of a spec, the choice of consent and the templates' words.
///
/// Under 14 a parent or legal representative acts for the child (Civil Code art. 28); from 14 the
/// minor signs with the written consent of a parent or попечитель (art. 26); from 18 alone (art. 21).
public enum AgeBand: Sendable, Hashable, CaseIterable {
    /// Under 14: signs nothing; a parent, опекун or попечитель gives the consent for them.
    case child
    /// 14 to 17: signs, and a parent or попечитель signs on the same form.
    case adolescent
    /// 18 and over: signs alone.
    case adult

    /// From this age a minor signs their own consent.
    public static let ownSignatureAge = 14
    /// From this age a person is of full age.
    public static let adulthood = 18

    /// The band of someone `age` full years old.
    public init(age: Int) {
        self = age >= Self.adulthood ? .adult : age >= Self.ownSignatureAge ? .adolescent : .child
    }

    /// The band of someone born on `birth`, on `date`.
    public init(born birth: CalendarDay, on date: CalendarDay) {
        self.init(age: birth.fullYears(on: date))
    }

    /// Under 18: a parent or representative takes part in what the person signs.
    public var isMinor: Bool { self != .adult }

    /// «14–17»: the adolescents' ages, as documents write them.
    public static var adolescentAges: String { "\(ownSignatureAge)–\(adulthood - 1)" }
}

extension CalendarDay {
    /// Full years from this day (a birth date) to `date`.
    public func fullYears(on date: CalendarDay) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }
}
