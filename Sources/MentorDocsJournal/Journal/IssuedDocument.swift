public import MentorDocs

/// A document file handed out: what it is, whom it names by id, where it was written and what it held.
public struct IssuedDocument: Sendable, Equatable {
    /// Which document it is (the template's name: `consent-minor`, `agreement` …).
    public var kind: DocumentKind
    /// The participants it names, by their spec ids, in the planner's order.
    public var personIDs: [String]
    /// The pair or group it belongs to, if any.
    public var pairID: String?
    /// The file, relative to the folder `generate` wrote into.
    public var file: String
    /// The day it was written.
    public var day: CalendarDay
    /// The SHA-256 of the file's bytes, in hex: which version of the document it was.
    public var sha256: String

    /// A document of `kind` written to `file` on `day`, with the digest of its bytes.
    public init(kind: DocumentKind, personIDs: [String], pairID: String?, file: String, day: CalendarDay, sha256: String) {
        self.kind = kind
        self.personIDs = personIDs
        self.pairID = pairID
        self.file = file
        self.day = day
        self.sha256 = sha256
    }

    /// The paper it is, or nil when it is not handed back signed.
    public var paperKey: PaperKey? {
        PaperKind(kind).map { PaperKey(kind: $0, pairID: pairID, personIDs: personIDs) }
    }
}
