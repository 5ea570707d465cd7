import DocumentEngine
public import SpecSyntax
public import CalendarDays

/// Everything one spec says: the organisation, the programme year, its people and pairs.
public struct Programme: Sendable {
    public var file: String
    public var organisation: Organisation
    public var schoolYear: String
    public var start: CalendarDay
    public var end: CalendarDay
    /// The date the documents are dated with; ages are computed on it.
    public var documentDate: CalendarDay
    public var forms: [MentoringForm]
    public var orders: [String: Order]
    public var participants: [Participant] {
        didSet { participantIndex = Self.index(participants) }
    }
    public var pairs: [MentoringPair]
    /// The school's own roadmap; nil means the standard seven stages.
    public var roadmap: Roadmap?
    /// The minutes of the councils that adopted the Положение or were consulted on it.
    public var councils: [Council: CouncilMinutes] = [:]
    /// Where each order stands in the spec, for messages about its date.
    public var orderLocations: [String: SourceLocation] = [:]
    /// Where each id stands in `participants`: pairs look their people up for every document.
    private var participantIndex: [String: Int]

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

    public func participant(_ id: String) -> Participant? { participantIndex[id].map { participants[$0] } }

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
    public var number: String
    public var date: CalendarDay

    public init(number: String, date: CalendarDay) {
        self.number = number
        self.date = date
    }
}
