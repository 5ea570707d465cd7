extension Catalogue {
    /// The consents of minors and representatives, the dissemination consent, and the teacher
    /// mentor's consent to mentoring and supplementary labour agreement.
    static let consentEntries: [Entry] = [
        Entry(name: "consent-minor", document: .consentMinor),
        Entry(name: "consent-representative", document: .consentRepresentative),
        Entry(name: "consent-publication", document: .consentPublication),
        Entry(name: "consent-withdrawal", document: .consentWithdrawal),
        Entry(name: "publication-withdrawal", document: .publicationWithdrawal),
        Entry(name: "mentor-consent", document: .mentorConsent),
        Entry(name: "labour-supplement", document: .labourSupplement),
    ]
}
