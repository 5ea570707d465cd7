// DATA CONTRACT (the {CONTRACT} of your brief): the exact data paths every document is filled with
// are written out in /tmp/contract.md; read it before writing a template. (Delete this note when done.)
extension Catalogue {
    /// The consents of minors and representatives, the dissemination consent, and the teacher
    /// mentor's consent to mentoring and supplementary labour agreement.
    static let consentEntries: [Entry] = []
}
