public import MentorDocs

/// Why marks could not be recorded: every problem of the command, each naming the person by id and,
/// where the spec has them, their place in it. Nothing was recorded.
public struct MarkingError: Error, Sendable, CustomStringConvertible {
    /// One request that cannot be recorded.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// What is wrong, for a caller to act on.
        public var kind: Kind
        /// What is wrong, naming the person by id.
        public var message: String
        /// The person's (or pair's) place in the spec, when they are in it.
        public var location: SourceLocation?

        /// A problem of `kind`, at `location` in the spec if known.
        public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil) {
            self.kind = kind
            self.message = message
            self.location = location
        }

        /// `school.spec:98:5: error: …`, as `check` prints a spec's problems.
        public var description: String {
            location.map { "\($0): error: \(message)" } ?? "error: \(message)"
        }
    }

    /// Every problem of the command, in the order of its requests.
    public var problems: [Problem]

    /// The problems of one command.
    public init(_ problems: [Problem]) { self.problems = problems }

    /// The kinds of all problems.
    public var kinds: Set<Kind> { Set(problems.map(\.kind)) }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension MarkingError {
    /// What is wrong with a mark, named for what a caller does about it.
    public enum Kind: Sendable, Equatable, Hashable {
        /// No participant has this id in the spec.
        case unknownPerson
        /// No pair or group has this id, or the person is not in it.
        case unknownPair
        /// The spec makes no paper of this kind for the person.
        case notMadeForPerson
        /// The spec makes it, but it has never been generated.
        case neverIssued
        /// The person has several papers of this kind; the pair or the other person tells which.
        case ambiguous
        /// It is marked returned already (and has not changed since).
        case alreadyReturned
        /// It is withdrawn already.
        case alreadyWithdrawn
        /// Only a paper that came back signed can be withdrawn.
        case notReturned
        /// Only consents can be withdrawn.
        case notWithdrawable
        /// The day is before the paper was handed out, or a withdrawal before the return.
        case dayTooEarly

        /// What is wrong, in Russian, as the page says it beside a mark refused.
        public var russianExplanation: String {
            switch self {
            case .unknownPerson: "Такого участника нет в файле школы."
            case .unknownPair: "Такой пары или группы нет, или участник не в ней."
            case .notMadeForPerson: "Файл школы не делает этот документ для участника."
            case .neverIssued: "Этот документ ещё не выдавался: сначала сделайте его."
            case .ambiguous: "У участника несколько таких документов; отметьте его в таблице пары или группы."
            case .alreadyReturned: "Документ уже отмечен как вернувшийся."
            case .alreadyWithdrawn: "Документ уже отозван."
            case .notReturned: "Отозвать можно только согласие, которое вернулось подписанным."
            case .notWithdrawable: "Отозвать можно только согласие."
            case .dayTooEarly: "Дата раньше, чем документ был выдан (или вернулся)."
            }
        }
    }
}
