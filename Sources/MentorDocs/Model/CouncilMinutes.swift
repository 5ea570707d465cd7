public import CalendarDays

/// The minutes (протокол) of a council's meeting: the pedagogical council that adopts the
/// Положение, the councils of pupils and of parents whose opinion it takes into account
/// (273-ФЗ art. 30 part 3). Either part may be missing: the document leaves a blank for it.
public struct CouncilMinutes: Sendable, Equatable {
    /// The minutes' number as the council wrote it: «3»; nil leaves a blank.
    public var number: String?
    /// The day of the meeting; nil leaves a blank.
    public var date: CalendarDay?

    /// Minutes numbered `number` of `date`, either of which may be unknown.
    public init(number: String?, date: CalendarDay?) {
        self.number = number
        self.date = date
    }
}

/// The councils a spec names under `programme.councils`.
public enum Council: String, Sendable, CaseIterable {
    /// Педагогический совет: adopts the Положение.
    case pedagogical
    /// Совет обучающихся: its opinion is taken into account.
    case students
    /// Совет родителей (законных представителей) несовершеннолетних обучающихся.
    case parents
}
