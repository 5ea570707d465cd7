public import MentorDocs

/// One paper as the journal knows it: every time it was handed out, and what happened to it since.
public struct Paper: Sendable, Equatable {
    /// Where a paper stands.
    public enum State: String, Sendable, CaseIterable {
        /// Handed out, not back yet.
        case missing
        /// Back, signed.
        case returned
        /// The consent was taken back after it had been given.
        case withdrawn
    }

    /// Which paper it is.
    public var key: PaperKey
    /// Each time it was written, oldest first; never empty.
    public var issues: [IssuedDocument]
    /// What happened to it, in the order it was recorded.
    public var events: [PaperEvent]
    /// The journal's row of each issue, for recording events.
    let issueRowIDs: [Int64]

    init(key: PaperKey, issues: [IssuedDocument], events: [PaperEvent], issueRowIDs: [Int64]) {
        self.key = key
        self.issues = issues
        self.events = events
        self.issueRowIDs = issueRowIDs
    }

    /// The version handed out last.
    public var latest: IssuedDocument { issues[issues.count - 1] }

    /// The first day it was handed out.
    public var firstIssued: CalendarDay { issues[0].day }

    /// Decided by the last event: a withdrawal after a return, or a return after a withdrawal (a
    /// consent given again), is what holds now.
    public var state: State {
        switch events.last?.kind {
        case nil: .missing
        case .returned: .returned
        case .withdrawn: .withdrawn
        }
    }

    /// The day it last came back signed.
    public var returned: CalendarDay? { events.last { $0.kind == .returned }?.day }

    /// The day it was withdrawn, while that withdrawal holds.
    public var withdrawn: CalendarDay? { state == .withdrawn ? events.last?.day : nil }

    /// It came back signed, and was written again since with other content: what was signed is an
    /// older version of the document.
    public var changedSinceReturned: Bool {
        guard state == .returned, let event = events.last else { return false }
        return issues[event.issueIndex].sha256 != latest.sha256
    }
}
