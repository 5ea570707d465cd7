public import MentorDocs

extension IssuedDocument {
    /// A document handed out as `file` (a ZIP entry, a download) without being written to a folder, as
    /// the journal records it: one for each record it holds, all with the digest of its bytes.
    public static func documents(handedOut document: RenderedDocument, as file: String, on day: CalendarDay) -> [IssuedDocument] {
        let digest = SHA256.hex(of: document.bytes)
        return document.records.map { record in
            IssuedDocument(kind: record.kind, personIDs: record.participantIDs, pairID: record.pairID, file: file, day: day, sha256: digest)
        }
    }
}
