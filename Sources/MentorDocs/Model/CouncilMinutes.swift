public import CalendarDays

/// The minutes (протокол) of a council's meeting: the pedagogical council that adopts the
/// Положение, the councils of pupils and of parents whose opinion it takes into account
/// (273-ФЗ art. 30 part 3). Either part may be missing: the document leaves a blank for it.
public struct CouncilMinutes: Sendable, Equatable {
    public var number: String?
    public var date: CalendarDay?

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
