/// The documents mentordocs makes, each from a built-in template with the same name.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// Consent to the processing of personal data, for an adult participant.
    case consentAdult = "consent-adult"

    /// The folder the documents of this kind go into.
    public var folder: String {
        switch self {
        case .consentAdult: "consents"
        }
    }

    /// The words after the person's name in the file name.
    public var fileTitle: String {
        switch self {
        case .consentAdult: "согласие на обработку ПДн"
        }
    }
}
