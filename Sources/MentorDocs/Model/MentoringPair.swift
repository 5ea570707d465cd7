import DocumentEngine
public import SpecSyntax
public import CalendarDays

/// A mentor with one mentee (a pair) or several (a group), and their individual plan.
public struct MentoringPair: Sendable, Equatable {
    public var id: String
    public var form: MentoringForm
    public var mentorID: String
    public var menteeIDs: [String]
    public var start: CalendarDay
    public var months: Int
    public var goal: String?
    public var tasks: [String]
    public var plan: [PlanItem]
    /// A teacher mentor's monthly pay for mentoring, in the supplementary labour agreement.
    public var mentorPay: Roubles?
    /// The volume of the mentor's work («не более 4 часов в неделю»), in the same agreement.
    public var mentorWorkload: String?
    public var location: SourceLocation
    /// Where each field's value stands in the spec, for messages about that field.
    public var fieldLocations: [String: SourceLocation] = [:]

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

    public var isGroup: Bool { menteeIDs.count > 1 }
}

/// One line of an individual plan: what is done, when, and what comes of it.
public struct PlanItem: Sendable, Equatable {
    public var activity: String
    public var when: String
    public var result: String

    public init(activity: String, when: String, result: String) {
        self.activity = activity
        self.when = when
        self.result = result
    }
}
