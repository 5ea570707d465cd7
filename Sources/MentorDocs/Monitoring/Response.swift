/// One participant's answers to one stage's questionnaire.
public struct Response: Sendable, Equatable {
    /// The participant's id in the spec.
    public var participantID: String
    /// The stage answered.
    public var stage: MonitoringStage
    /// The marks given, by question id.
    public var scores: [String: Int]
    /// The answers in words, by question id.
    public var texts: [String: String]

    /// The answers of `participantID` at `stage`.
    public init(participantID: String, stage: MonitoringStage, scores: [String: Int] = [:], texts: [String: String] = [:]) {
        self.participantID = participantID
        self.stage = stage
        self.scores = scores
        self.texts = texts
    }
}

extension Response {
    /// `stored` answers with those `read` since: a participant's answers to a stage read again replace
    /// the stored ones whole, so reading one file twice keeps one copy.
    public static func replacing(_ stored: [Response], with read: [Response]) -> [Response] {
        let replaced = Set(read.map { "\($0.participantID) \($0.stage.rawValue)" })
        return stored.filter { !replaced.contains("\($0.participantID) \($0.stage.rawValue)") } + read
    }
}
