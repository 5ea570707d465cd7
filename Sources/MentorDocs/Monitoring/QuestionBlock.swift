/// A part of the questionnaires, with its title: the quality of the programme, the participant's growth.
public struct QuestionBlock: Sendable, Equatable {
    /// The id its questions name: `quality`.
    public var id: String
    /// The heading printed above its questions and over its tables in the report.
    public var title: String

    /// A block of questions titled `title`.
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
