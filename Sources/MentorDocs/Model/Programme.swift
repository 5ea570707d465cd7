import DocumentEngine
public import SpecSyntax
public import CalendarDays

/// Everything one spec says: the organisation, the programme year, its people and pairs.
public struct Programme: Sendable {
    /// The spec's file name, as messages give it: `school.spec`.
    public var file: String
    /// The school that runs the programme.
    public var organisation: Organisation
    /// The school year as documents print it: «2026–2027 учебный год».
    public var schoolYear: String
    /// The programme year's first day.
    public var start: CalendarDay
    /// Its last day: consents are valid until it, and the closing order is dated by it unless the spec says otherwise.
    public var end: CalendarDay
    /// The date the documents are dated with; ages are computed on it.
    public var documentDate: CalendarDay
    /// The forms of mentoring in use, in the order of the spec.
    public var forms: [MentoringForm]
    /// The director's orders the spec numbers and dates, by key: `introduction`, `curator`, `pairs`, `plans`, `closing`.
    public var orders: [String: Order]
    /// Every mentor and mentee, in the order of the spec.
    public var participants: [Participant] {
        didSet { participantIndex = Self.index(participants) }
    }
    /// The pairs and groups, in the order of the spec.
    public var pairs: [MentoringPair]
    /// The school's own roadmap; nil means the standard seven stages.
    public var roadmap: Roadmap?
    /// The minutes of the councils that adopted the Положение or were consulted on it.
    public var councils: [Council: CouncilMinutes] = [:]
    /// Where each order stands in the spec, for messages about its date.
    public var orderLocations: [String: SourceLocation] = [:]
    /// Where each id stands in `participants`: pairs look their people up for every document.
    private var participantIndex: [String: Int]

    /// A programme as a spec describes it; `councils` starts empty.
    public init(file: String, organisation: Organisation, schoolYear: String, start: CalendarDay, end: CalendarDay,
        documentDate: CalendarDay, forms: [MentoringForm], orders: [String: Order] = [:], participants: [Participant],
        pairs: [MentoringPair], roadmap: Roadmap? = nil)
    {
        self.file = file
        self.organisation = organisation
        self.schoolYear = schoolYear
        self.start = start
        self.end = end
        self.documentDate = documentDate
        self.forms = forms
        self.orders = orders
        self.participants = participants
        self.participantIndex = Self.index(participants)
        self.pairs = pairs
        self.roadmap = roadmap
    }

    /// The roadmap the documents print: the spec's own, or the standard one dated from the start.
    public var effectiveRoadmap: Roadmap {
        roadmap ?? StandardRoadmap.roadmap(for: self)
    }

    /// The dates of the orders and of the pairs' work, as the spec gives them or as they follow from it.
    public var schedule: ProgrammeSchedule { ProgrammeSchedule(self) }

    /// The participant with this id (the first, if the spec repeats it), or nil when there is none.
    public func participant(_ id: String) -> Participant? { participantIndex[id].map { participants[$0] } }

    /// The full name of the participant with this id, read in place (a participant is a large value to copy for one field).
    func fullName(of id: String) -> String? { participantIndex[id].map { participants[$0].person.fullName } }

    /// Where the participant with this id stands in `participants`.
    func position(of id: String) -> Int? { participantIndex[id] }

    /// The first place of each id (validation reports the duplicates).
    private static func index(_ participants: [Participant]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, participant) in participants.enumerated() where index[participant.id] == nil {
            index[participant.id] = position
        }
        return index
    }
}

/// The number and date of a director's order.
public struct Order: Sendable, Equatable {
    /// The order's number as the school writes it: «45-о».
    public var number: String
    /// The day it is issued.
    public var date: CalendarDay

    /// Order `number` of `date`.
    public init(number: String, date: CalendarDay) {
        self.number = number
        self.date = date
    }
}
