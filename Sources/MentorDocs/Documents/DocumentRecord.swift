public import DocumentEngine

/// One document to make: which template, for whom, with what data.
public struct DocumentRecord: Sendable {
    /// The document it is, and so its template.
    public var kind: DocumentKind
    /// Who the document is for, as messages may name them: an id and a surname, nothing more.
    public var subject: String
    /// The ids of the participants it concerns (for `--person` and `--pair`, and the manifest).
    public var participantIDs: [String]
    /// The pair or group it belongs to (`p1`), or nil for a document of a person or of the school.
    public var pairID: String?
    /// The file name without extension, inside the kind's folder.
    public var baseName: String
    /// Built when the document is rendered, so a batch holds one record's data at a time.
    let makeData: @Sendable () -> TemplateValue

    /// The data its template is filled with (`person.full_name`, `org.short_name`, …), built afresh each time it is read.
    public var data: TemplateValue { makeData() }

    /// A record whose data `data` builds when the document is rendered.
    public init(kind: DocumentKind, subject: String, participantIDs: [String], pairID: String?, baseName: String,
        data: @escaping @Sendable () -> TemplateValue)
    {
        self.kind = kind
        self.subject = subject
        self.participantIDs = participantIDs
        self.pairID = pairID
        self.baseName = baseName
        self.makeData = data
    }
}
