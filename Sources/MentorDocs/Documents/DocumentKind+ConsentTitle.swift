#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DocumentKind {
    /// The consents a journal of consents lists (the withdrawal forms are not among them).
    public static let consentsInJournal: [DocumentKind] = [.consentAdult, .consentMinor, .consentRepresentative, .consentPublication]

    /// What the journal of consents calls a consent of this kind («на обработку персональных
    /// данных», …) in its column «Вид согласия»; nil for a kind that is no consent.
    public var consentTitle: String? {
        switch self {
        case .consentAdult: "на обработку персональных данных"
        case .consentMinor: "на обработку персональных данных (14–17 лет, с согласия родителя)"
        case .consentRepresentative: "законного представителя на обработку персональных данных ребёнка"
        case .consentPublication: "на обработку персональных данных, разрешённых для распространения"
        default: nil
        }
    }

    /// The consent kind whose journal title is `title` (spaces around it and letter case aside).
    public init?(consentTitle title: String) {
        let wanted = title.trimmingWhitespace().lowercased()
        guard let kind = Self.consentsInJournal.first(where: { $0.consentTitle?.lowercased() == wanted }) else { return nil }
        self = kind
    }
}
