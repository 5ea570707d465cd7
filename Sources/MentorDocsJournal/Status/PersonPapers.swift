public import MentorDocs

/// A participant and the papers that name them.
public struct PersonPapers: Sendable {
    /// The person, as the spec describes them.
    public var participant: Participant
    /// Those the spec makes, in the order `generate` makes them, then any the journal has from an earlier spec.
    public var papers: [PaperStatus]

    /// `participant` with `papers`.
    public init(participant: Participant, papers: [PaperStatus]) {
        self.participant = participant
        self.papers = papers
    }
}
