public import SpecSyntax

/// One question of the monitoring questionnaires, as the catalogue gives it.
public struct Question: Sendable, Equatable {
    /// How a question is answered.
    public enum Answer: String, Sendable, CaseIterable {
        /// A whole number on the scale `QuestionCatalogue.scale` (1–10), ticked in a box.
        case scale
        /// Words, on lines left for them.
        case text
    }

    /// The id answer sheets may name its column by: `meetings-mentee`.
    public var id: String
    /// The id of the block it belongs to: `quality`, `growth`.
    public var blockID: String
    /// The question as printed: «Насколько полезными были встречи с наставником?».
    public var text: String
    /// How it is answered.
    public var answer: Answer
    /// The stages it is asked at.
    public var stages: Set<MonitoringStage>
    /// Whom it is asked of.
    public var roles: Set<RespondentRole>
    /// The forms of mentoring whose participants are asked it; empty for every form.
    public var forms: Set<MentoringForm>
    /// Where it stands in its catalogue, for messages about it.
    public var location: SourceLocation

    /// A question as a catalogue describes it.
    public init(id: String, blockID: String, text: String, answer: Answer, stages: Set<MonitoringStage> = Set(MonitoringStage.allCases),
        roles: Set<RespondentRole> = Set(RespondentRole.allCases), forms: Set<MentoringForm> = [], location: SourceLocation)
    {
        self.id = id
        self.blockID = blockID
        self.text = text
        self.answer = answer
        self.stages = stages
        self.roles = roles
        self.forms = forms
        self.location = location
    }

    /// Whether someone of `role` in a pair of `form` is asked it at `stage`.
    public func isAsked(at stage: MonitoringStage, of role: RespondentRole, in form: MentoringForm) -> Bool {
        stages.contains(stage) && roles.contains(role) && (forms.isEmpty || forms.contains(form))
    }
}
