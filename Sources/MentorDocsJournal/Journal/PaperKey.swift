public import MentorDocs

/// Which paper a document is: its kind, its pair or group, and the people it names, in the
/// planner's order. A document made again for the same people is the same paper.
public struct PaperKey: Hashable, Sendable {
    /// What the paper is.
    public var kind: PaperKind
    /// The pair or group it belongs to; nil for a person's consents.
    public var pairID: String?
    /// The spec ids of the people it names, in the planner's order (an agreement: the mentor, then the mentee).
    public var personIDs: [String]

    /// The paper of `kind` about `personIDs` (in the planner's order), in the pair `pairID` if any.
    public init(kind: PaperKind, pairID: String?, personIDs: [String]) {
        self.kind = kind
        self.pairID = pairID
        self.personIDs = personIDs
    }

    /// The paper a planned document is, or nil for documents not handed back signed.
    public init?(_ record: DocumentRecord) {
        guard let kind = PaperKind(record.kind) else { return nil }
        self.init(kind: kind, pairID: record.pairID, personIDs: record.participantIDs)
    }
}
