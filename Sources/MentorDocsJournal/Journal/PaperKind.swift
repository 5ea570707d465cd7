public import MentorDocs

/// A paper that goes out to be signed and comes back: what the journal tracks for each person.
/// Each is made as one or more kinds of document; the three processing consents are one paper,
/// as the planner gives each person exactly one of them, by age.
public enum PaperKind: String, Sendable, CaseIterable {
    /// Consent to personal data processing, in whichever form the person's age called for.
    case consent
    /// Consent to the dissemination of personal data.
    case consentPublication = "consent-publication"
    /// The mentor–mentee agreement.
    case agreement
    /// A teacher mentor's consent to mentoring.
    case mentorConsent = "mentor-consent"
    /// The supplementary agreement to a teacher mentor's labour contract.
    case labourSupplement = "labour-supplement"

    /// The paper a document of `kind` is, or nil for documents that are not handed back signed:
    /// the school's own documents, plans, and the withdrawal forms, which are given out with a
    /// consent and come back only as its withdrawal.
    public init?(_ kind: DocumentKind) {
        switch kind {
        case .consentAdult, .consentMinor, .consentRepresentative: self = .consent
        case .consentPublication: self = .consentPublication
        case .agreement: self = .agreement
        case .mentorConsent: self = .mentorConsent
        case .labourSupplement: self = .labourSupplement
        default: return nil
        }
    }

    /// A paper as the command line names it: its own name (`consent`), or the name of a document
    /// kind it is made as (`consent-minor`, as `mentordocs templates list` shows the templates).
    public init?(name: String) {
        if let paper = PaperKind(rawValue: name) {
            self = paper
        } else if let kind = DocumentKind(rawValue: name), let paper = PaperKind(kind) {
            self = paper
        } else {
            return nil
        }
    }

    /// The kinds of document this paper is made as.
    public var documentKinds: [DocumentKind] { DocumentKind.allCases.filter { PaperKind($0) == self } }

    /// Every kind of document that is a paper to sign and hand back.
    public static var allDocumentKinds: Set<DocumentKind> { Set(DocumentKind.allCases.filter { PaperKind($0) != nil }) }

    /// The paper as the journal's page and its Russian messages name it: «Согласие на обработку ПДн».
    public var russianName: String {
        switch self {
        case .consent: "Согласие на обработку ПДн"
        case .consentPublication: "Согласие на распространение ПДн"
        case .agreement: "Соглашение о наставничестве"
        case .mentorConsent: "Согласие педагога на наставничество"
        case .labourSupplement: "Дополнительное соглашение к трудовому договору"
        }
    }

    /// Whether the signer may take it back: consents can be withdrawn, agreements are ended otherwise.
    public var canBeWithdrawn: Bool { self == .consent || self == .consentPublication }
}
