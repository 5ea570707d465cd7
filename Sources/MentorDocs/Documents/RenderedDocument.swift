/// A document made in memory: what it holds, the file it would be, and its bytes.
public struct RenderedDocument: Sendable {
    /// The kind of document: the template it was rendered from.
    public var kind: DocumentKind
    /// The records it holds: one, or with `merge` all the records of its kind.
    public var records: [DocumentRecord]
    /// The file `Generator` would write it to, relative to the output folder: the kind's folder,
    /// the person's surname and initials (or the print file's name) and the format's extension,
    /// as in `consents/Соколова А.П. — согласие на обработку ПДн.docx`. Also fit for a ZIP entry.
    public var fileName: String
    /// The whole DOCX or ODT file.
    public var bytes: [UInt8]

    /// A document of `kind` holding `records`, to be the file `fileName`.
    public init(kind: DocumentKind, records: [DocumentRecord], fileName: String, bytes: [UInt8]) {
        self.kind = kind
        self.records = records
        self.fileName = fileName
        self.bytes = bytes
    }
}
