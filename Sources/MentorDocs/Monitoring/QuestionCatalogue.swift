import BuiltInTemplates

/// The questions of the monitoring questionnaires, in blocks: the built-in set written from the seeds
/// and the Ministry's recommendations (`Templates/questions.spec`), or a school's own file.
public struct QuestionCatalogue: Sendable {
    /// The scale every `scale` question is answered on.
    public static let scale = 1...10

    /// The blocks, in the order printed.
    public var blocks: [QuestionBlock]
    /// The questions, in the order printed within their blocks.
    public var questions: [Question]

    /// A catalogue of `blocks` and `questions`.
    public init(blocks: [QuestionBlock], questions: [Question]) {
        self.blocks = blocks
        self.questions = questions
    }

    /// The built-in catalogue's file name, as its messages give it.
    public static let builtInName = "built-in questions.spec"

    /// The built-in questions, read once.
    public static let builtIn: QuestionCatalogue = {
        do {
            return try QuestionCatalogueReader.read(bytes: BuiltInTemplates.questions, name: builtInName)
        } catch {
            fatalError("the built-in question catalogue has errors:\n\(error)")
        }
    }()

    /// The question with this id, or nil.
    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

    /// The block with this id, or nil.
    public func block(_ id: String) -> QuestionBlock? { blocks.first { $0.id == id } }

    /// The questions put at `stage` to someone who is `role` in pairs of any of `forms`, in order.
    public func questions(at stage: MonitoringStage, for memberships: [(role: RespondentRole, form: MentoringForm)]) -> [Question] {
        questions.filter { question in memberships.contains { question.isAsked(at: stage, of: $0.role, in: $0.form) } }
    }

    /// This catalogue with `other`'s blocks and questions: one with an id already here replaces it
    /// in its place, a new one comes after the others.
    public func extended(by other: QuestionCatalogue) -> QuestionCatalogue {
        var result = self
        for block in other.blocks {
            if let index = result.blocks.firstIndex(where: { $0.id == block.id }) { result.blocks[index] = block } else { result.blocks.append(block) }
        }
        for question in other.questions {
            if let index = result.questions.firstIndex(where: { $0.id == question.id }) {
                result.questions[index] = question
            } else {
                result.questions.append(question)
            }
        }
        return result
    }
}
