import DocumentEngine
public import SpecSyntax
public import CalendarDays

/// A mentor with one mentee (a pair) or several (a group), and their individual plan.
public struct MentoringPair: Sendable, Equatable {
    /// The pair's or group's id in the spec: `p1`.
    public var id: String
    /// The form of mentoring it works in.
    public var form: MentoringForm
    /// The id of the participant who mentors.
    public var mentorID: String
    /// The ids of the mentees: one for a pair, several for a group.
    public var menteeIDs: [String]
    /// The day the mentoring starts.
    public var start: CalendarDay
    /// How long it lasts, in months: 8 prints as «8 (восемь) месяцев».
    public var months: Int
    /// The pair's own goal, in the plan and the agreement; nil when the spec gives none.
    public var goal: String?
    /// The tasks set for the mentoring, in the order of the spec; may be empty.
    public var tasks: [String]
    /// The lines of the individual plan; empty gives a plan with an empty table (and a warning).
    public var plan: [PlanItem]
    /// A teacher mentor's monthly pay for mentoring, in the supplementary labour agreement.
    public var mentorPay: Roubles?
    /// The volume of the mentor's work («не более 4 часов в неделю»), in the same agreement.
    public var mentorWorkload: String?
    /// Where the pair's entry starts in the spec, for messages about it.
    public var location: SourceLocation
    /// Where each field's value stands in the spec, for messages about that field.
    public var fieldLocations: [String: SourceLocation] = [:]

    /// A pair or group as the spec describes it; `mentorPay` and `mentorWorkload` start empty.
    public init(id: String, form: MentoringForm, mentorID: String, menteeIDs: [String], start: CalendarDay, months: Int,
        goal: String? = nil, tasks: [String] = [], plan: [PlanItem] = [], location: SourceLocation)
    {
        self.id = id
        self.form = form
        self.mentorID = mentorID
        self.menteeIDs = menteeIDs
        self.start = start
        self.months = months
        self.goal = goal
        self.tasks = tasks
        self.plan = plan
        self.location = location
    }

    /// Whether it is a group: more than one mentee.
    public var isGroup: Bool { menteeIDs.count > 1 }
}

/// One line of an individual plan: what is done, when, and what comes of it.
public struct PlanItem: Sendable, Equatable {
    /// What is done: «Взаимопосещение уроков».
    public var activity: String
    /// When, in words: «октябрь – декабрь 2026».
    public var when: String
    /// What is to come of it: «Посещено не менее 6 уроков».
    public var result: String

    /// A line: `activity`, at `when`, giving `result`.
    public init(activity: String, when: String, result: String) {
        self.activity = activity
        self.when = when
        self.result = result
    }
}
