/// One paper of one person, as the spec plans it, as the journal records it, or both.
public struct PaperStatus: Sendable, Equatable {
    /// Where the paper stands, counting the ones not handed out yet.
    public enum State: String, Sendable, CaseIterable {
        /// The spec makes it, but it has not been generated.
        case notIssued = "not issued"
        /// Handed out, not back yet.
        case missing
        /// Back, signed.
        case returned
        /// The consent was taken back.
        case withdrawn
    }

    /// Which paper it is.
    public var key: PaperKey
    /// What the journal knows of it; nil when it has not been issued.
    public var paper: Paper?
    /// Whether the spec as it is now makes this paper (false: the journal has it from before the spec changed).
    public var planned: Bool

    /// A paper of the spec, the journal, or both.
    public init(key: PaperKey, paper: Paper?, planned: Bool) {
        self.key = key
        self.paper = paper
        self.planned = planned
    }

    /// Where it stands: not issued without a journal entry, else as the journal's events say.
    public var state: State {
        switch paper?.state {
        case nil: .notIssued
        case .missing: .missing
        case .returned: .returned
        case .withdrawn: .withdrawn
        }
    }

    /// Still to come back: handed out and missing, or not even handed out.
    public var isOutstanding: Bool { state == .missing || state == .notIssued }
}
