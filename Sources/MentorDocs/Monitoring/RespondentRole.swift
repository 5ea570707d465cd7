import SpecSyntax

/// Whom a question is put to: the mentor of a pair or group, or a mentee.
public enum RespondentRole: String, Sendable, CaseIterable, Comparable {
    /// The mentor.
    case mentor
    /// A mentee.
    case mentee

    /// «наставник», «наставляемый».
    public var title: String {
        switch self {
        case .mentor: "наставник"
        case .mentee: "наставляемый"
        }
    }

    /// «наставники», «наставляемые»: a report's column.
    public var pluralTitle: String {
        switch self {
        case .mentor: "наставники"
        case .mentee: "наставляемые"
        }
    }

    /// `mentor`, `mentee`, «наставник», «наставляемый», in any letter case.
    public init?(spelling: String) {
        switch spelling.trimmingWhitespace().lowercased() {
        case "mentor", "наставник", "наставники": self = .mentor
        case "mentee", "наставляемый", "наставляемые": self = .mentee
        default: return nil
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .mentor && rhs == .mentee }
}
