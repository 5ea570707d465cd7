public import MentorDocs

/// “This person's paper came back (or was withdrawn) on this day”, as the secretary says it.
public struct MarkRequest: Sendable, Equatable {
    /// The participant, by spec id.
    public var personID: String
    /// Which of their papers.
    public var paper: PaperKind
    /// The pair or group, when the person has papers of this kind in more than one.
    public var pairID: String?
    /// What happened to it.
    public var event: PaperEvent.Kind
    /// When.
    public var day: CalendarDay

    /// `event` happened on `day` to the `paper` of `personID` (in the pair `pairID`, if given).
    public init(personID: String, paper: PaperKind, pairID: String? = nil, event: PaperEvent.Kind, day: CalendarDay) {
        self.personID = personID
        self.paper = paper
        self.pairID = pairID
        self.event = event
        self.day = day
    }
}
