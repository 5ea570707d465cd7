public import MentorDocs

/// Which paper a document is: its kind, its pair or group, and the people it names, in the
/// planner's order. A document made again for the same people is the same paper.
public struct PaperKey: Hashable, Sendable {
    public var kind: PaperKind
    public var pairID: String?
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
