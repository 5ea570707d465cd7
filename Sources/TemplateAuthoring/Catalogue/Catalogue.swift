/// The built-in documents, by the file name each is written under (`NAME.docx`, `NAME.odt`).
public enum Catalogue {
    public struct Entry: Sendable {
        public let name: String
        public let document: AuthoredDocument
    }

    public static let entries: [Entry] = [
        Entry(name: "consent-adult", document: .consentAdult),
    ] + consentEntries + programmeEntries + monitoringEntries

    /// Every document is written in each of these formats.
    public static let writers: [any DocumentWriter] = [DocxWriter(), OdtWriter()]
}
