public import MentorDocs

/// What happened to a paper after it was handed out.
public struct PaperEvent: Sendable, Equatable {
    /// What happened.
    public enum Kind: String, Sendable, CaseIterable {
        /// It came back signed.
        case returned
        /// The consent was taken back (a withdrawal form came in).
        case withdrawn
    }

    /// What happened.
    public var kind: Kind
    /// The day it happened, as the secretary gives it.
    public var day: CalendarDay
    /// Which of the paper's issues it concerned (an index into `Paper.issues`): the one handed out last when it was recorded.
    public var issueIndex: Int

    /// An event of `kind` on `day`, about the paper's issue at `issueIndex`.
    public init(kind: Kind, day: CalendarDay, issueIndex: Int) {
        self.kind = kind
        self.day = day
        self.issueIndex = issueIndex
    }
}
